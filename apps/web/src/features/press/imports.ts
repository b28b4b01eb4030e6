// How an Excel import's answer reads, decided without a browser.
import type { SheetImportResult } from './api.ts';

/**
 * - `stored`: every row taken (added, updated or already there);
 * - `partial`: the good rows stored, the listed rows not (the person asked to keep the good rows);
 * - `refused`: rows had errors, so nothing was stored: fix the file and send it again;
 * - `noGoodRows`: the good rows were to be kept, but no row was good;
 * - `empty`: no error and nothing to store (a file with only its header).
 */
export type ImportOutcome = 'stored' | 'partial' | 'refused' | 'noGoodRows' | 'empty';

export function importOutcome(answer: SheetImportResult, keepGoodRows: boolean): ImportOutcome {
  const taken = answer.created + answer.updated + answer.duplicates;
  if (answer.errors.length === 0) return taken > 0 ? 'stored' : 'empty';
  if (taken > 0) return 'partial';
  return keepGoodRows ? 'noGoodRows' : 'refused';
}

/** Whether the dialog offers to send a corrected file: only when nothing was stored, so no row goes in twice. */
export const maySendAgain = (outcome: ImportOutcome) => outcome !== 'stored' && outcome !== 'partial';

/** The rows with an error (a row may have several). */
export const rowsWithErrors = (errors: SheetImportResult['errors']) => new Set(errors.map((e) => e.row)).size;
