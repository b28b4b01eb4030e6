import { NotificationOutlined, WifiOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const BulletinsPage = lazy(() => import('./BulletinsPage.tsx'));
const BulletinPage = lazy(() => import('./BulletinPage.tsx'));
const NewBulletinPage = lazy(() =>
  import('./BulletinPage.tsx').then((m) => ({ default: m.NewBulletinPage })),
);
const StationsPage = lazy(() => import('./StationsPage.tsx'));
const StationPage = lazy(() => import('./StationPage.tsx'));

/** Children of the authenticated layout. */
export const broadcastRoutes: RouteObject[] = [
  { path: 'broadcast/bulletins', element: <BulletinsPage /> },
  { path: 'broadcast/bulletins/new', element: <NewBulletinPage /> },
  { path: 'broadcast/bulletins/:id', element: <BulletinPage /> },
  { path: 'broadcast/stations', element: <StationsPage /> },
  { path: 'broadcast/stations/:id', element: <StationPage /> },
];

/** For broadcasters (the `broadcast` ability of `/api/me`). */
export const broadcastNav: FeatureNavItem[] = [
  {
    key: '/broadcast/bulletins',
    labelKey: 'broadcast.nav.bulletins',
    icon: <NotificationOutlined />,
    ability: 'broadcast',
  },
  {
    key: '/broadcast/stations',
    labelKey: 'broadcast.nav.stations',
    icon: <WifiOutlined />,
    ability: 'broadcast',
  },
];
