import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { usersApi } from '../../api/endpoints.ts';
import type { BodyBrief, Role, User } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { NewPasswordField } from '../auth/NewPasswordField.tsx';
import { RolesField } from './RolesField.tsx';

interface Values {
  bodyId: string;
  username: string;
  fullName: string;
  email?: string;
  password: string;
  roles: { role: Role; scopeBodyId: string }[];
}

interface Props {
  open: boolean;
  /** The body the account belongs to; when absent the form asks for it. */
  body?: BodyBrief;
  onClose: () => void;
  onCreated: (user: User) => void;
}

export function CreateUserModal({ open, body, onClose, onCreated }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, submit } = useSubmit(form);
  const [pickedBody, setPickedBody] = useState<BodyBrief | undefined>(body);
  const initialBodies = pickedBody ? [pickedBody] : [];

  const create = () =>
    submit(async (values) => {
      const { user } = await usersApi.create({
        bodyId: body?.id ?? values.bodyId,
        username: values.username.trim(),
        fullName: values.fullName.trim(),
        email: values.email?.trim() || undefined,
        password: values.password,
        roles: values.roles.map(({ role, scopeBodyId }) => ({ role, scopeBodyId })),
      });
      void message.success(t('users.created', { username: user.username }));
      form.resetFields();
      onCreated(user);
    });

  return (
    <FormModal
      open={open}
      title={body ? `${t('users.createTitle')} · ${body.name}` : t('users.createTitle')}
      okText={t('common.create')}
      onOk={() => void create()}
      onCancel={() => {
        form.resetFields();
        setError(null);
        onClose();
      }}
      saving={saving}
      error={error}
      width={640}
      forceRender
      destroyOnHidden={false}
    >
      <Form<Values>
        form={form}
        name="create-user"
        layout="vertical"
        initialValues={{ roles: body ? [{ role: 'focal_point', scopeBodyId: body.id }] : [] }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.bodyId) setPickedBody({ id: changed.bodyId, name: '', kind: 'other' });
        }}
      >
        {!body && (
          <Form.Item
            name="bodyId"
            label={t('users.body')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <BodySelect />
          </Form.Item>
        )}
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('users.usernameHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('users.fullName')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.email')}
          rules={[{ type: 'email', message: t('users.emailInvalid') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <NewPasswordField name="password" label={t('users.initialPassword')} />
        <RolesField initialBodies={initialBodies} />
      </Form>
    </FormModal>
  );
}
