/**
 * Calls of the work lists the server pages and filters (`/api/overdue`, its workbook, `/api/my-tasks`). The shapes it
 * answers are inferred from the API contract (types only: nothing of it reaches the bundle).
 */
import type * as contract from '@lantoa/api-contract/tasks';
import type { z } from 'zod';
import { api, type Query } from '../../api/client.ts';

export type OverduePage = z.output<typeof contract.overdue>;
export type MyTasksPage = z.output<typeof contract.myTasks>;

/** What narrows the work list of one's body and below. */
export interface MyTasksFilter {
  /** Words of the plan's number, the task, or the body; diacritics optional. */
  q?: string | undefined;
  /** Where the next open date stands, or all done. */
  state?: 'in_progress' | 'overdue' | 'done' | undefined;
}

/** What narrows the overdue list (the same for a page and for the workbook). */
export interface OverdueFilter {
  bodyId?: string | undefined;
  planId?: string | undefined;
  /** Words of the task's reference or title; diacritics optional. */
  q?: string | undefined;
  role?: 'lead' | 'partner' | undefined;
  minDaysLate?: number | undefined;
}

/** The query string of a filter, without the empty ones. */
function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const overdueApi = {
  page: (filter: OverdueFilter, page: number, pageSize: number) =>
    api.get<OverduePage>('/api/overdue', { ...filter, page, pageSize }),
  /** The whole filtered list as .xlsx. */
  workbook: (filter: OverdueFilter) => api.download('GET', `/api/overdue.xlsx${queryString({ ...filter })}`),
};

export const myTasksApi = {
  page: (filter: MyTasksFilter, page: number, pageSize: number) =>
    api.get<MyTasksPage>('/api/my-tasks', { ...filter, page, pageSize }),
};
