/** Shapes and calls of the library API (`/api/library/…`). */
import { api } from '../../api/client.ts';
import type { BodyRef } from '../../api/types.ts';

export const LANGUAGES = ['vi', 'tay', 'nung', 'hmong', 'dao', 'thai', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ITEM_KINDS = [
  'banner',
  'poster',
  'infographic',
  'video',
  'audio',
  'document',
  'qa',
  'other',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const MEDIA_KINDS = ['image', 'pdf', 'word', 'audio', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const ITEM_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface LibraryItem {
  id: string;
  title: string;
  summary: string;
  topics: string[];
  audience: string;
  language: Language;
  kind: ItemKind;
  mediaKind: MediaKind;
  mediaType: string;
  fileName: string;
  size: number;
  durationSeconds: number | null;
  usageRights: string;
  body: BodyRef;
  share: BodyRef;
  status: ItemStatus;
  reviewComment: string | null;
  hasThumbnail: boolean;
  downloads: number;
  version: number;
  createdAt: string;
  canEdit: boolean;
  /** May reject (a coordinator over the author). */
  canReview: boolean;
  /** May approve: a coordinator over the author and over the whole subtree it is shared to. */
  canApprove: boolean;
}

export interface LibraryItemDetail extends LibraryItem {
  usage: {
    downloads: { body: BodyRef; count: number; lastAt: string }[];
    bulletins: { id: string; title: string; body: BodyRef; createdAt: string }[];
  };
}

export interface LibraryFilter {
  q?: string;
  kind?: ItemKind | undefined;
  language?: Language | undefined;
  topic?: string | undefined;
  mediaKind?: MediaKind | undefined;
  status?: ItemStatus | undefined;
  page?: number;
  pageSize?: number;
}

export interface ItemMetadata {
  title: string;
  summary: string;
  topics: string[];
  audience: string;
  language: Language;
  kind: ItemKind;
  usageRights: string;
  shareBodyId: string;
}

const enc = encodeURIComponent;
const base = '/api/library/items';

export const libraryApi = {
  list: (filter: LibraryFilter) => api.get<{ items: LibraryItem[]; total: number }>(base, { ...filter }),
  get: (id: string) => api.get<{ item: LibraryItemDetail }>(`${base}/${enc(id)}`),
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
    form.append('file', file, file.name);
    return api.upload<{ item: LibraryItem }>(base, form);
  },
  update: (id: string, input: Partial<ItemMetadata> & { version: number }) =>
    api.patch<{ item: LibraryItem }>(`${base}/${enc(id)}`, input),
  /** `version`: the one the reviewer saw; an item changed since is refused (409), not approved unseen. */
  review: (id: string, input: { decision: 'approve' | 'reject'; comment?: string; version: number }) =>
    api.post<{ item: LibraryItem }>(`${base}/${enc(id)}/review`, {
      decision: input.decision,
      version: input.version,
      ...(input.comment ? { comment: input.comment } : {}),
    }),
  /** Counts one download for the actor's body (reading the file counts nothing); answers the total. */
  countDownload: (id: string) => api.post<{ downloads: number }>(`${base}/${enc(id)}/downloads`),
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
