import { grantsOf, unsafeFindUser } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { presentUser } from '../../presenters/present.ts';

/** The signed-in account with the abilities the web app uses to show or hide actions. */
export async function getMe(ctx: Context) {
  const user = await unsafeFindUser(ctx.db, { id: ctx.actor.userId });
  if (!user) throw notFound('tài khoản');
  const grants = (await grantsOf(ctx.db, [user.id])).get(user.id) ?? [];
  return {
    user: presentUser(user, grants),
    abilities: {
      manageUsers: scopePaths(ctx.actor, 'manageUsers').length > 0,
      readAudit: scopePaths(ctx.actor, 'readAudit').length > 0,
      managePlans: scopePaths(ctx.actor, 'managePlans').length > 0,
      updateTasks: scopePaths(ctx.actor, 'updateTasks').length > 0,
    },
  };
}
