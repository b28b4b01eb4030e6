import { withinScopes } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { pushQuery, pushView } from './push-view.ts';

/** The pushes made by bodies the actor reads, newest first. */
export async function listPushes(ctx: Context) {
  const scopes = scopePaths(ctx.actor, 'readBody');
  const rows = await pushQuery(ctx.db)
    .where((eb) => withinScopes(eb, eb.ref('sender.path'), scopes))
    .orderBy('push.created_at', 'desc')
    .limit(500)
    .execute();
  return { items: rows.map(pushView) };
}
