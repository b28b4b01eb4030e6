import { ReadOutlined } from '@ant-design/icons';
import type { Ability } from '@lantoa/domain/constants';
import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { MessageKey } from '../../i18n/i18n.tsx';

const LibraryPage = lazy(() => import('./LibraryPage.tsx'));
const LibraryItemPage = lazy(() => import('./LibraryItemPage.tsx'));

/** A menu entry of a feature: shown when `ability` (of `/api/me`) is true, or always when null. */
export interface FeatureNavItem {
  key: string;
  labelKey: MessageKey;
  icon: ReactNode;
  /** The ability of `/api/me` the item needs; null: every signed-in account. */
  ability: Ability | null;
}

/** Children of the authenticated layout. */
export const libraryRoutes: RouteObject[] = [
  { path: 'library', element: <LibraryPage /> },
  { path: 'library/:id', element: <LibraryItemPage /> },
];

/** Everyone signed in may browse the library (what they see is scoped by the server). */
export const libraryNav: FeatureNavItem[] = [
  { key: '/library', labelKey: 'library.nav', icon: <ReadOutlined />, ability: null },
];
