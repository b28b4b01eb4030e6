import { TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const EventsPage = lazy(() => import('./EventsPage.tsx'));
const EventPage = lazy(() => import('./EventPage.tsx'));
const KeyDaysPage = lazy(() => import('./KeyDaysPage.tsx'));

/** Children of the authenticated layout. */
export const eventsRoutes: RouteObject[] = [
  { path: 'events', element: <EventsPage /> },
  { path: 'events/key-days', element: <KeyDaysPage /> },
  { path: 'events/:id', element: <EventPage /> },
];

/**
 * Events for those who organise them or answer invitations (`manageEvents`); a viewer still opens
 * the list and an event from a link (the server scopes what they see, read only).
 */
export const eventsNav: FeatureNavItem[] = [
  { key: '/events', labelKey: 'events.nav', icon: <TrophyOutlined />, ability: 'manageEvents' },
];
