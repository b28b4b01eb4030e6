import { CarryOutOutlined, GlobalOutlined, ShareAltOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureNavItem } from '../library/routes.tsx';

const OutputsPage = lazy(() => import('./OutputsPage.tsx'));
const ChannelsPage = lazy(() => import('./ChannelsPage.tsx'));
const PushesPage = lazy(() => import('./PushesPage.tsx'));
const PushPage = lazy(() => import('./PushPage.tsx'));
const PushTodoPage = lazy(() => import('./PushTodoPage.tsx'));

/** Children of the authenticated layout. */
export const outputsRoutes: RouteObject[] = [
  { path: 'outputs', element: <OutputsPage /> },
  { path: 'outputs/channels', element: <ChannelsPage /> },
  { path: 'outputs/pushes', element: <PushesPage /> },
  { path: 'outputs/pushes/:id', element: <PushPage /> },
  { path: 'outputs/todo', element: <PushTodoPage /> },
];

/**
 * For those who record what their bodies publish (`communicate`); what they see is scoped by the
 * server. The items sent down are reached from the register and from a library item.
 */
export const outputsNav: FeatureNavItem[] = [
  { key: '/outputs', labelKey: 'outputs.nav.outputs', icon: <ShareAltOutlined />, ability: 'communicate' },
  {
    key: '/outputs/channels',
    labelKey: 'outputs.nav.channels',
    icon: <GlobalOutlined />,
    ability: 'communicate',
  },
  { key: '/outputs/todo', labelKey: 'outputs.nav.todo', icon: <CarryOutOutlined />, ability: 'communicate' },
];
