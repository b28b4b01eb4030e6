import { App, Form, Input } from 'antd';
import { useEffect } from 'react';
import { usersApi } from '../../api/endpoints.ts';
import type { User } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { passwordRules } from '../auth/passwordRules.ts';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const { saving, error, setError, run } = useSubmit(form);

  useEffect(() => {
    if (user) {
      form.resetFields();
      setError(null);
    }
  }, [user, form, setError]);

  const submit = async () => {
    if (!user) return;
    // Invalid: the form shows what to fix (a rejection here would go unhandled from onOk).
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const { newPassword } = values;
    await run(async () => {
      await usersApi.resetPassword(user.id, newPassword);
      void message.success(t('users.passwordReset'));
      onClose();
    });
  };

  return (
    <FormModal
      open={user !== null}
      title={user ? t('users.resetPasswordTitle', { username: user.username }) : ''}
      okText={t('common.save')}
      onOk={submit}
      onCancel={onClose}
      saving={saving}
      error={error}
      forceRender
      destroyOnHidden={false}
    >
      <Form form={form} name="reset-password" layout="vertical">
        <Form.Item name="newPassword" label={t('auth.newPassword')} rules={passwordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
