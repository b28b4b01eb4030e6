/**
 * Calls of the communication network (`/api/contacts`) and press releases (`/api/press-releases`).
 * The shapes it answers are inferred from the API contract (types only: nothing of it reaches the
 * bundle); what the forms send is the contract's request schemas before their defaults (`z.input`).
 */
import type * as contract from '@lantoa/api-contract/press';
import type { z } from 'zod';
import { api, type QueryOf } from '../../api/client.ts';
import { type SheetImportResult, type SheetUpload, sheetUploadForm } from '../../shared/sheetImport.ts';

export type Contact = z.output<typeof contract.contact>;
export type ContactPage = z.output<typeof contract.contactPage>;
export type PressReleaseSummary = z.output<typeof contract.pressReleaseSummary>;
export type PressRelease = z.output<typeof contract.pressRelease>;
export type Recipient = PressRelease['recipientList'][number];
export type Article = PressRelease['articles'][number];
export type SendResult = z.output<typeof contract.pressReleaseSent>;

export type ContactInput = z.input<typeof contract.contactInput>;
export type ContactUpdate = z.input<typeof contract.contactUpdate>;
export type PressReleaseInput = z.input<typeof contract.pressReleaseInput>;
export type PressReleaseUpdate = z.input<typeof contract.pressReleaseUpdate>;
export type PressReleaseSendInput = z.input<typeof contract.pressReleaseSendInput>;

export type ContactFilter = QueryOf<typeof contract.contactQuery>;

const enc = encodeURIComponent;
const bodies = (id: string) => `/api/bodies/${enc(id)}`;
const releasePath = (id: string) => `/api/press-releases/${enc(id)}`;
/** The releases the reader sees, newest first. */
const releases = () => api.get<z.output<typeof contract.pressReleaseList>>('/api/press-releases');

export const pressApi = {
  contacts: (filter: ContactFilter) =>
    api.get<ContactPage>('/api/contacts', { ...filter, reachable: filter.reachable ? true : undefined }),
  createContact: (bodyId: string, input: ContactInput) =>
    api.post<Contact>(`${bodies(bodyId)}/contacts`, input),
  updateContact: (id: string, input: ContactUpdate) => api.put<Contact>(`/api/contacts/${enc(id)}`, input),
  /** The empty import template, opened as a link (the session cookie goes with it). */
  contactTemplateUrl: '/api/contacts/template',
  importContacts: (bodyId: string, upload: SheetUpload) =>
    api.upload<SheetImportResult>(`${bodies(bodyId)}/contacts/import`, sheetUploadForm(upload)),

  releases,
  /** The sent releases the reader sees: those an article may be linked to by hand. */
  sentReleases: async () => (await releases()).items.filter((release) => release.status === 'sent'),
  release: (id: string) => api.get<PressRelease>(releasePath(id)),
  createRelease: (bodyId: string, input: PressReleaseInput) =>
    api.post<{ id: string }>(`${bodies(bodyId)}/press-releases`, input),
  updateRelease: (id: string, input: PressReleaseUpdate) => api.put<PressRelease>(releasePath(id), input),
  send: (id: string, input: PressReleaseSendInput) => api.post<SendResult>(`${releasePath(id)}/send`, input),
};
