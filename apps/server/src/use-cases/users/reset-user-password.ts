import { clearSignInThrottle, deleteSessionsOf, recordAudit } from '@lantoa/db';
import { hashPassword } from '../../auth/passwords.ts';
import type { Context } from '../../http/context.ts';
import { loadManageableUser } from './load-user.ts';
import { assertPasswordAllowed } from './password-rule.ts';

/**
 * An administrator sets a new password for an account within its reach (never its own: that takes
 * the current password, through change-password): the account's sign-in delays are lifted and its
 * sessions end.
 */
export async function resetUserPassword(ctx: Context, id: string, newPassword: string) {
  const { user } = await loadManageableUser(ctx, id, 'resetPassword');
  assertPasswordAllowed(
    newPassword,
    { username: user.username, fullName: user.full_name, email: user.email, bodyName: user.body_name },
    'newPassword',
  );
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        version: user.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await deleteSessionsOf(trx, id);
    await clearSignInThrottle(trx, user.username);
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: user.body_id,
      action: 'user.reset_password',
      entityType: 'user',
      entityId: id,
    });
  });
}
