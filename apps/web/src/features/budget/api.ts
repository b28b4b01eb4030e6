/**
 * Calls of the budget (`/api/budget`, `/api/bodies/:id/budget-…`). The shapes it answers are inferred
 * from the API contract (types only: nothing of it reaches the bundle); what the forms send is the
 * contract's request schemas before their defaults (`z.input`).
 */
import type * as contract from '@lantoa/api-contract/budget';
import type { EstimateStatus } from '@lantoa/domain/constants';
import type { z } from 'zod';
import { api, withQuery } from '../../api/client.ts';

export type BudgetEstimate = z.output<typeof contract.budgetEstimate>;
export type BudgetEstimateSummary = z.output<typeof contract.budgetEstimateSummary>;
export type BudgetEstimatePage = z.output<typeof contract.budgetEstimatePage>;
export type BudgetLine = BudgetEstimate['lines'][number];
export type BudgetPlanOption = z.output<typeof contract.budgetPlanOptions>['items'][number];
export type BudgetTables = z.output<typeof contract.budgetTables>;
export type BudgetTableRow = BudgetTables['bySource'][number];
export type BudgetView = z.output<typeof contract.budgetView>;

export type EstimateInput = z.input<typeof contract.budgetEstimateInput>;
export type EstimateUpdate = z.input<typeof contract.budgetEstimateUpdate>;
export type LineInput = z.input<typeof contract.budgetLineInput>;
export type AppraisalInput = z.input<typeof contract.budgetAppraisalInput>;
export type AllocationInput = z.input<typeof contract.budgetAllocationInput>;
export type SpendingInput = z.input<typeof contract.budgetSpendingInput>;

export interface EstimateFilter {
  view: BudgetView;
  year?: number | undefined;
  status?: EstimateStatus | undefined;
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

const enc = encodeURIComponent;
const estimatePath = (id: string) => `/api/budget/estimates/${enc(id)}`;

export const budgetApi = {
  list: (filter: EstimateFilter) => api.get<BudgetEstimatePage>('/api/budget/estimates', { ...filter }),
  plans: (bodyId: string) =>
    api.get<{ items: BudgetPlanOption[] }>(`/api/bodies/${enc(bodyId)}/budget-plans`),
  create: (bodyId: string, input: EstimateInput) =>
    api.post<BudgetEstimate>(`/api/bodies/${enc(bodyId)}/budget-estimates`, input),
  get: (id: string) => api.get<BudgetEstimate>(estimatePath(id)),
  update: (id: string, input: EstimateUpdate) => api.put<BudgetEstimate>(estimatePath(id), input),
  submit: (id: string, version: number) =>
    api.post<BudgetEstimate>(`${estimatePath(id)}/submit`, { version }),
  consolidate: (id: string, version: number) =>
    api.post<BudgetEstimate>(`${estimatePath(id)}/consolidate`, { version }),
  return: (id: string, reason: string, version: number) =>
    api.post<BudgetEstimate>(`${estimatePath(id)}/return`, { reason, version }),
  appraise: (id: string, input: AppraisalInput) =>
    api.post<BudgetEstimate>(`${estimatePath(id)}/appraise`, input),
  allocate: (id: string, input: AllocationInput) =>
    api.post<BudgetEstimate>(`${estimatePath(id)}/allocate`, input),
  spend: (id: string, input: SpendingInput) =>
    api.post<BudgetEstimate>(`${estimatePath(id)}/spending`, input),
  tables: (planId: string, year: number) => api.get<BudgetTables>('/api/budget/tables', { planId, year }),
  tablesWorkbook: (planId: string, year: number) =>
    api.download('GET', withQuery('/api/budget/tables.xlsx', { planId, year })),
};
