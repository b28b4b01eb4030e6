// What every Excel import decides without a browser: what is sent (the file, and whether to keep the
// good rows of a file with errors), how the server's answer reads (all stored, some, none), and the
// column an error names. The dialog around it is SheetImportModal.tsx.
// Unit-tested in apps/web/test/sheet-import.test.ts.
import type { sheetImportResult } from '@lantoa/api-contract/outputs';
import type { keepGoodRowsField } from '@lantoa/api-contract/training-imports';
import type { z } from 'zod';

/** The answer of the register's and the network's imports: rows added, updated, already there, refused. */
export type SheetImportResult = z.output<typeof sheetImportResult>;

/** A row the server did not take, and why; `field` names the column (null: the file's). */
export type SheetRowError = SheetImportResult['errors'][number];

/** What every import sends: whether to keep the good rows of a file with errors, and the file. */
export interface SheetUpload {
  keepGoodRows: boolean;
  file: File;
}

/** An import's multipart body: the text fields first, then the file, as the server reads them in order. */
export function sheetUploadForm({ keepGoodRows, file }: SheetUpload, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const keep: z.input<typeof keepGoodRowsField> = keepGoodRows ? 'true' : 'false';
  form.append('keepGoodRows', keep);
  form.append('file', file, file.name);
  return form;
}

/**
 * How an import ended, as the dialog says it:
 * - `stored`: every row taken (added, updated or already there);
 * - `partial`: the good rows stored, the listed rows not (the person asked to keep the good rows);
 * - `refused`: rows had errors, so nothing was stored: fix the file and send it again;
 * - `noGoodRows`: the good rows were to be kept, but no row was good;
 * - `empty`: no error and nothing to store (a file with only its header).
 */
export type ImportOutcome = 'stored' | 'partial' | 'refused' | 'noGoodRows' | 'empty';

/** `taken`: the rows (or communes) the server stored or found already recorded. */
export function importOutcome(
  answer: { taken: number; errors: readonly SheetRowError[] },
  keepGoodRows: boolean,
): ImportOutcome {
  if (answer.errors.length === 0) return answer.taken > 0 ? 'stored' : 'empty';
  if (answer.taken > 0) return 'partial';
  return keepGoodRows ? 'noGoodRows' : 'refused';
}

/** Whether the dialog offers to send a corrected file: only when nothing was stored, so no row goes in twice. */
export const maySendAgain = (outcome: ImportOutcome) => outcome !== 'stored' && outcome !== 'partial';

/** The rows with an error (a row may have several). */
export const rowsWithErrors = (errors: readonly SheetRowError[]) => new Set(errors.map((e) => e.row)).size;

/**
 * The column an error names, as the person knows it: the header of the mapped column, the
 * template's header, or the field as the server wrote it; an error naming no field is the file's.
 */
export function errorColumn(
  field: string | null,
  headers: Readonly<Record<string, string | undefined>> & { file: string },
): string {
  const name = field ?? 'file';
  return (Object.hasOwn(headers, name) && headers[name]) || name;
}
