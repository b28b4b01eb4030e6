// What the training imports' screens decide without a browser: how an import's answer reads (all
// stored, some, none because of errors), and the platform mapping as the server takes it.
// Unit-tested in apps/web/test/training-imports.test.ts.
import type { Audience } from '@lantoa/domain/constants';
import type { CompletionMapping, ImportRowError } from './api.ts';

/**
 * How an import ended, as the dialog says it:
 * - `stored`: every row taken;
 * - `partial`: the good rows stored, the listed rows not (the person asked to keep the good rows);
 * - `refused`: rows had errors, so nothing was stored: fix the file and send it again;
 * - `noGoodRows`: the good rows were to be kept, but no row was good;
 * - `empty`: no error and nothing to store (a file with only its header).
 */
export type ImportOutcome = 'stored' | 'partial' | 'refused' | 'noGoodRows' | 'empty';

/** `taken`: the rows (or communes) the server stored or found already recorded. */
export function importOutcome(
  answer: { taken: number; errors: readonly ImportRowError[] },
  keepGoodRows: boolean,
): ImportOutcome {
  if (answer.errors.length === 0) return answer.taken > 0 ? 'stored' : 'empty';
  if (answer.taken > 0) return 'partial';
  return keepGoodRows ? 'noGoodRows' : 'refused';
}

/** Whether the dialog offers to send a corrected file: only when nothing was stored, so no row goes in twice. */
export const maySendAgain = (outcome: ImportOutcome) => outcome !== 'stored' && outcome !== 'partial';

/** The rows with an error (a row may have several). */
export const rowsWithErrors = (errors: readonly ImportRowError[]) => new Set(errors.map((e) => e.row)).size;

/** The mapping form as typed. */
export interface MappingValues {
  body?: string | undefined;
  count?: string | undefined;
  code?: string | undefined;
  audience: Audience;
}

/**
 * The mapping the server takes: headers trimmed (a space copied from Excel would miss the column),
 * no code column when none is typed.
 */
export function completionMappingOf(values: MappingValues): CompletionMapping {
  const code = values.code?.trim();
  return {
    body: values.body?.trim() ?? '',
    count: values.count?.trim() ?? '',
    audience: values.audience,
    ...(code ? { code } : {}),
  };
}

/** The audience the form starts with: citizens when the course has them (platforms count citizens), else its first. */
export function defaultCompletionAudience(audiences: readonly Audience[]): Audience | undefined {
  return audiences.includes('citizens') ? 'citizens' : audiences[0];
}

/**
 * The column an error names, as the person knows it: the header of the mapped column, the
 * template's header, or the field as the server wrote it.
 */
export function errorColumn(field: string, headers: Readonly<Record<string, string | undefined>>): string {
  return (Object.hasOwn(headers, field) && headers[field]) || field;
}
