import { App, Button, Card, Form, Input } from 'antd';
import { authApi } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { NewPasswordField } from './NewPasswordField.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export default function ChangePasswordPage() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // With the form: the server's verdict on a password (wrong current one, too easy to guess…) shows on its field.
  const { saving, error, run } = useSubmit(form);

  const onFinish = (values: Values) =>
    run(async () => {
      await authApi.changePassword(values.currentPassword, values.newPassword);
      form.resetFields();
      void message.success(t('auth.passwordChanged'));
    });

  return (
    <>
      <PageTitle title={t('auth.changePasswordTitle')} />
      <Card style={{ maxWidth: 480 }}>
        <ErrorAlert error={error} />
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} disabled={saving}>
          <Form.Item
            name="currentPassword"
            label={t('auth.currentPassword')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <NewPasswordField name="newPassword" label={t('auth.newPassword')} />
          <Form.Item
            name="confirm"
            label={t('auth.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('common.required') },
              ({ getFieldValue }) => ({
                validator: (_rule, value) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('auth.passwordMismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
