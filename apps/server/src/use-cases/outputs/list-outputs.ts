import { withinScopes } from '@lantoa/db';
import type { ChannelKind, OutputKind } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { outputQuery, outputView } from '../../rows/output.ts';
import { pageWithTotal, searchPatterns } from '../shared/paged-search.ts';
import { readScopes } from '../shared/read-scopes.ts';

export interface OutputFilter {
  bodyId?: string | undefined;
  q?: string | undefined;
  kind?: OutputKind | undefined;
  channelKind?: ChannelKind | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * The register of the bodies the actor reads (or of one body's subtree among them), newest first,
 * searched without diacritics, with how many of them are about local efforts and commissioned.
 */
export async function listOutputs(ctx: Context, f: OutputFilter) {
  const scopes = await readScopes(ctx, f.bodyId);
  let query = outputQuery(ctx.db).where((eb) => withinScopes(eb, eb.ref('body.path'), scopes));
  for (const pattern of searchPatterns(f.q)) query = query.where('o.search_text', 'like', pattern);
  if (f.kind) query = query.where('o.kind', '=', f.kind);
  if (f.channelKind) query = query.where('o.channel_kind', '=', f.channelKind);
  if (f.from) query = query.where('o.published_on', '>=', f.from);
  if (f.to) query = query.where('o.published_on', '<=', f.to);
  const [{ rows, total }, flags] = await Promise.all([
    pageWithTotal(query.orderBy('o.published_on', 'desc').orderBy('o.created_at', 'desc').orderBy('o.id'), f),
    query
      .clearSelect()
      .select((eb) => [
        eb.fn.count<number>('o.id').filterWhere('o.about_local', '=', true).as('local'),
        eb.fn.count<number>('o.id').filterWhere('o.commissioned', '=', true).as('commissioned'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(outputView),
    total,
    aboutLocal: Number(flags.local),
    commissioned: Number(flags.commissioned),
  };
}
