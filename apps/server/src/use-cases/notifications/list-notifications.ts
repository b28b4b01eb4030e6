import type { Context } from '../../http/context.ts';
import { resolveSettledNotices } from './settled-notices.ts';

/**
 * The actor's own notifications, newest first, with the number unread. A notice whose cause is gone
 * (the work done, the deadline moved, the report sent) is marked resolved as the list is read, without
 * anyone opening it: it stays listed with the time it was resolved, and no longer counts as unread.
 */
export async function listNotifications(ctx: Context, f: { unreadOnly: boolean; limit: number }) {
  await resolveSettledNotices(ctx.db, ctx.actor.userId);
  let query = ctx.db.selectFrom('notifications').where('user_id', '=', ctx.actor.userId);
  if (f.unreadOnly) query = query.where('read_at', 'is', null).where('resolved_at', 'is', null);
  const [rows, unread] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(f.limit).execute(),
    ctx.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', ctx.actor.userId)
      .where('read_at', 'is', null)
      .where('resolved_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    unread: Number(unread.n),
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.created_at.toISOString(),
      read: n.read_at !== null,
      resolvedAt: n.resolved_at?.toISOString() ?? null,
    })),
  };
}
