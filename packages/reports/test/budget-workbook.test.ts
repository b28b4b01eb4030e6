import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_HEADER_ROW, type BudgetWorkbookInput, buildBudgetWorkbook } from '../src/index.ts';
import { unzip } from './fixtures.ts';

const input: BudgetWorkbookInput = {
  authority: 'UBND TỈNH TUYÊN QUANG',
  department: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  title: 'TỔNG HỢP KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2026',
  subtitle: 'Kế hoạch số 178/KH-UBND ngày 07/5/2026 của UBND tỉnh Tuyên Quang',
  placeAndDate: 'Tuyên Quang, ngày 03 tháng 12 năm 2026',
  sheets: [
    {
      title: 'Theo nguồn',
      nameHeader: 'Nguồn kinh phí',
      rows: [
        {
          name: 'Ngân sách tỉnh',
          estimated: 120_000_000,
          approved: 100_000_000,
          allocated: 90_000_000,
          spent: 15_500_000,
        },
        {
          name: 'Ngân sách xã',
          estimated: 30_000_000,
          approved: 30_000_000,
          allocated: 30_000_000,
          spent: 0,
        },
        { name: 'Xã hội hóa', estimated: 0, approved: 0, allocated: 0, spent: 0 },
      ],
    },
    {
      title: 'Theo đơn vị',
      nameHeader: 'Cơ quan, đơn vị',
      rows: [
        {
          name: 'Xã Hòa An'.normalize('NFD'),
          estimated: 150_000_000,
          approved: 130_000_000,
          allocated: 120_000_000,
          spent: 15_500_000,
        },
      ],
    },
    { title: 'Theo nhiệm vụ', nameHeader: 'Nhiệm vụ', rows: [] },
  ],
};

let wb: ExcelJS.Workbook;
let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await buildBudgetWorkbook(input);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
});

const sheet = (name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};
const resultOf = (value: ExcelJS.CellValue) =>
  typeof value === 'object' && value !== null && 'result' in value ? value.result : value;

describe('the budget’s consolidated tables', () => {
  it('has the three sheets a finance department reads', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Theo nguồn', 'Theo đơn vị', 'Theo nhiệm vụ']);
  });

  it('opens with a title block: the governing body, the department, the year, the plan, the unit', () => {
    const ws = sheet('Theo nguồn');
    expect(ws.getCell('A1').value).toBe('UBND TỈNH TUYÊN QUANG');
    expect(ws.getCell('A2').value).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(ws.getCell('A4').value).toBe('TỔNG HỢP KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2026 - THEO NGUỒN');
    expect(ws.getCell('A4').font?.bold).toBe(true);
    expect(String(ws.getCell('A5').value)).toContain('178/KH-UBND');
    expect(ws.getCell('E6').value).toBe('Đơn vị tính: đồng');
    expect(ws.getRow(BUDGET_HEADER_ROW).values).toEqual([
      undefined,
      'STT',
      'Nguồn kinh phí',
      'Dự toán',
      'Thẩm định',
      'Được giao',
      'Đã chi',
      'Còn lại',
    ]);
  });

  it('writes amounts as numbers in đồng with thousands separators, and what is left as a formula', () => {
    const ws = sheet('Theo nguồn');
    const row = ws.getRow(BUDGET_HEADER_ROW + 1);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(2).value).toBe('Ngân sách tỉnh');
    expect(row.getCell(3).value).toBe(120_000_000);
    expect(row.getCell(3).numFmt).toBe('#,##0');
    expect(row.getCell(7).value).toMatchObject({ formula: 'E8-F8', result: 74_500_000 });
  });

  it('totals every column under the table with SUM formulas and their results', () => {
    const ws = sheet('Theo nguồn');
    const totals = ws.getRow(BUDGET_HEADER_ROW + 4);
    expect(totals.getCell(2).value).toBe('Tổng cộng');
    expect(totals.getCell(2).font?.bold).toBe(true);
    expect(totals.getCell(3).value).toMatchObject({ formula: 'SUM(C8:C10)', result: 150_000_000 });
    expect(resultOf(totals.getCell(4).value)).toBe(130_000_000);
    expect(resultOf(totals.getCell(5).value)).toBe(120_000_000);
    expect(resultOf(totals.getCell(6).value)).toBe(15_500_000);
    expect(resultOf(totals.getCell(7).value)).toBe(104_500_000);
    expect(totals.getCell(7).numFmt).toBe('#,##0');
  });

  it('ends with the place, the date and the two signatures', () => {
    const ws = sheet('Theo nguồn');
    const values = ws
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(values).toContain('Tuyên Quang, ngày 03 tháng 12 năm 2026');
    expect(values).toContain('NGƯỜI LẬP BIỂU');
    expect(values).toContain('THỦ TRƯỞNG ĐƠN VỊ');
  });

  it('prints on A4 landscape, fitted to the width, the header row on every page', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
      expect(ws.pageSetup.printTitlesRow).toBe(`${BUDGET_HEADER_ROW}:${BUDGET_HEADER_ROW}`);
    }
  });

  it('keeps names in NFC and an empty table valid, its totals at zero', () => {
    expect(sheet('Theo đơn vị').getCell(`B${BUDGET_HEADER_ROW + 1}`).value).toBe(
      'Xã Hòa An'.normalize('NFC'),
    );
    const empty = sheet('Theo nhiệm vụ');
    const totals = empty.getRow(BUDGET_HEADER_ROW + 1);
    expect(totals.getCell(2).value).toBe('Tổng cộng');
    expect(totals.getCell(3).value).toBe(0);
    // ExcelJS writes no cached result of 0; the workbook asks readers to recalculate on opening.
    expect(totals.getCell(7).value).toMatchObject({ formula: 'E8-F8' });
    expect(unzip(bytes)['xl/workbook.xml']).toContain('fullCalcOnLoad="1"');
  });
});
