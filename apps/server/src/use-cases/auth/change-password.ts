import { deleteSessionsOf, recordAudit, unsafeFindUser } from '@lantoa/db';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { assertPasswordAllowed } from '../users/password-rule.ts';

/** Changes one's own password and ends one's other sessions. */
export async function changePassword(
  ctx: Context,
  input: { currentPassword: string; newPassword: string; keepSessionToken: string | null },
) {
  const user = await unsafeFindUser(ctx.db, { id: ctx.actor.userId });
  if (!user) throw notFound('tài khoản');
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('invalid_input', 'Mật khẩu hiện tại không đúng. Hãy nhập lại.', 'currentPassword');
  }
  assertPasswordAllowed(
    input.newPassword,
    { username: user.username, fullName: user.full_name, email: user.email, bodyName: user.body_name },
    'newPassword',
    { currentPassword: input.currentPassword },
  );
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: new Date(), version: user.version + 1 })
      .where('id', '=', user.id)
      .execute();
    await deleteSessionsOf(trx, user.id, input.keepSessionToken ?? undefined);
    await recordAudit(trx, {
      actorId: user.id,
      bodyId: user.body_id,
      action: 'user.change_password',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
