import { App } from 'antd';
import { usersApi } from '../../api/endpoints.ts';
import type { User } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { NewPasswordField } from '../auth/NewPasswordField.tsx';
import { AccountModal } from './AccountModal.tsx';

/** An administrator sets another account's password (the person changes it after signing in). */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <AccountModal<{ newPassword: string }>
      user={user}
      title="users.resetPasswordTitle"
      name="reset-password"
      onSave={async ({ newPassword }, account) => {
        await usersApi.resetPassword(account.id, newPassword);
        void message.success(t('users.passwordReset'));
        onClose();
      }}
      onClose={onClose}
    >
      <NewPasswordField name="newPassword" label={t('auth.newPassword')} />
    </AccountModal>
  );
}
