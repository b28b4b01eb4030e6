import { GlobalOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const PublicSitePage = lazy(() => import('./PublicSitePage.tsx'));

/** Children of the authenticated layout. */
export const publicSiteRoutes: RouteObject[] = [{ path: 'public-site', element: <PublicSitePage /> }];

/** For those who speak for their province or commune (the `communicate` ability). */
export const publicSiteNav: FeatureNavItem[] = [
  { key: '/public-site', labelKey: 'publicSite.nav', icon: <GlobalOutlined />, ability: 'communicate' },
];
