import { lazy, Suspense } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { FullPageSpin } from '../shared/FullPageSpin.tsx';

// Fetched when shown: antd's Result, with its pictures, would otherwise come with every first load.
const NotFoundResult = lazy(() =>
  import('../shared/ResourcePending.tsx').then((module) => ({ default: module.NotFoundResult })),
);

export function NotFoundPage() {
  const t = useT();
  return (
    <Suspense fallback={<FullPageSpin />}>
      <NotFoundResult title={t('errors.pageNotFound')} to="/" back={t('errors.goHome')} />
    </Suspense>
  );
}
