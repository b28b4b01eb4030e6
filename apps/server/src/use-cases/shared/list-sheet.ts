import ExcelJS from 'exceljs';

/** A column of a downloaded list: its key in the rows, its heading, its width, its number format. */
export interface ListColumn {
  key: string;
  header: string;
  width: number;
  numFmt?: string;
}

/** 'YYYY-MM-DD' as the Excel date of that calendar day (ExcelJS writes a Date as its UTC day). */
export const excelDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * A downloaded list (overdue work, a plan's communes) as an .xlsx file of one worksheet: a bold title
 * and its other lines across the columns, a blank line, the bold header row kept in view and filtered
 * on each column, then one row per entry, each cell in its column's number format.
 */
export async function listWorkbook(list: {
  sheet: string;
  columns: readonly ListColumn[];
  title: string[];
  rows: Iterable<Record<string, unknown>>;
}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lan Tỏa';
  const { ws, headerRow } = startListSheet(wb, list.sheet, list.columns, list.title);
  for (const values of list.rows) addListRow(ws, list.columns, values);
  finishListSheet(ws, headerRow, list.columns.length);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The worksheet's title lines, a blank line and the header row; answers the header's row number. */
function startListSheet(wb: ExcelJS.Workbook, name: string, columns: readonly ListColumn[], lines: string[]) {
  const ws = wb.addWorksheet(name);
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  lines.forEach((line, k) => {
    const row = ws.addRow([line.normalize('NFC')]);
    if (k === 0) row.font = { bold: true, size: 14 };
    ws.mergeCells(row.number, 1, row.number, columns.length);
  });
  ws.addRow([]);
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  return { ws, headerRow: header.number };
}

/** A row of the list, each cell in its column's number format. */
function addListRow(ws: ExcelJS.Worksheet, columns: readonly ListColumn[], values: Record<string, unknown>) {
  const row = ws.addRow(values);
  columns.forEach((c, i) => {
    if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
  });
  return row;
}

/** The header row kept in view while scrolling, with a filter on each column. */
function finishListSheet(ws: ExcelJS.Worksheet, headerRow: number, columnCount: number) {
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columnCount } };
}
