import {
  SheetImportModal,
  type SheetImportModalProps,
  sheetImportTexts,
} from '../../shared/SheetImportModal.tsx';
import type { SheetRowError } from '../../shared/sheetImport.ts';

/** The training imports' words (the register's import says them too, with its own outcomes). */
export const TRAINING_IMPORT_TEXTS = sheetImportTexts('training.import');

type Props<R extends { errors: readonly SheetRowError[] }> = Omit<
  SheetImportModalProps<R>,
  'texts' | 'errorsTestId'
>;

/**
 * An Excel import of the training records (a roster, attendance, a platform's completions), in the
 * training imports' words: the file, whether to keep the good rows of a file with errors, then what
 * was stored and each row's problem.
 */
export function ExcelImportModal<R extends { errors: readonly SheetRowError[] }>(props: Props<R>) {
  return <SheetImportModal<R> {...props} texts={TRAINING_IMPORT_TEXTS} />;
}
