import { grantsOf, unsafeFindUser } from '@lantoa/db';
import { ABILITIES, type Ability, scopePaths } from '@lantoa/domain';
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
    abilities: Object.fromEntries(ABILITIES.map((a) => [a, scopePaths(ctx.actor, a).length > 0])) as Record<
      Ability,
      boolean
    >,
  };
}
