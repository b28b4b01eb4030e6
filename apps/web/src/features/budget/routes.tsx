import { AccountBookOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const BudgetPage = lazy(() => import('./BudgetPage.tsx'));
const EstimatePage = lazy(() => import('./EstimatePage.tsx'));
const BudgetTablesPage = lazy(() => import('./BudgetTablesPage.tsx'));

/** Children of the authenticated layout. */
export const budgetRoutes: RouteObject[] = [
  { path: 'budget', element: <BudgetPage /> },
  { path: 'budget/estimates/:id', element: <EstimatePage /> },
  { path: 'budget/tables', element: <BudgetTablesPage /> },
];

/** The budget: estimates, their consolidation, appraisal, allocation and spending (`manageBudget`). */
export const budgetNav: FeatureNavItem[] = [
  { key: '/budget', labelKey: 'budget.nav', icon: <AccountBookOutlined />, ability: 'manageBudget' },
];
