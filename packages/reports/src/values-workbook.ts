// Tables as an Excel workbook (a period's values, its entry template, a quiz round's results): one
// sheet per table, the header row bold and frozen with an autofilter, so a coordinator can sort and
// check the figures, and each sheet set up to print on A4 (fitted to the page's width, the header
// row repeated on every page, the subject at the top). Text is only ever written as text: a name or
// note beginning with "=" or "@" stays a string, never a formula; the only formulas are the ones a
// caller builds with `formula` (a rate from the cells of its row).
import ExcelJS from 'exceljs';

export interface ValuesColumn {
  key: string;
  /** Vietnamese column header. */
  header: string;
  /** In characters, as Excel measures column width. */
  width?: number;
  /**
   * Excel number format, e.g. '#,##0', '0.0%' or 'dd/mm/yyyy'. Excel shows the separators of the
   * reader's locale, so a Vietnamese Excel prints 1.234,5 from the same format.
   */
  numFmt?: string;
  /**
   * The format of a number with decimals in a column of whole numbers, so that 12.5 shows as 12.5
   * and not, rounded by '#,##0', as 13.
   */
  fractionNumFmt?: string;
  /** Long text (a full indicator name) wraps within the column instead of being cut off. */
  wrap?: boolean;
  /** Written by the application, not to be changed (ids, names): greyed, and locked when protected. */
  readOnly?: boolean;
  /** Kept in the file for the application (ids), out of the way of the person filling it in. */
  hidden?: boolean;
  /**
   * Excel itself refuses anything but a whole number ≥ 0 typed in the column (a pasted value gets
   * past it: the server checks again).
   */
  wholeNumber?: boolean;
}

/**
 * A formula over cells of its own row (`ref(key)` is the address of that column's cell), with its
 * result: a rate as numerator / denominator of the row, exact, where a stored, rounded rate would not be.
 */
export interface ValuesFormula {
  formula: (ref: (key: string) => string) => string;
  /** What the cell shows before Excel recalculates (and what a reader that never does shows). */
  result: number | string | null;
}

export type ValuesCell = string | number | Date | ValuesFormula | null;

export interface ValuesSheet {
  title: string;
  columns: ValuesColumn[];
  rows: Record<string, ValuesCell | undefined>[];
  /** Rows under the table after a blank row, in bold: totals, kept out of its filter and sort. */
  totals?: Record<string, ValuesCell | undefined>[];
  /** Lines under everything after a blank row: what the figures are (plan and period, contest and round). */
  notes?: string[];
  /** Printed at the top of every page: the subject of the table. */
  pageTitle?: string;
  /**
   * Only the columns that are not `readOnly` can be changed. No password: whoever really needs to
   * can lift it (Review → Unprotect Sheet); it is a guard against slips, not a lock.
   */
  protect?: boolean;
}

/** Excel refuses sheet names longer than 31 characters, containing []:*?/\ or used twice. */
function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .normalize('NFC')
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31)
      .trim() || 'Trang';
  let name = base;
  for (let i = 2; taken.has(name.toLocaleLowerCase('vi-VN')); i++) {
    const suffix = ` (${i})`;
    name = base.slice(0, 31 - suffix.length).trim() + suffix;
  }
  taken.add(name.toLocaleLowerCase('vi-VN'));
  return name;
}

// One font everywhere, named: a style that only says "bold" leaves the family to the reader, and
// LibreOffice then draws the header in a serif fallback beside sans-serif data.
const FONT = { name: 'Calibri', family: 2, size: 11 } as const;
const GREY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } };
const GREY_TEXT = { argb: 'FF595959' };
const THIN: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
/** Past this many characters of visible columns, a page is turned sideways (A4 portrait holds ~95). */
const PORTRAIT_WIDTH = 95;
/** Excel refuses a page header longer than 255 characters; codes and escapes take a few. */
const MAX_PAGE_TITLE = 200;

/** Characters of ordinary Vietnamese text a column holds per line, per unit of width (a '0' wide). */
const CHARS_PER_WIDTH = 1.15;
/** Calibri 11's line, in points. */
const LINE_HEIGHT = 15;

/**
 * The lines a wrapped text takes in a column, words kept whole. Readers do not agree on fitting a
 * row to its wrapped text (LibreOffice draws the lines over the next rows, Excel only refits an
 * edited row), so the row's height is written, from this.
 */
function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= room) line = needed;
      else {
        lines += line === 0 ? 0 : 1;
        lines += Math.floor(Math.max(0, word.length - 1) / room);
        line = word.length % room || room;
      }
    }
  }
  return lines;
}

/** The height of a row whose wrapped cells need more than one line; undefined when one line is enough. */
function rowHeight(ws: ExcelJS.Worksheet, columns: ValuesColumn[], row: ExcelJS.Row, wrapAll: boolean) {
  let lines = 1;
  columns.forEach((c, i) => {
    if (c.hidden || !(c.wrap || wrapAll)) return;
    const value = row.getCell(i + 1).value;
    if (typeof value !== 'string') return;
    lines = Math.max(lines, wrappedLines(value, ws.getColumn(i + 1).width ?? 10));
  });
  return lines > 1 ? lines * LINE_HEIGHT : undefined;
}

