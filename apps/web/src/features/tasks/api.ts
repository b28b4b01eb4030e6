/**
 * Calls of the work lists the server pages and filters (`/api/overdue`, its workbook, `/api/my-tasks`).
 * What they send and answer is inferred from the API contract (types only: nothing of it reaches the
 * bundle).
 */
import type * as contract from '@lantoa/api-contract/tasks';
import type { z } from 'zod';
import { api, withQuery } from '../../api/client.ts';

export type OverduePage = z.output<typeof contract.overdue>;
export type MyTasksPage = z.output<typeof contract.myTasks>;

/** What narrows the work list of one's body and below (the server's query schema, before defaults). */
export type MyTasksFilter = z.input<typeof contract.myTasksQuery>;
/**
 * What narrows the overdue list, the same for a page and for the workbook: as the server reads it
 * (its input type is `unknown` for the days late, which a query string carries as text).
 */
export type OverdueFilter = z.output<typeof contract.overdueQuery>;

export const overdueApi = {
  page: (filter: OverdueFilter, page: number, pageSize: number) =>
    api.get<OverduePage>('/api/overdue', { ...filter, page, pageSize }),
  /** The whole filtered list as .xlsx. */
  workbook: (filter: OverdueFilter) => api.download('GET', withQuery('/api/overdue.xlsx', filter)),
};

export const myTasksApi = {
  page: (filter: MyTasksFilter, page: number, pageSize: number) =>
    api.get<MyTasksPage>('/api/my-tasks', { ...filter, page, pageSize }),
};
