import { RobotOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const AssistantPage = lazy(() => import('./AssistantPage.tsx'));

/** Children of the authenticated layout. */
export const assistantRoutes: RouteObject[] = [{ path: 'assistant', element: <AssistantPage /> }];

/** Everyone signed in may ask (the answers quote only what the server lets each person read). */
export const assistantNav: FeatureNavItem[] = [
  { key: '/assistant', labelKey: 'assistant.nav', icon: <RobotOutlined />, ability: null },
];
