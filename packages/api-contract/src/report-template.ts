// The Excel template of a period: many bodies' values entered at once, then uploaded.
import { z } from 'zod';
import { fileResponse, MEDIA_TYPES } from './uploads.ts';

/** POST /api/periods/:id/template: the rows saved, and what was wrong with the others. */
export const templateImport = z.object({
  saved: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
  /** Bodies left out because their report is no longer editable. */
  skipped: z.number().int(),
});

/** GET /api/periods/:id/template.xlsx: to enter many bodies' values at once. */
export const templateWorkbook = fileResponse('The template as .xlsx', [MEDIA_TYPES.xlsx]);
