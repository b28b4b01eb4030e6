/**
 * Calls of reports of false information (`/api/misinformation`). The shapes it answers are inferred
 * from the API contract (types only: nothing of it reaches the bundle); what the forms send is the
 * contract's request schemas before their defaults (`z.input`).
 */
import type * as contract from '@lantoa/api-contract/misinformation';
import type {
  MisinformationAge,
  MisinformationStatus,
  MisinformationVerdict,
} from '@lantoa/domain/constants';
import type { z } from 'zod';
import { api } from '../../api/client.ts';

export type MisinformationSummary = z.output<typeof contract.misinformationSummary>;
export type MisinformationPage = z.output<typeof contract.misinformationPage>;
export type MisinformationCase = z.output<typeof contract.misinformationCase>;
export type CaseBulletin = MisinformationCase['bulletins'][number];
export type CommuneOption = z.output<typeof contract.misinformationCommunes>['items'][number];

export type ReportInput = z.input<typeof contract.misinformationReportInput>;
export type AssignInput = z.input<typeof contract.misinformationAssignInput>;
export type TriageInput = z.input<typeof contract.misinformationTriageInput>;
export type ResponseInput = z.input<typeof contract.misinformationResponseInput>;
export type BulletinInput = z.input<typeof contract.misinformationBulletinInput>;

export interface MisinformationFilter {
  status?: MisinformationStatus | undefined;
  verdict?: MisinformationVerdict | undefined;
  age?: MisinformationAge | undefined;
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

const enc = encodeURIComponent;
const casePath = (id: string) => `/api/misinformation/${enc(id)}`;

/** The report with its screenshot: the text fields first, then the file, as the server reads them. */
function reportForm(input: ReportInput, screenshot: File): FormData {
  const form = new FormData();
  form.append('link', input.link ?? '');
  form.append('seenWhere', input.seenWhere);
  form.append('description', input.description);
  form.append('file', screenshot);
  return form;
}

export const misinformationApi = {
  list: (filter: MisinformationFilter) => api.get<MisinformationPage>('/api/misinformation', { ...filter }),
  report: (input: ReportInput, screenshot: File | null) =>
    screenshot
      ? api.upload<{ id: string; code: string }>('/api/misinformation', reportForm(input, screenshot))
      : api.post<{ id: string; code: string }>('/api/misinformation', input),
  get: (id: string) => api.get<MisinformationCase>(casePath(id)),
  /** The screenshot, opened as a link or shown as a picture (the session cookie goes with it). */
  screenshotUrl: (id: string) => `${casePath(id)}/screenshot`,
  communes: (id: string) => api.get<{ items: CommuneOption[] }>(`${casePath(id)}/communes`),
  assign: (id: string, input: AssignInput) => api.post<MisinformationCase>(`${casePath(id)}/assign`, input),
  triage: (id: string, input: TriageInput) => api.post<MisinformationCase>(`${casePath(id)}/triage`, input),
  respond: (id: string, input: ResponseInput) =>
    api.put<MisinformationCase>(`${casePath(id)}/response`, input),
  sendBulletins: (id: string, input: BulletinInput) =>
    api.post<MisinformationCase>(`${casePath(id)}/bulletins`, input),
  close: (id: string, version: number) => api.post<MisinformationCase>(`${casePath(id)}/close`, { version }),
};
