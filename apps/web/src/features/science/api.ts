/**
 * Calls of the S&T task registry (`/api/science-tasks`). The shapes it answers are inferred from the
 * API contract (types only: nothing of it reaches the bundle); what the forms send is the contract's
 * request schemas before their defaults (`z.input`).
 */
import type * as contract from '@lantoa/api-contract/science-tasks';
import type { ScienceTaskLevel, ScienceTaskStatus } from '@lantoa/domain/constants';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { type SheetImportResult, type SheetUpload, sheetUploadForm } from '../../shared/sheetImport.ts';

export type ScienceTask = z.output<typeof contract.scienceTask>;
export type ScienceTaskSummary = z.output<typeof contract.scienceTaskSummary>;
export type ScienceTaskPage = z.output<typeof contract.scienceTaskPage>;
export type ScienceTaskInput = z.input<typeof contract.scienceTaskInput>;
export type ScienceTaskUpdate = z.input<typeof contract.scienceTaskUpdate>;

export interface ScienceTaskFilter {
  bodyId?: string | undefined;
  q?: string | undefined;
  status?: ScienceTaskStatus | undefined;
  level?: ScienceTaskLevel | undefined;
  secret?: boolean | undefined;
  published?: boolean | undefined;
  page?: number;
  pageSize?: number;
}

const enc = encodeURIComponent;
const taskPath = (id: string) => `/api/science-tasks/${enc(id)}`;

export const scienceApi = {
  list: (filter: ScienceTaskFilter) => api.get<ScienceTaskPage>('/api/science-tasks', { ...filter }),
  get: (id: string) => api.get<ScienceTask>(taskPath(id)),
  create: (bodyId: string, input: ScienceTaskInput) =>
    api.post<ScienceTask>(`/api/bodies/${enc(bodyId)}/science-tasks`, input),
  update: (id: string, input: ScienceTaskUpdate) => api.put<ScienceTask>(taskPath(id), input),
  publish: (id: string, version: number) => api.post<ScienceTask>(`${taskPath(id)}/publish`, { version }),
  unpublish: (id: string, version: number) => api.post<ScienceTask>(`${taskPath(id)}/unpublish`, { version }),
  /** One file, through the server's media checks. */
  attach: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<ScienceTask>(`${taskPath(id)}/files`, form);
  },
  removeFile: (id: string, fileId: string) => api.delete<void>(`${taskPath(id)}/files/${enc(fileId)}`),
  /** A file, opened as a link (the session cookie goes with it). */
  fileUrl: (id: string, fileId: string) => `${taskPath(id)}/files/${enc(fileId)}`,
  /** The empty import template, opened as a link. */
  templateUrl: '/api/science-tasks/template',
  import: (bodyId: string, upload: SheetUpload) =>
    api.upload<SheetImportResult>(`/api/bodies/${enc(bodyId)}/science-tasks/import`, sheetUploadForm(upload)),
};
