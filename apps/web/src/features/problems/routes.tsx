import { BulbOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const ProblemsPage = lazy(() => import('./ProblemsPage.tsx'));
const ProblemPage = lazy(() => import('./ProblemPage.tsx'));
const NewProblemPage = lazy(() => import('./ProblemPage.tsx').then((m) => ({ default: m.NewProblemPage })));

/** Children of the authenticated layout. */
export const problemsRoutes: RouteObject[] = [
  { path: 'problems', element: <ProblemsPage /> },
  { path: 'problems/new', element: <NewProblemPage /> },
  { path: 'problems/:id', element: <ProblemPage /> },
];

/** Problems for scientists, for those who keep their bodies' public information (`communicate`). */
export const problemsNav: FeatureNavItem[] = [
  { key: '/problems', labelKey: 'problems.nav', icon: <BulbOutlined />, ability: 'communicate' },
];
