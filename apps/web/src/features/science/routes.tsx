import { ExperimentOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const ScienceTasksPage = lazy(() => import('./ScienceTasksPage.tsx'));
const ScienceTaskPage = lazy(() => import('./ScienceTaskPage.tsx'));

/** Children of the authenticated layout. */
export const scienceRoutes: RouteObject[] = [
  { path: 'science-tasks', element: <ScienceTasksPage /> },
  { path: 'science-tasks/:id', element: <ScienceTaskPage /> },
];

/** The registry of S&T tasks, for those who keep their bodies' public information (`communicate`). */
export const scienceNav: FeatureNavItem[] = [
  { key: '/science-tasks', labelKey: 'science.nav', icon: <ExperimentOutlined />, ability: 'communicate' },
];
