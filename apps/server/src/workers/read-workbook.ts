// Worker task (run through @lantoa/media's runIsolated): loads an uploaded .xlsx with ExcelJS and
// returns one sheet's rows as plain values. ExcelJS builds the whole workbook in memory, so it runs
// here, under a heap cap and a time limit, after @lantoa/media has checked the archive's real size
// and counted its rows.
import ExcelJS from 'exceljs';

export type PlainCell = string | number | boolean | null;

export interface ReadWorkbookInput {
  bytes: Uint8Array;
  /** The sheet to read; the first one when absent or missing. */
  sheetName?: string;
  /** Columns kept per row (A = index 0). */
  columns: number;
}

export interface WorkbookRows {
  /** Rows with something in them, with their 1-based row numbers as Excel shows them. */
  rows: { number: number; cells: PlainCell[] }[];
}

/** A cell as the text or number a person typed: formulas give their result, rich text its text. */
export function plainCell(value: ExcelJS.CellValue): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plainCell((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return String(value);
}

export async function readWorkbook(input: ReadWorkbookInput): Promise<WorkbookRows | null> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(input.bytes as unknown as ArrayBuffer);
  const sheet = (input.sheetName ? book.getWorksheet(input.sheetName) : undefined) ?? book.worksheets[0];
  if (!sheet) return null;
  const rows: WorkbookRows['rows'] = [];
  sheet.eachRow((row, number) => {
    const cells: PlainCell[] = [];
    for (let c = 1; c <= input.columns; c++) cells.push(plainCell(row.getCell(c).value));
    rows.push({ number, cells });
  });
  return { rows };
}
