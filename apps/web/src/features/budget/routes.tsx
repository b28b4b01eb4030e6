import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

/** Children of the authenticated layout. */
export const budgetRoutes: RouteObject[] = [];

export const budgetNav: FeatureNavItem[] = [];
