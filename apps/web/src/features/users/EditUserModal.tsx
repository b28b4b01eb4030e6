import { App, Form, Input, Switch } from 'antd';
import { usersApi } from '../../api/endpoints.ts';
import type { BodyBrief, Role, User } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { isStatus } from '../../shared/errors.ts';
import { RoleTags } from '../../shared/labels.tsx';
import { AccountModal } from './AccountModal.tsx';
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

/** The form's values for an account: its grants without the names of their bodies. */
function valuesOf(user: User): Values {
  return {
    fullName: user.fullName,
    email: user.email ?? '',
    roles: user.roles.map(({ role, scopeBodyId }) => ({ role, scopeBodyId })),
    disabled: user.disabled,
  };
}

export function EditUserModal({ user, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const me = useMe();
  // Nobody changes their own roles or disables themselves (the server refuses): shown, not editable.
  const own = user?.id === me.user.id;

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

  const save = async (values: Values, account: User) => {
    const result = await usersApi.update(account.id, {
      fullName: values.fullName.trim(),
      email: values.email?.trim() || null,
      ...(own
        ? {}
        : {
            roles: values.roles.map(({ role, scopeBodyId }) => ({ role, scopeBodyId })),
            disabled: values.disabled,
          }),
      version: account.version,
    });
    void message.success(t('users.updated'));
    onSaved(result.user);
  };

  return (
    <AccountModal<Values>
      user={user}
      title="users.editTitle"
      name="edit-user"
      fill={valuesOf}
      onSave={save}
      onError={(caught, otherwise) => (isStatus(caught, 409) ? t('users.stale') : otherwise())}
      onClose={onClose}
      width={640}
    >
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
    </AccountModal>
  );
}
