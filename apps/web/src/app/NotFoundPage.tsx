import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('errors.pageNotFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('errors.goHome')}</Button>
        </Link>
      }
    />
  );
}
