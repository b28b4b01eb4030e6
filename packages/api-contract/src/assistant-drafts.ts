// Bulletins the assistant drafts (`POST /api/assistant/drafts`): from a library item, a plan's task,
// an S&T task of the registry or an answer, sized to a session, every sentence of the body linked to the source it was taken
// from. The draft is an ordinary bulletin the broadcaster then edits, places and has read out.
import { z } from 'zod';
import { assistantQuestion, knowledgeSourceKind } from './assistant.ts';
import { id } from './common.ts';

/** What a draft can be made from. */
export const draftFrom = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library_item'), id: z.uuid() }),
  z.object({ kind: z.literal('task'), id: z.uuid() }),
  z.object({ kind: z.literal('answer'), question: assistantQuestion.shape.question }),
  /** A task of the S&T registry (its summary and results), not secret. */
  z.object({ kind: z.literal('science_task'), id: z.uuid() }),
]);

/** A draft asked for (request): its source, its length in minutes, and the station it is for. */
export const assistantDraftInput = z.object({
  from: draftFrom,
  /** A session is 15 minutes; half-minutes allowed. */
  minutes: z.number().min(1).max(15).multipleOf(0.5),
  /** The station that will air it (its speaker's name, its body as the bulletin's target); else the actor's body. */
  stationId: z.uuid().optional(),
});

/** Where a sentence came from; the opening and closing have none. */
export const draftSource = z.object({
  /** A passage's source kind, 'task' for a plan task's own title, 'science_task' for an S&T task's texts. */
  kind: z.union([knowledgeSourceKind, z.literal('task'), z.literal('science_task')]),
  id,
  title: z.string(),
  section: z.string(),
  passageId: id.nullable(),
  /** The passage's words a rephrased sentence rests on (model drafts); null for a sentence taken whole. */
  quote: z.string().nullable(),
});

export const draftSentence = z.object({ text: z.string(), source: draftSource.nullable() });

export const assistantDraft = z.object({
  title: z.string(),
  text: z.string(),
  sentences: z.array(draftSentence),
  /** The estimated spoken length at the station's reading speed. */
  seconds: z.number().int(),
  targetSeconds: z.number().int(),
  /** 'model' when the configured language model rephrased the body; 'extractive' otherwise. */
  mode: z.enum(['extractive', 'model']),
});

/** The bulletin created as a draft, and the draft with its sources. */
export const assistantDraftResponse = z.object({ bulletinId: id, draft: assistantDraft });
