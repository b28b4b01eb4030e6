import { CommentOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const FeedbackInboxPage = lazy(() => import('./FeedbackInboxPage.tsx'));
const FeedbackItemPage = lazy(() => import('./FeedbackItemPage.tsx'));

/** Children of the authenticated layout. */
export const feedbackRoutes: RouteObject[] = [
  { path: 'feedback', element: <FeedbackInboxPage /> },
  { path: 'feedback/:id', element: <FeedbackItemPage /> },
];

/**
 * Those who communicate for a body handle citizens' feedback: the site's coordinators route and
 * publish it, the handler's people answer it (what each sees is scoped by the server).
 */
export const feedbackNav: FeatureNavItem[] = [
  { key: '/feedback', labelKey: 'feedback.nav', icon: <CommentOutlined />, ability: 'communicate' },
];
