import { TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const NominationsPage = lazy(() => import('./NominationsPage.tsx'));
const NominationPage = lazy(() => import('./NominationPage.tsx'));

/** Children of the authenticated layout. */
export const honoursRoutes: RouteObject[] = [
  { path: 'honours', element: <NominationsPage /> },
  { path: 'honours/:id', element: <NominationPage /> },
];

/** Nominations and their decisions, for those who nominate for their bodies (`nominateHonours`). */
export const honoursNav: FeatureNavItem[] = [
  { key: '/honours', labelKey: 'honours.nav', icon: <TrophyOutlined />, ability: 'nominateHonours' },
];
