import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

/** Children of the authenticated layout. */
export const eventsRoutes: RouteObject[] = [];

export const eventsNav: FeatureNavItem[] = [];
