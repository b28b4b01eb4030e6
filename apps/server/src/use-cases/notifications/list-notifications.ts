import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/** The actor's own notifications, newest first, with the number unread. */
export async function listNotifications(ctx: Context, f: { unreadOnly: boolean; limit: number }) {
  let query = ctx.db.selectFrom('notifications').where('user_id', '=', ctx.actor.userId);
  if (f.unreadOnly) query = query.where('read_at', 'is', null);
  const [rows, unread] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').limit(f.limit).execute(),
    ctx.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', ctx.actor.userId)
      .where('read_at', 'is', null)
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

/** Marks one (or, without an id, every) notification of the actor read. */
export async function markNotificationsRead(ctx: Context, id?: string) {
  let query = ctx.db
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('user_id', '=', ctx.actor.userId);
  if (id) query = query.where('id', '=', id);
  const result = await query.where('read_at', 'is', null).executeTakeFirst();
  if (id && Number(result.numUpdatedRows) === 0) {
    const mine = await ctx.db
      .selectFrom('notifications')
      .select('id')
      .where('id', '=', id)
      .where('user_id', '=', ctx.actor.userId)
      .executeTakeFirst();
    if (!mine) throw notFound('thông báo');
  }
}
