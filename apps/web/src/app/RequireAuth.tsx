import { Navigate, useLocation } from 'react-router';
import { FullPageSpin } from '../shared/FullPageSpin.tsx';
import { AppLayout } from './AppLayout.tsx';
import { useAuth } from './auth.tsx';

export function RequireAuth() {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'signedOut') {
    const next = state.returnTo ?? location.pathname + location.search;
    const target = next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return <AppLayout />;
}
