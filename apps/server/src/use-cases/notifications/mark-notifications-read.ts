import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

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
