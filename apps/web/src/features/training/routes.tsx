import { ScheduleOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const CoursesPage = lazy(() => import('./CoursesPage.tsx'));
const CoursePage = lazy(() => import('./CoursePage.tsx'));
const PeoplePage = lazy(() => import('./PeoplePage.tsx'));
const TeamsPage = lazy(() => import('./TeamsPage.tsx'));

/** Children of the authenticated layout. */
export const trainingRoutes: RouteObject[] = [
  { path: 'training/courses', element: <CoursesPage /> },
  { path: 'training/courses/:id', element: <CoursePage /> },
  { path: 'training/people', element: <PeoplePage /> },
  { path: 'training/people/:bodyId', element: <PeoplePage /> },
  { path: 'training/teams', element: <TeamsPage /> },
  { path: 'training/teams/:bodyId', element: <TeamsPage /> },
];

/**
 * Courses for those who organise them or send people to them (`manageTraining`); a body's people and
 * its villages' digital teams for everyone who reads a body (what they see is scoped by the server,
 * which also says whether they may change it). A reader invited to nothing still opens a course
 * from a link.
 */
export const trainingNav: FeatureNavItem[] = [
  {
    key: '/training/courses',
    labelKey: 'training.nav.courses',
    icon: <ScheduleOutlined />,
    ability: 'manageTraining',
  },
  { key: '/training/people', labelKey: 'training.nav.people', icon: <SolutionOutlined />, ability: null },
  { key: '/training/teams', labelKey: 'training.nav.teams', icon: <TeamOutlined />, ability: null },
];