const isFormula = (v: ValuesCell | undefined): v is ValuesFormula =>
  typeof v === 'object' && v !== null && !(v instanceof Date);

/** Text in the page header: '&' starts a code there, so it is doubled. */
const headerText = (text: string) => {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const cut = flat.length > MAX_PAGE_TITLE ? `${flat.slice(0, MAX_PAGE_TITLE - 1)}…` : flat;
  return cut.replace(/&/g, '&&');
};

function writeRow(
  ws: ExcelJS.Worksheet,
  columns: ValuesColumn[],
  values: Record<string, ValuesCell | undefined>,
  bold: boolean,
): ExcelJS.Row {
  const row = ws.addRow([]);
  const ref = (key: string) => {
    const at = columns.findIndex((c) => c.key === key);
    const letter = at < 0 ? undefined : ws.getColumn(at + 1).letter;
    if (!letter) throw new Error(`No column ${key} in the sheet`);
    return `${letter}${row.number}`;
  };
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    const v = values[c.key];
    if (isFormula(v)) {
      cell.value = { formula: v.formula(ref), result: v.result ?? '' } as ExcelJS.CellFormulaValue;
    } else if (typeof v === 'string') {
      // A string cell is text whatever it begins with ("=HYPERLINK(…)" included): ExcelJS writes
      // only a { formula } value as a formula.
      cell.value = v.normalize('NFC');
    } else {
      cell.value = v ?? null;
    }
    const number = typeof v === 'number' ? v : isFormula(v) && typeof v.result === 'number' ? v.result : null;
    const fmt =
      number !== null && !Number.isInteger(number) && c.fractionNumFmt ? c.fractionNumFmt : c.numFmt;
    if (fmt) cell.numFmt = fmt;
    cell.font = c.readOnly && !bold ? { ...FONT, color: GREY_TEXT } : { ...FONT, bold };
    cell.alignment = { vertical: 'top', ...(c.wrap ? { wrapText: true } : {}) };
    if (c.readOnly && !bold) cell.fill = GREY_FILL;
    if (!c.readOnly) cell.protection = { locked: false };
  });
  const height = rowHeight(ws, columns, row, false);
  if (height) row.height = height;
  return row;
}

export async function buildValuesXlsx(
  sheets: ValuesSheet[],
  properties: { title?: string } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lan Tỏa';
  if (properties.title) wb.title = properties.title.normalize('NFC');
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheetName(sheet.title, taken), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    });
    ws.columns = sheet.columns.map((c) => ({
      key: c.key,
      width: c.width ?? Math.min(60, Math.max(10, c.header.length + 2)),
      hidden: c.hidden ?? false,
    }));
    const header = ws.getRow(1);
    sheet.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header.normalize('NFC');
      cell.font = { ...FONT, bold: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    const headerHeight = rowHeight(ws, sheet.columns, header, true);
    if (headerHeight) header.height = headerHeight;
    for (const values of sheet.rows) writeRow(ws, sheet.columns, values, false);
    const lastRow = sheet.rows.length + 1;
    if (sheet.columns.length > 0) {
      // Excel extends the filter down to the last row of the table; the blank row under it keeps
      // the totals and notes out of the filter and of a sort through it.
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
    sheet.columns.forEach((c, i) => {
      if (c.wholeNumber && sheet.rows.length > 0) {
        const letter = ws.getColumn(i + 1).letter;
        for (let r = 2; r <= lastRow; r++) {
          ws.getCell(`${letter}${r}`).dataValidation = {
            type: 'whole',
            operator: 'greaterThanOrEqual',
            formulae: [0],
            allowBlank: true,
            showErrorMessage: true,
            errorStyle: 'stop',
            errorTitle: 'Số liệu không hợp lệ',
            error:
              'Hãy nhập số nguyên từ 0 trở lên, không có dấu chấm hay dấu phẩy (ví dụ 1250). Để trống nếu không có số liệu.',
          };
        }
      }
    });
    if (sheet.totals?.length) {
      ws.addRow([]);
      for (const values of sheet.totals) {
        const row = writeRow(ws, sheet.columns, values, true);
        row.eachCell({ includeEmpty: true }, (cell) => {
          cell.border = { top: { style: 'thin' } };
        });
      }
    }
    if (sheet.notes?.length) {
      ws.addRow([]);
      for (const note of sheet.notes) {
        const row = ws.addRow([note.normalize('NFC')]);
        row.getCell(1).font = { ...FONT, italic: true };
      }
    }
    const visibleWidth = sheet.columns.reduce(
      (sum, c, i) => sum + (c.hidden ? 0 : (ws.getColumn(i + 1).width ?? 10)),
      0,
    );
    ws.pageSetup = {
      paperSize: 9, // A4
      orientation: visibleWidth > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as the rows need
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      printTitlesRow: '1:1',
    };
    ws.headerFooter = {
      ...(sheet.pageTitle ? { oddHeader: `&C&"Calibri,Bold"&11${headerText(sheet.pageTitle)}` } : {}),
      oddFooter: '&C&"Calibri,Regular"&9Trang &P/&N',
    };
    if (sheet.protect) {
      await ws.protect('', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
        autoFilter: true,
        sort: true,
      });
    }
  }
  // An empty workbook is not a valid file for Excel: keep one sheet.
  if (sheets.length === 0) wb.addWorksheet('Trang 1');
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
