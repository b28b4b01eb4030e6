/**
 * Calls of the assistant API (`/api/assistant/…`, `/api/reference-documents`): answers with their
 * sources, a cited passage in its document, bulletins drafted from a source, and the reference
 * documents the assistant may quote. Shapes inferred from the API contract (types only).
 */
import type * as contract from '@lantoa/api-contract/assistant';
import type * as drafts from '@lantoa/api-contract/assistant-drafts';
import type { z } from 'zod';
import { api } from '../../api/client.ts';

export type AssistantAnswer = z.output<typeof contract.assistantAnswer>;
export type PassageHit = AssistantAnswer['passages'][number];
export type AssistantPassage = z.output<typeof contract.assistantPassage>;
export type KnowledgeSourceKind = PassageHit['sourceKind'];
export type ReferenceDocument = z.output<typeof contract.referenceDocument>;
export type ReferenceDocumentFields = z.input<typeof contract.referenceDocumentFields>;

/** What a draft is made from, and the request that asks for it. */
export type DraftFrom = z.input<typeof drafts.draftFrom>;
export type DraftInput = z.input<typeof drafts.assistantDraftInput>;
export type DraftResponse = z.output<typeof drafts.assistantDraftResponse>;
export type DraftSentence = z.output<typeof drafts.draftSentence>;

const enc = encodeURIComponent;

export const assistantApi = {
  answer: (question: string) =>
    api.post<AssistantAnswer>('/api/assistant/answers', {
      question,
    } satisfies z.input<typeof contract.assistantQuestion>),
  passage: (id: string) => api.get<AssistantPassage>(`/api/assistant/passages/${enc(id)}`),
  draft: (input: DraftInput) => api.post<DraftResponse>('/api/assistant/drafts', input),

  referenceDocuments: (bodyId?: string) =>
    api.get<z.output<typeof contract.referenceDocumentList>>('/api/reference-documents', { bodyId }),
  /** The fields first, then the file: the server reads them before the file's bytes. */
  uploadReferenceDocument: (bodyId: string, fields: ReferenceDocumentFields, file: File) => {
    const form = new FormData();
    form.append('title', fields.title);
    form.append('symbol', fields.symbol ?? '');
    form.append('file', file, file.name);
    return api.upload<ReferenceDocument>(`/api/bodies/${enc(bodyId)}/reference-documents`, form);
  },
  deleteReferenceDocument: (document: Pick<ReferenceDocument, 'id' | 'version'>) =>
    api.delete<void>(`/api/reference-documents/${enc(document.id)}?version=${document.version}`),
};

/** The page of the app a passage's source opens on, or null (a reference document has none). */
export function sourcePath(kind: KnowledgeSourceKind, id: string): string | null {
  if (kind === 'plan') return `/plans/${id}`;
  if (kind === 'library_item') return `/library/${id}`;
  if (kind === 'bulletin') return `/broadcast/bulletins/${id}`;
  return null;
}
