import { type Database, grantsOf } from '@lantoa/db';
import { changesGrants, type Grant, planGrantChange, type Role } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { assertAccountAction } from './load-user.ts';

export interface RoleInput {
  role: Role;
  scopeBodyId: string;
}

const outsideScope = () =>
  new AppError(
    'invalid_input',
    'Phạm vi của vai trò nằm ngoài phạm vi bạn quản lý. Hãy chọn đơn vị khác.',
    'roles',
  );

/**
 * Makes the account hold `roles` as far as the actor's administration goes (the domain's
 * `planGrantChange`): a new grant outside the actor's scopes is refused, so nobody hands out more
 * than they hold, and grants the actor could not give are kept whatever the request says. Returns
 * the grants the account holds afterwards.
 */
export async function writeGrants(
  trx: Kysely<Database>,
  ctx: Context,
  account: { userId: string; bodyPath: string },
  roles: RoleInput[],
): Promise<RoleInput[]> {
  const scopeIds = [...new Set(roles.map((r) => r.scopeBodyId))];
  const scopes = scopeIds.length
    ? await trx.selectFrom('bodies').select(['id', 'path']).where('id', 'in', scopeIds).execute()
    : [];
  const pathOf = new Map(scopes.map((s) => [s.id, s.path]));
  const requested: Grant[] = roles.map((r) => {
    const scopePath = pathOf.get(r.scopeBodyId);
    if (!scopePath) throw outsideScope();
    return { ...r, scopePath };
  });
  // Read in the transaction: the grants being replaced are the ones there now.
  const current = (await grantsOf(trx, [account.userId])).get(account.userId) ?? [];
  const change = planGrantChange(ctx.actor, current, requested);
  if (change.refused.length) throw outsideScope();
  if (changesGrants(change)) {
    assertAccountAction(ctx, { ...account, grants: current }, 'changeGrants');
    for (const g of change.remove) {
      await trx
        .deleteFrom('role_grants')
        .where('user_id', '=', account.userId)
        .where('role', '=', g.role)
        .where('scope_body_id', '=', g.scopeBodyId)
        .execute();
    }
    if (change.add.length) {
      await trx
        .insertInto('role_grants')
        .values(
          change.add.map((g) => ({ user_id: account.userId, role: g.role, scope_body_id: g.scopeBodyId })),
        )
        .execute();
    }
  }
  return change.result.map(({ role, scopeBodyId }) => ({ role, scopeBodyId }));
}
