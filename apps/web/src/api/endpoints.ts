import type * as audit from '@lantoa/api-contract/audit';
import type { ValueBasis } from '@lantoa/domain/constants';
import { api, type QueryOf, type RequestOptions, withQuery } from './client.ts';
import type {
  AssignmentDetail,
  AuditEntryPage,
  BodyCreateInput,
  BodyDetail,
  BodyList,
  BodyResponse,
  BodySearch,
  BodyUpdateInput,
  CalendarData,
  CascadeFilter,
  CascadePage,
  Completeness,
  Conformance,
  ConsolidatedReport,
  Created,
  EvidenceResponse,
  IndicatorBindingInput,
  IndicatorInput,
  IndicatorList,
  Me,
  NotificationList,
  OccurrenceState,
  PeriodList,
  PlanDetail,
  PlanExtract,
  PlanImport,
  PlanImportQueued,
  PlanList,
  ProgressResponse,
  PublishSummary,
  Reminded,
  ReportForm,
  ReportSaved,
  ReportSaveInput,
  ReportStatusChanged,
  ReportTransition,
  RollUp,
  Series,
  TaskHistory,
  TemplateImportResult,
  UserCreateInput,
  UserPage,
  UserResponse,
  UserUpdateInput,
} from './types.ts';

export const authApi = {
  me: () => api.get<Me>('/api/auth/me'),
  signIn: (username: string, password: string) => api.post<Me>('/api/auth/sign-in', { username, password }),
  signOut: () => api.post<void>('/api/auth/sign-out'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/api/auth/change-password', { currentPassword, newPassword }),
};

export const bodiesApi = {
  roots: () => api.get<BodyList>('/api/bodies/roots'),
  get: (id: string) => api.get<BodyDetail>(`/api/bodies/${encodeURIComponent(id)}`),
  children: (id: string) => api.get<BodyList>(`/api/bodies/${encodeURIComponent(id)}/children`),
  /** `within`: only that body's subtree (a plan's province, say). */
  search: (q: string, limit = 20, within?: string) =>
    api.get<BodySearch>('/api/bodies/search', { q, limit, within }),
  create: (input: BodyCreateInput) => api.post<BodyResponse>('/api/bodies', input),
  update: (id: string, input: BodyUpdateInput) =>
    api.patch<BodyResponse>(`/api/bodies/${encodeURIComponent(id)}`, input),
};

export const usersApi = {
  list: (query: { bodyId?: string; q?: string; page?: number; pageSize?: number }) =>
    api.get<UserPage>('/api/users', query),
  get: (id: string) => api.get<UserResponse>(`/api/users/${encodeURIComponent(id)}`),
  create: (input: UserCreateInput) => api.post<UserResponse>('/api/users', input),
  update: (id: string, input: UserUpdateInput) =>
    api.patch<UserResponse>(`/api/users/${encodeURIComponent(id)}`, input),
  resetPassword: (id: string, newPassword: string) =>
    api.post<void>(`/api/users/${encodeURIComponent(id)}/reset-password`, { newPassword }),
};

export type AuditQuery = QueryOf<typeof audit.auditQuery>;

export const auditApi = {
  list: (query: AuditQuery) => api.get<AuditEntryPage>('/api/audit', query),
};

const enc = encodeURIComponent;

export const plansApi = {
  list: () => api.get<PlanList>('/api/plans'),
  get: (id: string, query: { bodyId?: string; state?: OccurrenceState } = {}) =>
    api.get<PlanDetail>(`/api/plans/${enc(id)}`, query),
  conformance: (id: string) => api.get<Conformance>(`/api/plans/${enc(id)}/conformance`),
  linkParent: (id: string, parentPlanId: string | null) =>
    api.put<Conformance>(`/api/plans/${enc(id)}/parent`, { parentPlanId }),
  /** The communes and wards below the issuer: one page, the whole list as .xlsx, the reminder. */
  cascade: (id: string, filter: CascadeFilter, page: number, pageSize: number) =>
    api.get<CascadePage>(`/api/plans/${enc(id)}/cascade`, { ...filter, page, pageSize }),
  cascadeWorkbook: (id: string, filter: CascadeFilter) =>
    api.download('GET', withQuery(`/api/plans/${enc(id)}/cascade.xlsx`, filter)),
  remindCascade: (id: string, filter: CascadeFilter) =>
    api.post<Reminded>(`/api/plans/${enc(id)}/cascade/remind`, filter),
  /** A body below the issuer gets a draft of its own plan made from this one (or its open draft). */
  draftChild: (id: string, bodyId: string) =>
    api.post<PlanImportQueued>(`/api/plans/${enc(id)}/child-drafts`, { bodyId }),
  /** The plan as the official document of a Kế hoạch (Decree 30/2020), ready to be signed. */
  document: (id: string, format: 'docx' | 'pdf') =>
    api.download('GET', `/api/plans/${enc(id)}/document.${format}`),
  /** The issuing body and the amended plan go before the file, as the server reads them in order. */
  upload: (input: { bodyId: string; amendsPlanId?: string; file: File }) => {
    const form = new FormData();
    form.append('bodyId', input.bodyId);
    if (input.amendsPlanId) form.append('amendsPlanId', input.amendsPlanId);
    form.append('file', input.file, input.file.name);
    return api.upload<PlanImportQueued>('/api/plan-imports', form);
  },
  getImport: (id: string) => api.get<PlanImport>(`/api/plan-imports/${enc(id)}`),
  saveImport: (
    id: string,
    input: { extract?: PlanExtract; mapping?: Record<string, string[]>; version: number },
  ) => api.patch<PlanImport>(`/api/plan-imports/${enc(id)}`, input),
  publishImport: (id: string, version: number) =>
    api.post<PublishSummary>(`/api/plan-imports/${enc(id)}/publish`, { version }),
};

export const tasksApi = {
  assignment: (id: string) => api.get<AssignmentDetail>(`/api/assignments/${enc(id)}`),
  history: (taskId: string) => api.get<TaskHistory>(`/api/tasks/${enc(taskId)}/history`),
  progress: (
    occurrenceId: string,
    input: { note: string | null; completedOn: string | null; version: number },
  ) => api.post<ProgressResponse>(`/api/occurrences/${enc(occurrenceId)}/progress`, input),
  addLink: (occurrenceId: string, url: string) =>
    api.post<EvidenceResponse>(`/api/occurrences/${enc(occurrenceId)}/evidence`, { url }),
  addFile: (occurrenceId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<EvidenceResponse>(`/api/occurrences/${enc(occurrenceId)}/evidence`, form);
  },
  calendar: (from: string, to: string, bodyId?: string) =>
    api.get<CalendarData>('/api/calendar', { from, to, bodyId }),
};

export const notificationsApi = {
  list: (query: { unread?: boolean; limit?: number } = {}, options?: RequestOptions) =>
    api.get<NotificationList>(
      '/api/notifications',
      { unread: query.unread ? '1' : undefined, limit: query.limit },
      options,
    ),
  read: (id: string) => api.post<void>(`/api/notifications/${enc(id)}/read`),
  readAll: () => api.post<void>('/api/notifications/read-all'),
};

export function fileUrl(fileId: string): string {
  return `/api/files/${enc(fileId)}`;
}

export const reportsApi = {
  indicators: (planId: string) => api.get<IndicatorList>(`/api/plans/${enc(planId)}/indicators`),
  createIndicator: (planId: string, input: IndicatorInput) =>
    api.post<Created>(`/api/plans/${enc(planId)}/indicators`, input),
  updateIndicator: (id: string, input: IndicatorInput & { version: number }) =>
    api.patch<void>(`/api/indicators/${enc(id)}`, input),
  bindIndicator: (id: string, input: IndicatorBindingInput) =>
    api.put<void>(`/api/indicators/${enc(id)}/binding`, input),
  periods: (planId: string) => api.get<PeriodList>(`/api/plans/${enc(planId)}/periods`),
  completeness: (periodId: string) => api.get<Completeness>(`/api/periods/${enc(periodId)}/completeness`),
  form: (periodId: string, bodyId: string) =>
    api.get<ReportForm>(`/api/periods/${enc(periodId)}/reports/${enc(bodyId)}`),
  save: (periodId: string, bodyId: string, input: ReportSaveInput) =>
    api.put<ReportSaved>(`/api/periods/${enc(periodId)}/reports/${enc(bodyId)}`, input),
  transition: (
    periodId: string,
    bodyId: string,
    transition: ReportTransition,
    input: { comment?: string; version: number },
  ) =>
    api.post<ReportStatusChanged>(
      `/api/periods/${enc(periodId)}/reports/${enc(bodyId)}/${transition}`,
      input,
    ),
  rollup: (indicatorId: string, periodId: string, basis: ValueBasis, bodyId?: string) =>
    api.get<RollUp>(`/api/indicators/${enc(indicatorId)}/rollup`, { periodId, basis, bodyId }),
  series: (indicatorId: string, basis: ValueBasis, bodyId?: string) =>
    api.get<Series>(`/api/indicators/${enc(indicatorId)}/series`, { basis, bodyId }),
  consolidated: (periodId: string) =>
    api.get<ConsolidatedReport>(`/api/periods/${enc(periodId)}/consolidated`),
  consolidatedFile: (periodId: string, format: 'docx' | 'pdf', report: ConsolidatedReport) =>
    api.download('POST', `/api/periods/${enc(periodId)}/consolidated.${format}`, report),
  valuesXlsx: (periodId: string) => api.download('GET', `/api/periods/${enc(periodId)}/values.xlsx`),
  templateXlsx: (periodId: string) => api.download('GET', `/api/periods/${enc(periodId)}/template.xlsx`),
  importTemplate: (periodId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<TemplateImportResult>(`/api/periods/${enc(periodId)}/template`, form);
  },
  remind: (periodId: string) => api.post<Reminded>(`/api/periods/${enc(periodId)}/remind`),
};
