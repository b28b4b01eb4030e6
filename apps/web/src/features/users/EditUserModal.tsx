import { App, Form, Input, Switch } from 'antd';
import { useEffect } from 'react';
import { usersApi } from '../../api/endpoints.ts';
import type { BodyBrief, Role, User } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { isStatus } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { RolesField } from './RolesField.tsx';

interface Values {
  fullName: string;
  email?: string;
  roles: { role: Role; scopeBodyId: string }[];
  disabled: boolean;
}

interface Props {
  user: User | null;
  onClose: () => void;
  onSaved: (user: User) => void;
}

export function EditUserModal({ user, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, run } = useSubmit(form);

  useEffect(() => {
    if (!user) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      fullName: user.fullName,
      email: user.email ?? '',
      roles: user.roles.map(({ role, scopeBodyId }) => ({ role, scopeBodyId })),
      disabled: user.disabled,
    });
  }, [user, form, setError]);

  const initialBodies: BodyBrief[] = user
    ? [
        user.body,
        ...user.roles.map((r) => ({
          id: r.scopeBodyId,
          name: r.scopeBodyName ?? '',
          kind: 'other' as const,
        })),
      ]
    : [];

  const submit = async () => {
    if (!user) return;
    const values = await form.validateFields();
    await run(
      async () => {
        const result = await usersApi.update(user.id, {
          fullName: values.fullName.trim(),
          email: values.email?.trim() || null,
          roles: values.roles.map(({ role, scopeBodyId }) => ({ role, scopeBodyId })),
          disabled: values.disabled,
          version: user.version,
        });
        message.success(t('users.updated'));
        onSaved(result.user);
      },
      (caught, otherwise) => (isStatus(caught, 409) ? t('users.stale') : otherwise()),
    );
  };

  return (
    <FormModal
      open={user !== null}
      title={user ? t('users.editTitle', { username: user.username }) : ''}
      okText={t('common.save')}
      onOk={submit}
      onCancel={onClose}
      saving={saving}
      error={error}
      forceRender
      destroyOnHidden={false}
      width={640}
    >
      <Form<Values> form={form} name="edit-user" layout="vertical">
        <Form.Item
          name="fullName"
          label={t('users.fullName')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.email')}
          rules={[{ type: 'email', message: t('users.emailInvalid') }]}
        >
          <Input />
        </Form.Item>
        <RolesField initialBodies={initialBodies} />
        <Form.Item name="disabled" label={t('users.disable')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
