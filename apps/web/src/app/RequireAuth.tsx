import { lazy, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FullPageSpin } from '../shared/FullPageSpin.tsx';
import { useAuth } from './auth.tsx';

// The app's frame (menu, header, bell) is loaded once signed in: the sign-in page, first seen on a
// commune's slow connection, carries only what it shows.
const Frame = lazy(() => import('./Frame.tsx').then((module) => ({ default: module.Frame })));

export function RequireAuth() {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'signedOut') {
    const next = state.returnTo ?? location.pathname + location.search;
    const target = next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Frame />
    </Suspense>
  );
}
