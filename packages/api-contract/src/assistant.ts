// The assistant for commune stations (`/api/assistant/…`, `/api/reference-documents`): answers with
// the passages they come from, a cited passage opened in its document, and the reference documents
// a coordinator uploads for it to quote (their file is sent as multipart, not JSON).
import { z } from 'zod';
import { bodyRef, id, isoDateTime } from './common.ts';
import { text } from './text-field.ts';

export const KNOWLEDGE_SOURCE_KINDS = ['plan', 'library_item', 'bulletin', 'reference'] as const;
export const knowledgeSourceKind = z.enum(KNOWLEDGE_SOURCE_KINDS);

/** A question to the assistant (request). */
export const assistantQuestion = z.object({
  question: text(500, { multiline: true }).refine((value) => value.length >= 3, {
    error: 'Câu hỏi quá ngắn. Hãy hỏi đầy đủ hơn (ít nhất 3 ký tự).',
  }),
});

/** A passage found for a question: where it stands and the sentence of it that answers best. */
export const assistantPassageHit = z.object({
  id,
  sourceKind: knowledgeSourceKind,
  sourceId: id,
  /** The document's title (a plan's with its number, a reference document's with its symbol). */
  title: z.string(),
  /** The headings above the passage, outermost first ("II. MỤC TIÊU › 2. Mục tiêu cụ thể"). */
  section: z.string(),
  page: z.number().int().nullable(),
  /** The passage's sentence that holds most of the question. */
  quote: z.string(),
  text: z.string(),
  /** Its BM25 score for the question (comparable within one answer only). */
  score: z.number(),
});

export const assistantAnswer = z.object({
  question: z.string(),
  /** Best first, at most 5. */
  passages: z.array(assistantPassageHit),
  /** Sentences of the passages, each with the passage it was taken from; null when nothing fits. */
  answer: z
    .object({
      sentences: z.array(z.object({ text: z.string(), passageId: id })),
      mode: z.enum(['extractive', 'model']),
    })
    .nullable(),
  /** What to do when the sources do not answer the question (Vietnamese); null otherwise. */
  notFound: z.string().nullable(),
});

/** A cited passage opened in its document: what comes before and after it. */
export const assistantPassage = z.object({
  id,
  sourceKind: knowledgeSourceKind,
  sourceId: id,
  title: z.string(),
  section: z.string(),
  page: z.number().int().nullable(),
  /** Its place among the document's passages, from 0. */
  position: z.number().int(),
  text: z.string(),
  /** The passage before it in the document (null at the start). */
  before: z.string().nullable(),
  /** The passage after it (null at the end). */
  after: z.string().nullable(),
});

/** The fields sent with a reference document's file (multipart). */
export const referenceDocumentFields = z.object({
  title: text(500),
  symbol: text(100, { optional: true }).default(''),
});

export const referenceDocument = z.object({
  id,
  body: bodyRef,
  title: z.string(),
  symbol: z.string(),
  fileName: z.string(),
  pages: z.number().int().nullable(),
  /** Characters of its text (what the assistant read of it). */
  textLength: z.number().int(),
  version: z.number().int(),
  createdAt: isoDateTime,
  /** Whether the actor may remove it (it manages the plans of the document's body). */
  canDelete: z.boolean(),
});

export const referenceDocumentList = z.object({ items: z.array(referenceDocument) });
