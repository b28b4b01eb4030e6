import {
  SheetImportModal,
  type SheetImportModalProps,
  type SheetImportTexts,
} from '../../shared/SheetImportModal.tsx';
import type { SheetRowError } from '../../shared/sheetImport.ts';

/** The training imports' words (the register's import says them too, with its own outcomes). */
export const TRAINING_IMPORT_TEXTS: SheetImportTexts = {
  send: 'training.import.send',
  sendAgain: 'training.import.sendAgain',
  close: 'training.import.close',
  file: 'training.import.file',
  fileHint: 'training.import.fileHint',
  drop: 'training.import.drop',
  fileRequired: 'training.import.fileRequired',
  keepGoodRows: { label: 'training.import.keepGoodRows', hint: 'training.import.keepGoodRowsHint' },
  errorsTitle: 'training.import.errorsTitle',
  row: 'training.import.row',
  column: 'training.import.column',
  message: 'training.import.message',
  fileColumn: 'training.import.fileColumn',
  outcomes: {
    partial: { next: 'training.import.partial' },
    refused: { title: 'training.import.refused', next: 'training.import.refusedHint' },
    noGoodRows: { title: 'training.import.noGoodRows', next: 'training.import.noGoodRowsHint' },
    empty: { title: 'training.import.empty', next: 'training.import.emptyHint' },
  },
};

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
