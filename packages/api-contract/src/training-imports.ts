// The training records imported from Excel: a body's roster, who attended a course, and a learning
// platform's completions per commune. Each answers what it stored and every row it could not take.
// Uploads are multipart: the fields below come before the file.
import { z } from 'zod';
import { bodyBrief } from './common.ts';
import { text } from './text-field.ts';
import { audience } from './training.ts';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

/** A row that was not taken: its number as Excel shows it, the field, what to fix (Vietnamese). */
export const importRowError = z.object({ row: z.number().int(), field: z.string(), message: z.string() });

/**
 * The multipart field `keepGoodRows`: "true" stores the good rows of a file with errors, "false"
 * (the default) stores nothing from it.
 */
export const keepGoodRowsField = z.enum(['true', 'false']).default('false');

/** GET /api/roster-template.xlsx. */
export const rosterTemplateWorkbook = fileResponse(
  'The empty roster template: the headers, and the audiences’ names on a second sheet',
  [MEDIA_TYPES.xlsx],
);

/** POST /api/bodies/:id/roster/import. */
export const rosterImport = z.object({
  imported: z.number().int(),
  errors: z.array(importRowError),
});

/** POST /api/courses/:id/attendance/import. */
export const attendanceImport = z.object({
  /** Participants marked present by this file. */
  imported: z.number().int(),
  /** Participants of the file who were present already (counted once). */
  alreadyPresent: z.number().int(),
  errors: z.array(importRowError),
});

/**
 * The multipart field `mapping` of POST /api/courses/:id/counts/import, as JSON: the headers of the
 * export's columns (the commune's name, the completed count, optionally an administrative code) and
 * the audience counted.
 */
export const completionMapping = z.object({
  body: text(200),
  count: text(200),
  audience,
  code: text(200).optional(),
});

/** POST /api/courses/:id/counts/import. */
export const completionsImport = z.object({
  /** Rows added into the communes' counts. */
  imported: z.number().int(),
  /** Each commune's count as recorded (replacing an earlier one), and from how many rows. */
  communes: z.array(z.object({ body: bodyBrief, attended: z.number().int(), rows: z.number().int() })),
  errors: z.array(importRowError),
});
