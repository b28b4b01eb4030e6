import { withinScopes } from '@lantoa/db';
import { addDays, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { readScopes } from '../shared/read-scopes.ts';
import { channelQuery, channelView, SILENT_AFTER_DAYS } from './channel-view.ts';

/**
 * The channels of the bodies the actor reads (or of one body's subtree), by body and name; `silent`
 * keeps those that have published nothing for 30 days, the ones a coordinator follows up.
 */
export async function listChannels(
  ctx: Context,
  f: { bodyId?: string | undefined; silent?: boolean | undefined },
) {
  const scopes = await readScopes(ctx, f.bodyId);
  const today = vietnamToday();
  let query = channelQuery(ctx.db).where((eb) => withinScopes(eb, eb.ref('body.path'), scopes));
  if (f.silent) {
    const since = addDays(today, -SILENT_AFTER_DAYS);
    query = query.where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('outputs as recent')
            .select('recent.id')
            .whereRef('recent.channel_id', '=', 'c.id')
            .where('recent.published_on', '>=', since),
        ),
      ),
    );
  }
  const rows = await query.orderBy('body.path').orderBy('c.kind').orderBy('c.name').limit(2000).execute();
  return { items: rows.map((row) => channelView(row, today)) };
}
