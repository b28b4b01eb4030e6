import type { Context } from '../../http/context.ts';
import { stillStanding } from './settled-notices.ts';

/**
 * The actor's own notifications, newest first, with the number unread; a notice whose cause is gone
 * (the work done, the deadline moved, the report sent) is left out of both without anyone opening it.
 */
export async function listNotifications(ctx: Context, f: { unreadOnly: boolean; limit: number }) {
  const standing = stillStanding('notifications');
  let query = ctx.db.selectFrom('notifications').where('user_id', '=', ctx.actor.userId).where(standing);
  if (f.unreadOnly) query = query.where('read_at', 'is', null);
  const [rows, unread] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').limit(f.limit).execute(),
    ctx.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', ctx.actor.userId)
      .where('read_at', 'is', null)
      .where(standing)
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
    })),
  };
}
