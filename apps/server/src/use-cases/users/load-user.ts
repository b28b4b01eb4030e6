import { grantsOf, unsafeFindUser } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/** An account the actor may manage (or the actor's own, when `allowSelf`); 404 otherwise. */
export async function loadManageableUser(ctx: Context, id: string, allowSelf = false) {
  const user = await unsafeFindUser(ctx.db, { id });
  const self = allowSelf && user?.id === ctx.actor.userId;
  if (!user || !(self || can(ctx.actor, 'manageUsers', user.body_path))) throw notFound('tài khoản');
  const grants = (await grantsOf(ctx.db, [user.id])).get(user.id) ?? [];
  return { user, grants };
}
