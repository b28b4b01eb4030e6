import type { Database } from '@lantoa/db';
import { canGrant, type Role } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';

export interface RoleInput {
  role: Role;
  scopeBodyId: string;
}

/**
 * Replaces an account's grants. Each scope must lie inside the actor's own administration scope,
 * so nobody can hand out more than they hold.
 */
export async function writeGrants(trx: Kysely<Database>, ctx: Context, userId: string, roles: RoleInput[]) {
  const unique = [...new Map(roles.map((r) => [`${r.role}|${r.scopeBodyId}`, r])).values()];
  const scopes = unique.length
    ? await trx
        .selectFrom('bodies')
        .select(['id', 'path'])
        .where(
          'id',
          'in',
          unique.map((r) => r.scopeBodyId),
        )
        .execute()
    : [];
  const pathOf = new Map(scopes.map((s) => [s.id, s.path]));
  for (const r of unique) {
    const path = pathOf.get(r.scopeBodyId);
    if (!path || !canGrant(ctx.actor, path)) {
      throw new AppError(
        'invalid_input',
        'Phạm vi của vai trò nằm ngoài phạm vi bạn quản lý. Hãy chọn đơn vị khác.',
        'roles',
      );
    }
  }
  await trx.deleteFrom('role_grants').where('user_id', '=', userId).execute();
  if (unique.length) {
    await trx
      .insertInto('role_grants')
      .values(unique.map((r) => ({ user_id: userId, role: r.role, scope_body_id: r.scopeBodyId })))
      .execute();
  }
  return unique;
}
