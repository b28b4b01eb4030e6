import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth.tsx';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { FullPageSpin } from '../../shared/FullPageSpin.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { VerticalForm } from '../../shared/VerticalForm.tsx';

interface SignInValues {
  username: string;
  password: string;
}

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const t = useT();
  const { state, signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'signedIn' && !submitting)
    return <Navigate to={safeNext(params.get('next'))} replace />;

  const onFinish = async (values: SignInValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await signIn(values.username.trim(), values.password);
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: 'linear-gradient(160deg, #fff5f5 0%, #f5f5f5 60%)',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <Typography.Title level={2} style={{ margin: 0, color: '#b4232a' }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
            {t('app.tagline')}
          </Typography.Text>
        </Flex>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('auth.signInTitle')}
        </Typography.Title>
        {state.status === 'signedOut' && state.sessionEnded && !error && (
          <Notice type="warning" title={t('auth.sessionEnded')} data-testid="session-ended" />
        )}
        <ErrorAlert error={error} testId="sign-in-error" />
        <VerticalForm<SignInValues> onFinish={onFinish} disabled={submitting}>
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('auth.signIn')}
          </Button>
        </VerticalForm>
        <Flex justify="center" style={{ marginTop: 16 }}>
          <LanguageSwitch />
        </Flex>
      </Card>
    </Flex>
  );
}
