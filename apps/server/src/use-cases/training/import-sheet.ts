import { foldVietnamese } from '@lantoa/domain';
import { AppError } from '../../http/errors.ts';
import { type PlainCell, readUploadedWorkbook } from '../files/read-uploaded-workbook.ts';
import type { UploadedFile } from '../files/store-file.ts';

// The pieces the training imports share (a roster, who attended, a platform's completions): a sheet
// whose columns are found by their headers, as people retype them, and the per-row error list.

/** A row that could not be taken, said in Vietnamese: Excel's row number, the field, what to fix. */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

/** A header or a name as compared: folded, letters and digits only ("Thôn/Tổ dân phố" → "thon to dan pho"). */
export const foldedKey = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// Control and bidirectional-override characters are never kept from a cell (a name is shown in lists
// and certificates); line breaks typed with Alt+Enter become spaces.
const UNPRINTABLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** A cell as one line of text, NFC, trimmed ('' when empty). */
export const cellText = (value: PlainCell | undefined): string =>
  value === null || value === undefined
    ? ''
    : String(value).toWellFormed().normalize('NFC').replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();

/**
 * A phone number as a cell holds it: a column typed as a number loses the leading 0 (912345678),
 * which is put back so the number reads as people wrote it.
 */
export const cellPhone = (value: PlainCell | undefined): string => {
  if (typeof value === 'number' && Number.isInteger(value) && String(value).length === 9) return `0${value}`;
  return cellText(value);
};

/** How far down the header row is looked for: a platform's export often has a title above it. */
const HEADER_SEARCH_ROWS = 10;

export interface ImportSheet<F extends string> {
  /** The rows below the header with something in a column that is read. */
  rows: { number: number; cells: PlainCell[] }[];
  /** The cell of a row under a field's column (undefined when the sheet has no such column). */
  cell(cells: PlainCell[], field: F): PlainCell | undefined;
  /** Whether the sheet has the field's column. */
  has(field: F): boolean;
}

/**
 * The first sheet (or `sheetName`) of an uploaded .xlsx, checked by @lantoa/media and read in a
 * worker (readUploadedWorkbook), with each field's column found by its header: the first of the top
 * rows that holds every required header, compared folded (diacritics, case, spacing and punctuation
 * ignored). A file without them is refused with `notTemplate`; one with more than `maxRows` rows
 * below the header, with a message saying so.
 */
export async function readImportSheet<F extends string>(
  file: UploadedFile,
  options: {
    headers: Record<F, readonly string[]>;
    required: readonly NoInfer<F>[];
    notTemplate: string;
    maxRows: number;
    /** The rows' description in the "too many rows" message ("người", "dòng"). */
    rowsLabel: string;
    columns: number;
    sheetName?: string;
  },
): Promise<ImportSheet<F>> {
  const sheet = await readUploadedWorkbook(file.bytes, {
    name: file.name,
    columns: options.columns,
    // A few rows of title and header, and the template's second sheet, beside the rows themselves.
    maxRows: options.maxRows + HEADER_SEARCH_ROWS + 20,
    ...(options.sheetName ? { sheetName: options.sheetName } : {}),
  });
  const fields = Object.keys(options.headers) as F[];
  const accepted = new Map(fields.map((f) => [f, new Set(options.headers[f].map(foldedKey))]));
  let header: { number: number; columns: Map<F, number> } | undefined;
  for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns = new Map<F, number>();
    row.cells.forEach((value, index) => {
      const key = foldedKey(cellText(value));
      const field = fields.find((f) => accepted.get(f)?.has(key));
      if (field && !columns.has(field)) columns.set(field, index);
    });
    if (options.required.every((f) => columns.has(f))) {
      header = { number: row.number, columns };
      break;
    }
  }
  if (!header) throw new AppError('invalid_input', options.notTemplate, 'file');
  const read = [...header.columns.values()];
  const headerRow = header.number;
  const rows = sheet.rows.filter(
    (r) => r.number > headerRow && read.some((i) => cellText(r.cells[i]) !== ''),
  );
  if (rows.length > options.maxRows) {
    throw new AppError(
      'invalid_input',
      `Tệp có quá nhiều dòng (tối đa ${options.maxRows.toLocaleString('vi-VN')} ${options.rowsLabel}). Hãy chia thành nhiều tệp rồi nhập lần lượt.`,
      'file',
    );
  }
  const columns = header.columns;
  return {
    rows,
    cell: (cells, field) => {
      const index = columns.get(field);
      return index === undefined ? undefined : cells[index];
    },
    has: (field) => columns.has(field),
  };
}

/** Errors in the order of the file, a row's in the order found. */
export const byRow = (errors: RowError[]) => errors.sort((a, b) => a.row - b.row);
