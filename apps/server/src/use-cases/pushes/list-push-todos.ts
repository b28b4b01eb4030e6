import { withinScopes } from '@lantoa/db';
import { scopePaths, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { pushQuery, pushView } from './push-view.ts';

/** What the bodies the actor communicates for are asked to publish: not done first, then by due date. */
export async function listPushTodos(ctx: Context) {
  const scopes = scopePaths(ctx.actor, 'communicate');
  const today = vietnamToday();
  const rows = await pushQuery(ctx.db)
    .innerJoin('library_push_bodies as asked', 'asked.push_id', 'push.id')
    .innerJoin('bodies as asked_body', 'asked_body.id', 'asked.body_id')
    .select([
      'asked.done_at as asked_done_at',
      'asked_body.id as asked_id',
      'asked_body.name as asked_name',
      'asked_body.kind as asked_kind',
    ])
    .where((eb) => withinScopes(eb, eb.ref('asked_body.path'), scopes))
    .orderBy(({ eb }) => eb('asked.done_at', 'is not', null))
    .orderBy('push.due_on')
    .orderBy('asked_body.path')
    .limit(1000)
    .execute();
  return {
    items: rows.map((row) => ({
      push: pushView(row),
      body: { id: row.asked_id, name: row.asked_name, kind: row.asked_kind },
      doneAt: row.asked_done_at?.toISOString() ?? null,
      overdue: row.asked_done_at === null && row.due_on < today,
    })),
  };
}
