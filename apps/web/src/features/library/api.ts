/**
 * Calls of the library API (`/api/library/…`). The shapes it answers are inferred from the API
 * contract (types only: nothing of it reaches the bundle).
 */
import type * as contract from '@lantoa/api-contract/library';
import type { z } from 'zod';
import { api, type QueryOf } from '../../api/client.ts';

export type LibraryItem = z.output<typeof contract.libraryItem>;
export type LibraryItemDetail = z.output<typeof contract.libraryItemDetail>;

type ItemResponse = z.output<typeof contract.libraryItemResponse>;

export type LibraryFilter = QueryOf<typeof contract.libraryQuery>;

/** What describes an item, as the upload and the edit form send it. */
export type ItemMetadata = z.output<typeof contract.libraryMetadata>;

const enc = encodeURIComponent;
const base = '/api/library/items';

export const libraryApi = {
  list: (filter: LibraryFilter) => api.get<z.output<typeof contract.libraryPage>>(base, { ...filter }),
  get: (id: string) => api.get<ItemResponse>(`${base}/${enc(id)}`),
  /** The metadata fields first, then the file: the server reads them before the file's bytes. */
  upload: (metadata: ItemMetadata, file: File) => {
    const form = new FormData();
    form.append('title', metadata.title);
    form.append('summary', metadata.summary);
    form.append('topics', JSON.stringify(metadata.topics));
    form.append('audience', metadata.audience);
    form.append('language', metadata.language);
    form.append('kind', metadata.kind);
    form.append('usageRights', metadata.usageRights);
    form.append('shareBodyId', metadata.shareBodyId);
    form.append('isPublic', String(metadata.isPublic));
    form.append('file', file, file.name);
    return api.upload<ItemResponse>(base, form);
  },
  update: (id: string, input: Partial<ItemMetadata> & { version: number }) =>
    api.patch<ItemResponse>(`${base}/${enc(id)}`, input),
  /** `version`: the one the reviewer saw; an item changed since is refused (409), not approved unseen. */
  review: (id: string, input: { decision: 'approve' | 'reject'; comment?: string; version: number }) =>
    api.post<ItemResponse>(`${base}/${enc(id)}/review`, {
      decision: input.decision,
      version: input.version,
      ...(input.comment ? { comment: input.comment } : {}),
    }),
  /** Counts one download for the actor's body (reading the file counts nothing); answers the total. */
  countDownload: (id: string) =>
    api.post<z.output<typeof contract.libraryDownloadResponse>>(`${base}/${enc(id)}/downloads`),
  fileUrl: (id: string, inline = false) => `${base}/${enc(id)}/file${inline ? '?inline=1' : ''}`,
  thumbnailUrl: (id: string, version?: number) =>
    `${base}/${enc(id)}/thumbnail${version === undefined ? '' : `?v=${version}`}`,
};

/** A file size in Vietnamese units: 1,5 MB. */
export function formatSize(bytes: number): string {
  const format = (value: number) =>
    new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}
