// The budget's consolidated tables as an Excel workbook, in the layout a finance department works
// with: one sheet per table ("Theo nguồn", "Theo đơn vị", "Theo nhiệm vụ"), each under a title
// block (the governing body and the department, the title with the year, the plan, "Đơn vị tính:
// đồng"), columns STT, name, Dự toán, Thẩm định, Được giao, Đã chi, Còn lại, a totals row of SUM
// formulas (with their results, for readers that never recalculate), the place and date and the two
// signatures under it; A4 landscape, fitted to the page's width, the header row repeated on every
// page. Amounts are whole đồng in the '#,##0' format: a Vietnamese Excel shows 1.234.567.
import ExcelJS from 'exceljs';

export interface BudgetWorkbookRow {
  name: string;
  estimated: number;
  approved: number;
  allocated: number;
  spent: number;
}

export interface BudgetWorkbookSheet {
  /** The sheet's name (31 characters at most): "Theo nguồn". */
  title: string;
  /** The header of the name column: "Nguồn kinh phí", "Cơ quan, đơn vị", "Nhiệm vụ". */
  nameHeader: string;
  rows: BudgetWorkbookRow[];
}

export interface BudgetWorkbookInput {
  /** The governing body, upper case: "UBND TỈNH TUYÊN QUANG". */
  authority: string;
  /** The body that drew the tables up, upper case: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; empty for none. */
  department: string;
  /** "TỔNG HỢP KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2026": each sheet adds what it is by. */
  title: string;
  /** The plan, cited: "Kế hoạch số 178/KH-UBND ngày 07/5/2026 của UBND tỉnh Tuyên Quang". */
  subtitle: string;
  /** "Tuyên Quang, ngày 03 tháng 12 năm 2026". */
  placeAndDate: string;
  sheets: BudgetWorkbookSheet[];
}

const FONT = { name: 'Times New Roman', family: 1, size: 12 } as const;
const AMOUNT_FORMAT = '#,##0';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } };
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The columns: STT, the name, then the five amounts (their keys in a row). */
const AMOUNTS = [
  { key: 'estimated', header: 'Dự toán' },
  { key: 'approved', header: 'Thẩm định' },
  { key: 'allocated', header: 'Được giao' },
  { key: 'spent', header: 'Đã chi' },
  { key: 'remaining', header: 'Còn lại' },
] as const;
const WIDTHS = [7, 52, 19, 19, 19, 19, 19];
const LAST_COLUMN = WIDTHS.length;
/** The row of the column headers, under the title block. */
export const BUDGET_HEADER_ROW = 7;

/** Excel refuses sheet names longer than 31 characters or containing []:*?/\. */
const sheetName = (title: string) =>
  title
    .normalize('NFC')
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31) || 'Trang';

const letter = (column: number) => String.fromCharCode(64 + column);

/** A line of the title block across `from`…`to`, merged. */
function blockLine(
  ws: ExcelJS.Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
  style: { bold?: boolean; italic?: boolean; size?: number; align: 'left' | 'center' | 'right' },
) {
  if (to > from) ws.mergeCells(row, from, row, to);
  const cell = ws.getCell(row, from);
  cell.value = text.normalize('NFC');
  cell.font = {
    ...FONT,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    size: style.size ?? FONT.size,
  };
  cell.alignment = { horizontal: style.align, vertical: 'middle', wrapText: true };
}

