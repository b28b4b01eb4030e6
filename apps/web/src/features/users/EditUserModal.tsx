import { App, Form, Input, Switch } from 'antd';
import { useEffect } from 'react';
import { usersApi } from '../../api/endpoints.ts';
import type { BodyBrief, Role, User } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { isStatus } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { RoleTags } from '../../shared/labels.tsx';
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
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, run } = useSubmit(form);
  // Nobody changes their own roles or disables themselves (the server refuses): shown, not editable.
  const own = user?.id === me.user.id;

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
    // Invalid: the form shows what to fix (a rejection here would go unhandled from onOk).
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    await run(
      async () => {
        const result = await usersApi.update(user.id, {
          fullName: values.fullName.trim(),
          email: values.email?.trim() || null,
          ...(own
            ? {}
            : {
                roles: values.roles.map(({ role, scopeBodyId }) => ({ role, scopeBodyId })),
                disabled: values.disabled,
              }),
          version: user.version,
        });
        void message.success(t('users.updated'));
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
        {own ? (
          <Form.Item label={t('users.roles')} extra={t('users.ownRoles')}>
            <RoleTags roles={user.roles} />
          </Form.Item>
        ) : (
          <RolesField initialBodies={initialBodies} />
        )}
        <Form.Item
          name="disabled"
          label={t('users.disable')}
          valuePropName="checked"
          extra={own ? t('users.ownDisable') : undefined}
        >
          <Switch disabled={own} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
