import { FlagOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const MisinformationListPage = lazy(() => import('./MisinformationListPage.tsx'));
const ReportMisinformationPage = lazy(() => import('./ReportMisinformationPage.tsx'));
const MisinformationCasePage = lazy(() => import('./MisinformationCasePage.tsx'));

/** Children of the authenticated layout. */
export const misinformationRoutes: RouteObject[] = [
  { path: 'misinformation', element: <MisinformationListPage /> },
  { path: 'misinformation/new', element: <ReportMisinformationPage /> },
  { path: 'misinformation/:id', element: <MisinformationCasePage /> },
];

/** Every body may report false information (what each sees of the cases is scoped by the server). */
export const misinformationNav: FeatureNavItem[] = [
  { key: '/misinformation', labelKey: 'misinformation.nav', icon: <FlagOutlined />, ability: null },
];
