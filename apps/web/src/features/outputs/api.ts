/**
 * Calls of the outputs API: the register of what bodies published, their channels and feeds, and
 * the library items pushed to the bodies below to publish. The shapes are inferred from the API
 * contract (types only: nothing of it reaches the bundle).
 */
import type * as contract from '@lantoa/api-contract/outputs';
import type { z } from 'zod';
import { api, type QueryOf } from '../../api/client.ts';
import { type SheetImportResult, type SheetUpload, sheetUploadForm } from '../../shared/sheetImport.ts';

export type Output = z.output<typeof contract.output>;
export type OutputPage = z.output<typeof contract.outputPage>;
export type LinkPreview = z.output<typeof contract.linkPreview>;
export type Channel = z.output<typeof contract.channel>;
export type FeedReadResult = z.output<typeof contract.feedReadResult>;
export type LibraryPush = z.output<typeof contract.libraryPush>;
export type LibraryPushDetail = z.output<typeof contract.libraryPushDetail>;
export type PushBody = LibraryPushDetail['bodies'][number];
export type PushTodo = z.output<typeof contract.pushTodoList>['items'][number];

/** What the forms send (the server's request schemas, before their defaults). */
export type OutputInput = z.input<typeof contract.outputInput>;
export type OutputUpdate = z.input<typeof contract.outputUpdate>;
export type ChannelInput = z.input<typeof contract.channelInput>;
export type ChannelUpdate = z.input<typeof contract.channelUpdate>;
export type LibraryPushInput = z.input<typeof contract.libraryPushInput>;
export type PushDoneInput = z.input<typeof contract.pushDoneInput>;
export type PushPlace = PushDoneInput['places'][number];

export type OutputFilter = QueryOf<typeof contract.outputQuery>;

const enc = encodeURIComponent;
const bodies = (id: string) => `/api/bodies/${enc(id)}`;

export const outputsApi = {
  list: (filter: OutputFilter) => api.get<OutputPage>('/api/outputs', { ...filter }),
  create: (bodyId: string, input: OutputInput) =>
    api.post<z.output<typeof contract.outputCreated>>(`${bodies(bodyId)}/outputs`, input),
  update: (id: string, input: OutputUpdate) => api.put<Output>(`/api/outputs/${enc(id)}`, input),
  remove: (id: string, version: number) => api.delete<void>(`/api/outputs/${enc(id)}?version=${version}`),
  /** What a pasted link's page says of itself; a page that cannot be read answers its `problem`. */
  preview: (url: string) =>
    api.post<LinkPreview>('/api/outputs/preview', { url } satisfies z.input<
      typeof contract.linkPreviewInput
    >),
  /** The empty register template, opened as a link (the session cookie goes with it). */
  templateUrl: '/api/outputs/template',
  import: (bodyId: string, upload: SheetUpload) =>
    api.upload<SheetImportResult>(`${bodies(bodyId)}/outputs/import`, sheetUploadForm(upload)),

  /** A body's channels; every readable body's without `bodyId`. */
  channels: (query: { bodyId?: string | undefined; silent?: boolean | undefined }) =>
    api.get<z.output<typeof contract.channelList>>('/api/channels', {
      bodyId: query.bodyId,
      silent: query.silent ? 'true' : undefined,
    }),
  createChannel: (bodyId: string, input: ChannelInput) =>
    api.post<Channel>(`${bodies(bodyId)}/channels`, input),
  updateChannel: (id: string, input: ChannelUpdate) => api.put<Channel>(`/api/channels/${enc(id)}`, input),
  readFeed: (id: string) => api.post<FeedReadResult>(`/api/channels/${enc(id)}/read`),

  push: (libraryItemId: string, input: LibraryPushInput) =>
    api.post<z.output<typeof contract.libraryPushCreated>>(
      `/api/library/${enc(libraryItemId)}/pushes`,
      input,
    ),
  pushes: () => api.get<z.output<typeof contract.libraryPushList>>('/api/pushes'),
  pushDetail: (id: string) => api.get<LibraryPushDetail>(`/api/pushes/${enc(id)}`),
  todos: () => api.get<z.output<typeof contract.pushTodoList>>('/api/push-todos'),
  done: (pushId: string, input: PushDoneInput) =>
    api.post<z.output<typeof contract.pushDone>>(`/api/pushes/${enc(pushId)}/done`, input),
};
