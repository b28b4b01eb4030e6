import { FileDoneOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const ReviewsPage = lazy(() => import('./ReviewsPage.tsx'));

/** Children of the authenticated layout. */
export const reviewsRoutes: RouteObject[] = [{ path: 'reviews', element: <ReviewsPage /> }];

/** The yearly and final reviews of a plan, for those who manage plans (the issuer's coordinators). */
export const reviewsNav: FeatureNavItem[] = [
  { key: '/reviews', labelKey: 'reviews.nav', icon: <FileDoneOutlined />, ability: 'managePlans' },
];
