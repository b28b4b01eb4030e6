import { grantsOf, unsafeFindUser } from '@lantoa/db';
import { type AccountAction, decideAccountAction, type ManagedAccount } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';

/** Why one's own account cannot take this action here, and where to go instead. */
const NOT_FOR_SELF: Record<AccountAction, string> = {
  read: '',
  edit: '',
  resetPassword:
    'Bạn không thể tự đặt lại mật khẩu của mình. Hãy dùng mục «Đổi mật khẩu» (cần mật khẩu hiện tại).',
  disable: 'Bạn không thể tự vô hiệu hóa tài khoản của mình. Hãy nhờ một quản trị viên khác.',
  changeGrants: 'Bạn không thể tự thay đổi vai trò của mình. Hãy nhờ một quản trị viên khác.',
};
const SELF_FIELD: Partial<Record<AccountAction, string>> = { disable: 'disabled', changeGrants: 'roles' };

/**
 * Authorises `action` on an account by the domain's rule (every grant and the home body inside the
 * actor's administration): out of reach answers 404 like a missing id; one's own account, where the
 * action is not for oneself, a 400 saying what to do.
 */
export function assertAccountAction(ctx: Context, account: ManagedAccount, action: AccountAction): void {
  const decision = decideAccountAction(ctx.actor, account, action);
  if (decision === 'outOfReach') throw notFound('tài khoản');
  if (decision === 'notForSelf')
    throw new AppError('invalid_input', NOT_FOR_SELF[action], SELF_FIELD[action]);
}

/** An account with its grants, when the actor may take `action` on it; 404 otherwise. */
export async function loadManageableUser(ctx: Context, id: string, action: AccountAction) {
  const user = await unsafeFindUser(ctx.db, { id });
  if (!user) throw notFound('tài khoản');
  const grants = (await grantsOf(ctx.db, [user.id])).get(user.id) ?? [];
  const account: ManagedAccount = { userId: user.id, bodyPath: user.body_path, grants };
  assertAccountAction(ctx, account, action);
  return { user, grants, account };
}
