import type { ChannelKind, OutputKind } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { outputQuery, outputView } from '../../rows/output.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { type ScopedSearch, scopedSearch } from '../shared/scoped-search.ts';

export interface OutputFilter extends ScopedSearch {
  kind?: OutputKind | undefined;
  channelKind?: ChannelKind | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The register of the bodies the actor reads (or of one body's subtree among them), newest first,
 * searched without diacritics, with how many of them are about local efforts and commissioned.
 */
export async function listOutputs(ctx: Context, f: OutputFilter) {
  let query = await scopedSearch(
    ctx,
    outputQuery(ctx.db),
    { path: 'body.path', searchText: 'o.search_text' },
    f,
  );
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
