import { useT } from '../i18n/i18n.tsx';
import { NotFoundResult } from '../shared/ResourcePending.tsx';

export function NotFoundPage() {
  const t = useT();
  return <NotFoundResult title={t('errors.pageNotFound')} to="/" back={t('errors.goHome')} />;
}
