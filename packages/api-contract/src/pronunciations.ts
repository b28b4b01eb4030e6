// Ready to be spoken (issue 19): a body's pronunciation list, and a text as the speech engine will
// say it with the places it may say wrong. Request bodies the web sends live here too.
import { z } from 'zod';
import { bodyRef, id, listOf } from './common.ts';
import { text } from './text-field.ts';

/** POST /api/bodies/:id/pronunciations: creates the entry, or replaces the one with that written form. */
export const pronunciationInput = z.object({
  written: text(100).refine((value) => /[\p{L}\p{N}]/u.test(value), {
    error: 'Cách viết phải có ít nhất một chữ hoặc số, ví dụ «Nà Pò» hoặc «HTX».',
  }),
  spoken: text(300).refine((value) => /\p{L}/u.test(value), {
    error: 'Cách đọc phải viết bằng chữ, đúng như phát thanh viên đọc, ví dụ «Nà Pò» hoặc «hợp tác xã».',
  }),
});

export const pronunciation = z.object({
  id,
  written: z.string(),
  spoken: z.string(),
  version: z.number().int(),
  /** The body whose list holds it: the one asked for, or a body above it (a province's entry). */
  body: bodyRef,
  /** Whether it is the asked body's own entry (else it comes from above and is changed there). */
  own: z.boolean(),
});
export type PronunciationJson = z.infer<typeof pronunciation>;

/** GET /api/bodies/:id/pronunciations: the entries in force for that body, its own and those above. */
export const pronunciationList = listOf(pronunciation).extend({
  /** Whether the actor may add to or change this body's own list. */
  canChange: z.boolean(),
});

export const pronunciationSaved = z.object({
  pronunciation,
  /** Recordings of this body's and its subtree's bulletins now stale: they say the word the old way. */
  staleRecordings: z.number().int(),
});

// The same characters a bulletin's text may hold: the speech engine's limit (MAX_SPEECH_TEXT_LENGTH
// of @lantoa/speech, which this package does not import; bulletinInput.text has it too).
const MAX_SPEECH_TEXT_LENGTH = 20_000;

/** POST /api/speech/readiness. */
export const speechReadinessInput = z.object({
  text: text(MAX_SPEECH_TEXT_LENGTH, { multiline: true }),
  /** The body whose pronunciation list applies (with those of the bodies above it). */
  bodyId: z.uuid(),
});

export const speechFindingKind = z.enum(['abbreviation', 'foreign_word', 'address', 'digits', 'symbol']);

export const speechReadiness = z.object({
  /** The text exactly as the engine will be given it. */
  spoken: z.string(),
  findings: z.array(
    z.object({
      kind: speechFindingKind,
      /** [start, end) in the text sent (NFC, trimmed, as the server keeps it), in UTF-16 units. */
      start: z.number().int(),
      end: z.number().int(),
      written: z.string(),
      /** A spoken form to save in the pronunciation list, or null when none can be guessed. */
      suggestion: z.string().nullable(),
    }),
  ),
});
