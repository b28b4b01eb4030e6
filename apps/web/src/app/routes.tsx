import { lazy, useEffect, useState } from 'react';
import { createBrowserRouter, Navigate, useParams } from 'react-router';
import { plansApi } from '../api/endpoints.ts';
import { assistantRoutes } from '../features/assistant/routes.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { broadcastApi } from '../features/broadcast/api.ts';
import { broadcastRoutes } from '../features/broadcast/routes.tsx';
import { budgetRoutes } from '../features/budget/routes.tsx';
import { eventsRoutes } from '../features/events/routes.tsx';
import { feedbackRoutes } from '../features/feedback/routes.tsx';
import { honoursRoutes } from '../features/honours/routes.tsx';
import { libraryRoutes } from '../features/library/routes.tsx';
import { misinformationRoutes } from '../features/misinformation/routes.tsx';
import { outputsRoutes } from '../features/outputs/routes.tsx';
import { pressRoutes } from '../features/press/routes.tsx';
import { problemsRoutes } from '../features/problems/routes.tsx';
import { publicSiteRoutes } from '../features/public-site/routes.tsx';
import { reviewsRoutes } from '../features/reviews/routes.tsx';
import { scienceRoutes } from '../features/science/routes.tsx';
import { trainingRoutes } from '../features/training/routes.tsx';
import { FullPageSpin } from '../shared/FullPageSpin.tsx';
import { useMe } from './auth.tsx';
import { coordinatorPath, landingOf, STATIC_LANDING, stationPath } from './landing.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RequireAuth } from './RequireAuth.tsx';
import { RouteErrorPage } from './RouteErrorPage.tsx';

// Each screen is its own chunk; the sign-in page ships with the shell so it appears at once.
const OrgTreePage = lazy(() => import('../features/bodies/OrgTreePage.tsx'));
const BodyPage = lazy(() => import('../features/bodies/BodyPage.tsx'));
const UsersPage = lazy(() => import('../features/users/UsersPage.tsx'));
const AuditPage = lazy(() => import('../features/audit/AuditPage.tsx'));
const ChangePasswordPage = lazy(() => import('../features/auth/ChangePasswordPage.tsx'));
const PlansPage = lazy(() => import('../features/plans/PlansPage.tsx'));
const PlanImportPage = lazy(() => import('../features/plans/PlanImportPage.tsx'));
const PlanPage = lazy(() => import('../features/plans/PlanPage.tsx'));
const AssignmentPage = lazy(() => import('../features/tasks/AssignmentPage.tsx'));
const MyTasksPage = lazy(() => import('../features/tasks/MyTasksPage.tsx'));
const CalendarPage = lazy(() => import('../features/tasks/CalendarPage.tsx'));
const OverduePage = lazy(() => import('../features/tasks/OverduePage.tsx'));
const ReportsHubPage = lazy(() => import('../features/reports/ReportsHubPage.tsx'));
const ReportFormPage = lazy(() => import('../features/reports/ReportFormPage.tsx'));
const ConsolidatedPage = lazy(() => import('../features/reports/ConsolidatedPage.tsx'));
const QuestionBankPage = lazy(() => import('../features/quiz/QuestionBankPage.tsx'));
const ContestsPage = lazy(() => import('../features/quiz/ContestsPage.tsx'));
const ContestFormPage = lazy(() => import('../features/quiz/ContestFormPage.tsx'));
const ContestPage = lazy(() => import('../features/quiz/ContestPage.tsx'));
const RoundResultsPage = lazy(() => import('../features/quiz/RoundResultsPage.tsx'));
// ECharts and the map are heavy: only the dashboard's chunk carries them.
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage.tsx'));

/** `/plans/:id/indicators` is the plan page's indicators tab. */
function PlanIndicatorsRedirect() {
  const { id = '' } = useParams();
  return <Navigate to={`/plans/${id}?tab=indicators`} replace />;
}

/**
 * Where a person lands after signing in (landing.ts): a fixed page, or for a coordinator its plan
 * and for a broadcaster its station, found once the lists they see are loaded.
 */
function HomeRedirect() {
  const me = useMe();
  const landing = landingOf(me);
  const [path, setPath] = useState<string | null>(null);

  useEffect(() => {
    if (landing !== 'plan' && landing !== 'station') return;
    let live = true;
    const found =
      landing === 'plan'
        ? plansApi.list().then((list) => coordinatorPath(list.items, me.user.body.id))
        : broadcastApi.stations().then((list) => stationPath(list.items, me.user.body.id));
    void found
      .catch(() => (landing === 'plan' ? '/plans' : '/broadcast/stations'))
      .then((next) => live && setPath(next));
    return () => {
      live = false;
    };
  }, [landing, me.user.body.id]);

  if (landing !== 'plan' && landing !== 'station') return <Navigate to={STATIC_LANDING[landing]} replace />;
  return path ? <Navigate to={path} replace /> : <FullPageSpin />;
}

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: <RequireAuth />,
    // The app's frame itself failed (its chunk, say): the whole page says so.
    errorElement: <RouteErrorPage />,
    children: [
      {
        // A screen that fails shows the error inside the frame, menu still there.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'bodies', element: <OrgTreePage /> },
          { path: 'bodies/:id', element: <BodyPage /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'account/password', element: <ChangePasswordPage /> },
          { path: 'plans', element: <PlansPage /> },
          { path: 'plans/:id', element: <PlanPage /> },
          { path: 'plans/:id/indicators', element: <PlanIndicatorsRedirect /> },
          { path: 'plan-imports/:id', element: <PlanImportPage /> },
          { path: 'assignments/:id', element: <AssignmentPage /> },
          { path: 'my-tasks', element: <MyTasksPage /> },
          { path: 'calendar', element: <CalendarPage /> },
          { path: 'overdue', element: <OverduePage /> },
          { path: 'reports', element: <ReportsHubPage /> },
          { path: 'reports/:periodId/consolidated', element: <ConsolidatedPage /> },
          { path: 'reports/:periodId/:bodyId', element: <ReportFormPage /> },
          { path: 'dashboard', element: <DashboardPage /> },
          { path: 'quiz/questions', element: <QuestionBankPage /> },
          { path: 'quiz/contests', element: <ContestsPage /> },
          { path: 'quiz/contests/new', element: <ContestFormPage /> },
          { path: 'quiz/contests/:id', element: <ContestPage /> },
          { path: 'quiz/contests/:id/rounds/:number', element: <RoundResultsPage /> },
          ...libraryRoutes,
          ...broadcastRoutes,
          ...trainingRoutes,
          ...outputsRoutes,
          ...pressRoutes,
          ...assistantRoutes,
          ...scienceRoutes,
          ...problemsRoutes,
          ...feedbackRoutes,
          ...misinformationRoutes,
          ...publicSiteRoutes,
          ...eventsRoutes,
          ...honoursRoutes,
          ...budgetRoutes,
          ...reviewsRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
