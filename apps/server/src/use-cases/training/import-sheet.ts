import { optionalWebLink } from '@lantoa/api-contract/outputs';
import { dateField } from '@lantoa/api-contract/request-fields';
import { foldVietnamese } from '@lantoa/domain';
import { AppError } from '../../http/errors.ts';
import { type PlainCell, readUploadedWorkbook } from '../files/read-uploaded-workbook.ts';
import type { UploadedFile } from '../files/store-file.ts';

// The pieces every Excel import shares (training's roster, attendance and completions; the
// communication network; the outputs register): a sheet whose columns are found by their headers, as
// people retype them, its cells read as people write them, and the per-row error list.

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

/** How a date is asked for, after a day that could not be read. */
export const DATE_HINT = 'Hãy ghi ngày theo dạng dd/mm/yyyy (ví dụ 20/08/2026).';

/**
 * A date as a cell holds it: text dd/mm/yyyy (or d-m-yyyy, yyyy-mm-dd), a date cell (read as its
 * day: ExcelJS gives the day at midnight UTC, which the worker writes out as text), or the day
 * number of a cell left unformatted. null when empty; 'bad' when it is not a real calendar day.
 */
export function cellDate(value: PlainCell | undefined): string | null | 'bad' {
  if (typeof value === 'number') {
    // Excel counts days from 30/12/1899; 20,000–80,000 is 1954–2119, anything else is not a date.
    if (!Number.isInteger(value) || value < 20_000 || value > 80_000) return 'bad';
    return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
  }
  const text = cellText(value);
  if (!text) return null;
  let iso: string | undefined;
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (vietnamese) {
    const [, day = '', month = '', year = ''] = vietnamese;
    iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) iso = text;
  else if (/GMT[+-]\d{4}/.test(text) && !Number.isNaN(Date.parse(text)))
    iso = new Date(Date.parse(text)).toISOString().slice(0, 10);
  // The form's rule: a day that exists, in 1900–2100.
  return iso && dateField.safeParse(iso).success ? iso : 'bad';
}

const YES = new Set(['co', 'x', 'dong y', 'da dong y', 'yes', 'y', 'true', '1', 'dung']);
const NO = new Set(['', 'khong', 'chua', 'no', 'n', 'false', '0', 'sai']);

/** A Có/Không cell (also x, 1/0, a checkbox's TRUE/FALSE); empty is "no", anything else 'bad'. */
function cellYesNo(value: PlainCell | undefined): boolean | 'bad' {
  if (typeof value === 'boolean') return value;
  const key = foldedKey(cellText(value));
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return 'bad';
}

/** Topics written in one cell, separated by ";". */
const cellTopics = (value: PlainCell | undefined): string[] =>
  cellText(value)
    .split(/[;；]/)
    .map((topic) => topic.trim())
    .filter(Boolean);

/** A closed list whose values a column names in Vietnamese, with the template's sheet that lists them. */
export interface ClosedList<K extends string> {
  /** The value a cell names (its name, one of the other ways people write it, or its code), if any. */
  fromName(text: string): K | null;
  /** The names, in the list's order: the template's drop-down and the messages list them. */
  names: readonly string[];
  /** What a value is called in the messages ("loại", "kênh"). */
  what: string;
  /** The template's sheet that lists the names. */
  sheet: string;
}

/** A closed list read by its names and `variants`, compared folded (diacritics, tone placement, case, punctuation). */
export function closedList<K extends string>(
  names: Record<K, string>,
  variants: Record<K, readonly string[]>,
  how: { what: string; sheet: string },
): ClosedList<K> {
  const byKey = new Map<string, K>();
  for (const value of Object.keys(names) as K[]) {
    for (const name of [names[value], ...variants[value], value]) byKey.set(foldedKey(name), value);
  }
  return {
    fromName: (text) => byKey.get(foldedKey(text)) ?? null,
    names: Object.values<string>(names),
    ...how,
  };
}

/** The form's limits of a list of topics (topicList of the API contract). */
const MAX_TOPICS = 20;
const MAX_TOPIC_LENGTH = 100;

/**
 * A row of a sheet read field by field: each cell that cannot be taken is added to `errors` with its
 * field and what to write instead, in the order the fields are read, so that all of a row's errors
 * are listed at once; `failed` says whether any was.
 */
export function sheetRow<F extends string>(
  sheet: ImportSheet<F>,
  row: { number: number; cells: PlainCell[] },
  errors: RowError[],
) {
  let failed = false;
  const cell = (field: F) => sheet.cell(row.cells, field);
  const text = (field: F) => cellText(cell(field));
  const fail = (field: F, message: string) => {
    failed = true;
    errors.push({ row: row.number, field, message });
  };
  return {
    number: row.number,
    get failed() {
      return failed;
    },
    cell,
    text,
    fail,
    /** The cell's text, at most `max` characters (the database's and the form's limit); `what` names it. */
    shortText(field: F, max: number, what: string): string {
      const value = text(field);
      if (value.length > max) fail(field, `${what} dài quá ${max} ký tự. Hãy rút gọn.`);
      return value;
    },
    /** The value of a closed list the cell names; null when it is empty or names none. */
    pick<K extends string>(field: F, list: ClosedList<K>): K | null {
      const name = text(field);
      const value = list.fromName(name);
      if (!name) fail(field, `Thiếu ${list.what}. Hãy chọn một ${list.what} ở trang "${list.sheet}".`);
      else if (!value)
        fail(field, `Không rõ ${list.what} «${name}». Hãy ghi một trong: ${list.names.join('; ')}.`);
      return value;
    },
    /** A Có/Không column (`header` as the template names it); null when the cell holds something else. */
    yesNo(field: F, header: string): boolean | null {
      const value = cellYesNo(cell(field));
      if (value !== 'bad') return value;
      fail(field, `Cột "${header}" chỉ ghi Có hoặc Không (đang ghi «${text(field)}»).`);
      return null;
    },
    /** A web address, as the form takes it ('' when empty); `what` names it in the message. */
    link(field: F, what: string): string {
      const url = text(field);
      if (!optionalWebLink.safeParse(url).success)
        fail(
          field,
          `${what} «${url}» không hợp lệ: hãy ghi địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://, hoặc để trống.`,
        );
      return url;
    },
    /** The topics of the cell, within the form's limits. */
    topics(field: F): string[] {
      const topics = cellTopics(cell(field));
      if (topics.length > MAX_TOPICS)
        fail(field, `Tối đa ${MAX_TOPICS} chủ đề, cách nhau bằng dấu chấm phẩy (;).`);
      if (topics.some((t) => t.length > MAX_TOPIC_LENGTH))
        fail(
          field,
          `Mỗi chủ đề tối đa ${MAX_TOPIC_LENGTH} ký tự; các chủ đề cách nhau bằng dấu chấm phẩy (;).`,
        );
      return topics;
    },
  };
}
export type SheetRow<F extends string> = ReturnType<typeof sheetRow<F>>;
