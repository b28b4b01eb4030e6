// All values of a consolidated report as an Excel workbook: one sheet per table, header row bold and
// frozen, with an autofilter, so a coordinator can sort and check the figures.
import ExcelJS from 'exceljs';

export interface ValuesColumn {
  key: string;
  /** Vietnamese column header. */
  header: string;
  /** In characters, as Excel measures column width. */
  width?: number;
  /**
   * Excel number format, e.g. '#,##0' or '0.0%'. Excel shows the separators of the reader's locale,
   * so a Vietnamese Excel prints 1.234,5 from the same format.
   */
  numFmt?: string;
}

export interface ValuesSheet {
  title: string;
  columns: ValuesColumn[];
  rows: Record<string, string | number | null>[];
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

const text = (v: string | number | null | undefined): string | number | null =>
  typeof v === 'string' ? v.normalize('NFC') : (v ?? null);

export async function buildValuesXlsx(sheets: ValuesSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lan Tỏa';
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheetName(sheet.title, taken), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    });
    ws.columns = sheet.columns.map((c) => ({
      key: c.key,
      header: c.header.normalize('NFC'),
      width: c.width ?? Math.min(60, Math.max(10, c.header.length + 2)),
    }));
    for (const row of sheet.rows) {
      const added = ws.addRow(Object.fromEntries(sheet.columns.map((c) => [c.key, text(row[c.key])])));
      sheet.columns.forEach((c, i) => {
        if (c.numFmt) added.getCell(i + 1).numFmt = c.numFmt;
      });
    }
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    if (sheet.columns.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
  }
  // An empty workbook is not a valid file for Excel: keep one sheet.
  if (sheets.length === 0) wb.addWorksheet('Trang 1');
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
