import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RequireAuth } from './RequireAuth.tsx';

// Each screen is its own chunk; the sign-in page ships with the shell so it appears at once.
const OrgTreePage = lazy(() => import('../features/bodies/OrgTreePage.tsx'));
const BodyPage = lazy(() => import('../features/bodies/BodyPage.tsx'));
const UsersPage = lazy(() => import('../features/users/UsersPage.tsx'));
const AuditPage = lazy(() => import('../features/audit/AuditPage.tsx'));
const ChangePasswordPage = lazy(() => import('../features/auth/ChangePasswordPage.tsx'));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <RequireAuth />,
    children: [
      { index: true, element: <Navigate to="/bodies" replace /> },
      { path: 'bodies', element: <OrgTreePage /> },
      { path: 'bodies/:id', element: <BodyPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'account/password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
