import { deleteSessionsOf, grantsOf, recordAudit, unsafeFindUser } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { auditUser, presentUser } from '../../presenters/present.ts';
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
    const updated = await trx
      .updateTable('users')
      .set({
        full_name: input.fullName?.trim().normalize('NFC') ?? user.full_name,
        email: input.email === undefined ? user.email : input.email?.trim() || null,
        disabled: input.disabled ?? user.disabled,
        version: input.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) {
      throw new AppError(
        'stale_version',
        'Tài khoản vừa được người khác sửa. Hãy tải lại trang rồi sửa lại.',
      );
    }
    const roles = input.roles
      ? await writeGrants(trx, ctx, { userId: id, bodyPath: user.body_path }, input.roles)
      : before.roles;
    if (updated.disabled) await deleteSessionsOf(trx, id);
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: user.body_id,
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before,
      after: auditUser(updated, roles),
    });
  });
  const fresh = await unsafeFindUser(ctx.db, { id });
  if (!fresh) throw notFound('tài khoản');
  return presentUser(fresh, (await grantsOf(ctx.db, [id])).get(id) ?? []);
}