function writeSheet(wb: ExcelJS.Workbook, input: BudgetWorkbookInput, sheet: BudgetWorkbookSheet) {
  const ws = wb.addWorksheet(sheetName(sheet.title), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: BUDGET_HEADER_ROW }],
  });
  ws.columns = WIDTHS.map((width) => ({ width }));

  blockLine(ws, 1, 1, 3, input.authority, { align: 'center' });
  if (input.department) blockLine(ws, 2, 1, 3, input.department, { bold: true, align: 'center' });
  blockLine(ws, 4, 1, LAST_COLUMN, `${input.title} - ${sheet.title.toLocaleUpperCase('vi')}`, {
    bold: true,
    size: 14,
    align: 'center',
  });
  blockLine(ws, 5, 1, LAST_COLUMN, `(${input.subtitle})`, { italic: true, align: 'center' });
  ws.getRow(5).height = 32;
  blockLine(ws, 6, 5, LAST_COLUMN, 'Đơn vị tính: đồng', { italic: true, align: 'right' });

  const header = ws.getRow(BUDGET_HEADER_ROW);
  ['STT', sheet.nameHeader, ...AMOUNTS.map((a) => a.header)].forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text.normalize('NFC');
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 22;

  const first = BUDGET_HEADER_ROW + 1;
  sheet.rows.forEach((values, i) => {
    const row = ws.getRow(first + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = values.name.normalize('NFC');
    row.getCell(3).value = values.estimated;
    row.getCell(4).value = values.approved;
    row.getCell(5).value = values.allocated;
    row.getCell(6).value = values.spent;
    row.getCell(7).value = {
      formula: `E${row.number}-F${row.number}`,
      result: values.allocated - values.spent,
    };
    // A long name (a task's title) wraps: its height is written, readers do not agree on fitting it.
    row.height = Math.max(1, Math.ceil(values.name.length / 55)) * 16 + 2;
  });
  const last = first + sheet.rows.length - 1;
  const totals = ws.getRow(last + 1);
  totals.getCell(2).value = 'Tổng cộng';
  const sum = (key: 'estimated' | 'approved' | 'allocated' | 'spent') =>
    sheet.rows.reduce((total, row) => total + row[key], 0);
  const allocated = sum('allocated');
  const spent = sum('spent');
  [sum('estimated'), sum('approved'), allocated, spent].forEach((result, k) => {
    const column = letter(3 + k);
    totals.getCell(3 + k).value =
      sheet.rows.length > 0 ? { formula: `SUM(${column}${first}:${column}${last})`, result } : 0;
  });
  totals.getCell(7).value = { formula: `E${totals.number}-F${totals.number}`, result: allocated - spent };

  for (let r = first; r <= totals.number; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= LAST_COLUMN; c++) {
      const cell = row.getCell(c);
      cell.font = { ...FONT, bold: r === totals.number };
      cell.border = BOX;
      cell.alignment =
        c === 1
          ? { horizontal: 'center', vertical: 'top' }
          : c === 2
            ? { vertical: 'top', wrapText: true }
            : { horizontal: 'right', vertical: 'top' };
      if (c >= 3) cell.numFmt = AMOUNT_FORMAT;
    }
  }

  const signed = totals.number + 2;
  blockLine(ws, signed, 5, LAST_COLUMN, input.placeAndDate, { italic: true, align: 'center' });
  blockLine(ws, signed + 1, 1, 2, 'NGƯỜI LẬP BIỂU', { bold: true, align: 'center' });
  blockLine(ws, signed + 1, 5, LAST_COLUMN, 'THỦ TRƯỞNG ĐƠN VỊ', { bold: true, align: 'center' });
  blockLine(ws, signed + 2, 1, 2, '(Ký, ghi rõ họ tên)', { italic: true, align: 'center' });
  blockLine(ws, signed + 2, 5, LAST_COLUMN, '(Ký, ghi rõ họ tên, đóng dấu)', {
    italic: true,
    align: 'center',
  });

  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as the rows need
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${BUDGET_HEADER_ROW}:${BUDGET_HEADER_ROW}`,
  };
  ws.headerFooter = { oddFooter: '&C&"Times New Roman,Regular"&10Trang &P/&N' };
}

/** Builds the workbook; an empty list of sheets still gives a valid file (one empty sheet). */
export async function buildBudgetWorkbook(input: BudgetWorkbookInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lan Tỏa';
  wb.title = input.title.normalize('NFC');
  // Figures are written with their formulas' results, but a result of 0 is not kept by ExcelJS:
  // the reader recalculates on opening.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of input.sheets) writeSheet(wb, input, sheet);
  if (input.sheets.length === 0) wb.addWorksheet('Trang 1');
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
