// The Excel template of a period: many bodies' values entered at once, then uploaded.
import { REPORT_STATUSES } from '@lantoa/domain/constants';
import { z } from 'zod';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

/** A row of the file that saved nothing, said as the person sees the file. */
const templateRowError = z.object({
  /** The row number as Excel shows it. */
  row: z.number().int(),
  /** The cell, e.g. 'E115'. */
  cell: z.string(),
  /** The column's heading in the template, e.g. 'Tử số / Số lượng' or 'Mã đơn vị (không sửa)'. */
  column: z.string(),
  /** The same column as a key, for programs (not to be shown). */
  field: z.enum(['bodyId', 'body', 'indicatorId', 'indicator', 'numerator', 'denominator', 'note', 'marker']),
  /** The body the row is about; as the row writes it when its id is none of the plan's; null if blank. */
  bodyName: z.string().nullable(),
  /** Vietnamese: what is wrong and what to do. */
  message: z.string(),
});

/** A body whose report is already in (submitted or accepted): its rows were left as they are. */
const templateSkippedBody = z.object({
  bodyId: z.string(),
  bodyName: z.string(),
  status: z.enum(REPORT_STATUSES),
  /** Rows whose figures or note differ from the report: what the file would have changed. */
  changedRows: z.array(z.number().int()),
  /** Vietnamese: that the report is in, what was not saved, and what to do. */
  message: z.string(),
});

/** POST /api/periods/:id/template: the values saved, and what was wrong with the other rows. */
export const templateImport = z.object({
  /** Values written or cleared. */
  saved: z.number().int(),
  /** Rows as the report already held them: nothing written. */
  unchanged: z.number().int(),
  errors: z.array(templateRowError),
  /** How many bodies were left out because their report is no longer editable. */
  skipped: z.number().int(),
  /** Those bodies, once each, by name. */
  skippedBodies: z.array(templateSkippedBody),
});

/** GET /api/periods/:id/template.xlsx: to enter many bodies' values at once. */
export const templateWorkbook = fileResponse('The template as .xlsx', [MEDIA_TYPES.xlsx]);
