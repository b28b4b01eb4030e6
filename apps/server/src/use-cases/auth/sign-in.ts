import type { Database } from '@lantoa/db';
import { createSession, recordAudit, unsafeFindUser } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { DUMMY_HASH, verifyPassword } from '../../auth/passwords.ts';
import type { Config } from '../../config.ts';
import { AppError } from '../../http/errors.ts';

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng. Kiểm tra lại và thử lần nữa.';

/**
 * Checks the password and opens a session. After `maxFailures` wrong passwords in a row the account
 * is locked for `lockMinutes`; the attempt that locks it and the lock itself are on the audit trail.
 */
export async function signIn(
  db: Kysely<Database>,
  config: Config,
  input: { username: string; password: string },
) {
  const username = input.username.trim().toLowerCase();
  const user = await unsafeFindUser(db, { username });
  if (!user) {
    await verifyPassword(DUMMY_HASH, input.password);
    throw new AppError('unauthenticated', WRONG);
  }
  if (user.locked_until && user.locked_until > new Date()) {
    const minutes = Math.ceil((user.locked_until.getTime() - Date.now()) / 60_000);
    throw new AppError(
      'locked',
      `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại sau ${minutes} phút hoặc liên hệ quản trị viên.`,
    );
  }
  const ok = await verifyPassword(user.password_hash, input.password);
  if (!ok) {
    const failures = user.failed_sign_ins + 1;
    const lock = failures >= config.signIn.maxFailures;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({
          failed_sign_ins: lock ? 0 : failures,
          locked_until: lock ? new Date(Date.now() + config.signIn.lockMinutes * 60_000) : user.locked_until,
        })
        .where('id', '=', user.id)
        .execute();
      if (lock) {
        await recordAudit(trx, {
          actorId: null,
          bodyId: user.body_id,
          action: 'auth.locked',
          entityType: 'user',
          entityId: user.id,
          after: { username: user.username, minutes: config.signIn.lockMinutes },
        });
      }
    });
    throw lock
      ? new AppError(
          'locked',
          `Nhập sai mật khẩu quá ${config.signIn.maxFailures} lần: tài khoản tạm khóa ${config.signIn.lockMinutes} phút.`,
        )
      : new AppError('unauthenticated', WRONG);
  }
  if (user.disabled) {
    throw new AppError('unauthenticated', 'Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.');
  }
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_sign_ins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    const session = await createSession(trx, user.id, config.sessionHours);
    await recordAudit(trx, {
      actorId: user.id,
      bodyId: user.body_id,
      action: 'auth.sign_in',
      entityType: 'user',
      entityId: user.id,
    });
    return { userId: user.id, bodyId: user.body_id, ...session };
  });
}
