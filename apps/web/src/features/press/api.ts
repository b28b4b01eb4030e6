/**
 * Calls of the communication network (`/api/contacts`) and press releases (`/api/press-releases`).
 * The shapes it answers are inferred from the API contract (types only: nothing of it reaches the
 * bundle); what the forms send is the contract's request schemas before their defaults (`z.input`).
 */
import type * as outputs from '@lantoa/api-contract/outputs';
import type * as contract from '@lantoa/api-contract/press';
import type { keepGoodRowsField } from '@lantoa/api-contract/training-imports';
import type { ContactKind } from '@lantoa/domain/constants';
import type { z } from 'zod';
import { api } from '../../api/client.ts';

export type Contact = z.output<typeof contract.contact>;
export type ContactPage = z.output<typeof contract.contactPage>;
export type PressReleaseSummary = z.output<typeof contract.pressReleaseSummary>;
export type PressRelease = z.output<typeof contract.pressRelease>;
export type Recipient = PressRelease['recipientList'][number];
export type Article = PressRelease['articles'][number];
export type SendResult = z.output<typeof contract.pressReleaseSent>;
export type SheetImportResult = z.output<typeof outputs.sheetImportResult>;
export type SheetImportError = SheetImportResult['errors'][number];

export type ContactInput = z.input<typeof contract.contactInput>;
export type ContactUpdate = z.input<typeof contract.contactUpdate>;
export type PressReleaseInput = z.input<typeof contract.pressReleaseInput>;
export type PressReleaseUpdate = z.input<typeof contract.pressReleaseUpdate>;
export type PressReleaseSendInput = z.input<typeof contract.pressReleaseSendInput>;

export interface ContactFilter {
  q?: string;
  kind?: ContactKind | undefined;
  topic?: string | undefined;
  /** Only those a release may be sent to. */
  reachable?: boolean | undefined;
  page?: number;
  pageSize?: number;
}

const enc = encodeURIComponent;
const bodies = (id: string) => `/api/bodies/${enc(id)}`;
const releases = (id: string) => `/api/press-releases/${enc(id)}`;

export const pressApi = {
  contacts: (filter: ContactFilter) =>
    api.get<ContactPage>('/api/contacts', { ...filter, reachable: filter.reachable ? true : undefined }),
  createContact: (bodyId: string, input: ContactInput) =>
    api.post<Contact>(`${bodies(bodyId)}/contacts`, input),
  updateContact: (id: string, input: ContactUpdate) => api.put<Contact>(`/api/contacts/${enc(id)}`, input),
  /** The empty import template, opened as a link (the session cookie goes with it). */
  contactTemplateUrl: '/api/contacts/template',
  /** The multipart body: whether to keep the good rows of a file with errors, then the file, as the server reads them. */
  importContacts: (bodyId: string, { keepGoodRows, file }: { keepGoodRows: boolean; file: File }) => {
    const form = new FormData();
    const keep: z.input<typeof keepGoodRowsField> = keepGoodRows ? 'true' : 'false';
    form.append('keepGoodRows', keep);
    form.append('file', file, file.name);
    return api.upload<SheetImportResult>(`${bodies(bodyId)}/contacts/import`, form);
  },

  releases: () => api.get<z.output<typeof contract.pressReleaseList>>('/api/press-releases'),
  release: (id: string) => api.get<PressRelease>(releases(id)),
  createRelease: (bodyId: string, input: PressReleaseInput) =>
    api.post<{ id: string }>(`${bodies(bodyId)}/press-releases`, input),
  updateRelease: (id: string, input: PressReleaseUpdate) => api.put<PressRelease>(releases(id), input),
  send: (id: string, input: PressReleaseSendInput) => api.post<SendResult>(`${releases(id)}/send`, input),
};
