import { deleteSessionsOf, grantsOf, unsafeFindUser } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { auditUser, presentUser } from '../../presenters/present.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { assertAccountAction, loadManageableUser } from './load-user.ts';
import { type RoleInput, writeGrants } from './role-grants.ts';

export interface UpdateUserInput {
  fullName?: string | undefined;
  email?: string | null | undefined;
  roles?: RoleInput[] | undefined;
  disabled?: boolean | undefined;
  version: number;
}

/**
 * Edits an account within the actor's reach (the domain's account rule); a stale `version` is
 * refused (409). Switching `disabled` and changing grants are checked as the actions they are (not
 * on one's own account); disabling ends the account's sessions.
 */
export async function updateUser(ctx: Context, id: string, input: UpdateUserInput) {
  const { user, grants, account } = await loadManageableUser(ctx, id, 'edit');
  if (input.disabled !== undefined && input.disabled !== user.disabled) {
    assertAccountAction(ctx, account, 'disable');
  }
  const before = auditUser(
    user,
    grants.map(({ role, scopeBodyId }) => ({ role, scopeBodyId })),
  );
  await ctx.db.transaction().execute(async (trx) => {
    // Grants first: a stale version below rolls them back with the rest.
    const roles = input.roles
      ? await writeGrants(trx, ctx, { userId: id, bodyPath: user.body_path }, input.roles)
      : before.roles;
    const updated = await updateVersioned(trx, {
      table: 'users',
      id,
      version: input.version,
      what: 'Tài khoản',
      set: {
        full_name: input.fullName?.trim().normalize('NFC') ?? user.full_name,
        email: input.email === undefined ? user.email : input.email?.trim() || null,
        disabled: input.disabled ?? user.disabled,
        updated_at: new Date(),
      },
      audit: (row) => ({
        actorId: ctx.actor.userId,
        bodyId: user.body_id,
        action: 'user.update',
        entityType: 'user',
        before,
        after: auditUser(row, roles),
      }),
    });
    if (updated.disabled) await deleteSessionsOf(trx, id);
  });
  const fresh = await unsafeFindUser(ctx.db, { id });
  if (!fresh) throw notFound('tài khoản');
  return presentUser(fresh, (await grantsOf(ctx.db, [id])).get(id) ?? []);
}
