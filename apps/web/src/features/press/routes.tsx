import { ContactsOutlined, SendOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const NetworkPage = lazy(() => import('./NetworkPage.tsx'));
const PressReleasesPage = lazy(() => import('./PressReleasesPage.tsx'));
const PressReleasePage = lazy(() => import('./PressReleasePage.tsx'));
const NewPressReleasePage = lazy(() =>
  import('./PressReleasePage.tsx').then((m) => ({ default: m.NewPressReleasePage })),
);

/** Children of the authenticated layout. */
export const pressRoutes: RouteObject[] = [
  { path: 'press/network', element: <NetworkPage /> },
  { path: 'press/releases', element: <PressReleasesPage /> },
  { path: 'press/releases/new', element: <NewPressReleasePage /> },
  { path: 'press/releases/:id', element: <PressReleasePage /> },
];

/** For those who speak for their bodies to the press and the network (the `communicate` ability). */
export const pressNav: FeatureNavItem[] = [
  {
    key: '/press/network',
    labelKey: 'press.nav.network',
    icon: <ContactsOutlined />,
    ability: 'communicate',
  },
  {
    key: '/press/releases',
    labelKey: 'press.nav.releases',
    icon: <SendOutlined />,
    ability: 'communicate',
  },
];
