import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { usersApi } from '../../api/endpoints.ts';
import type { User } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { applyServerError } from '../../shared/formErrors.ts';
import { passwordRules } from '../auth/passwordRules.ts';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (user) {
      form.resetFields();
      setError(null);
    }
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    const { newPassword } = await form.validateFields();
    setSaving(true);
    try {
      await usersApi.resetPassword(user.id, newPassword);
      message.success(t('users.passwordReset'));
      onClose();
    } catch (caught) {
      setError(applyServerError(form, caught, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.resetPasswordTitle', { username: user.username }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name="reset-password" layout="vertical">
        <Form.Item name="newPassword" label={t('auth.newPassword')} rules={passwordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
