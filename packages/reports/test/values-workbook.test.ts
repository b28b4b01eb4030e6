import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildValuesXlsx, type ValuesSheet } from '../src/index.ts';

const sheets: ValuesSheet[] = [
  {
    title: 'Chỉ tiêu',
    columns: [
      { key: 'body', header: 'Cơ quan, đơn vị', width: 40 },
      { key: 'indicator', header: 'Chỉ tiêu', width: 50 },
      { key: 'numerator', header: 'Tử số', numFmt: '#,##0' },
      { key: 'denominator', header: 'Mẫu số', numFmt: '#,##0' },
      { key: 'rate', header: 'Tỷ lệ', numFmt: '0.0%' },
    ],
    rows: [
      {
        body: 'UBND xã Hòa An',
        indicator: 'Tỷ lệ người dân được tiếp cận thông tin',
        numerator: 12_345,
        denominator: 15_000,
        rate: 0.823,
      },
      {
        body: 'Sở Văn hóa, Thể thao và Du lịch'.normalize('NFD'),
        indicator: 'Tỷ lệ cán bộ được tập huấn',
        numerator: 84,
        denominator: null,
        rate: null,
      },
    ],
  },
  {
    title: 'Nhiệm vụ: tiến độ / kỳ 6 tháng cuối năm 2026 [tổng hợp]',
    columns: [
      { key: 'task', header: 'Nhiệm vụ' },
      { key: 'state', header: 'Tình trạng' },
    ],
    rows: [{ task: 'Tổ chức Ngày hội đổi mới sáng tạo', state: 'Hoàn thành đúng hạn' }],
  },
  { title: 'Chỉ tiêu', columns: [{ key: 'x', header: 'X' }], rows: [] },
];

let wb: ExcelJS.Workbook;

beforeAll(async () => {
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildValuesXlsx(sheets)).buffer as ArrayBuffer);
});

describe('the values workbook', () => {
  it('has one sheet per table, with names Excel accepts', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toHaveLength(3);
    expect(names[0]).toBe('Chỉ tiêu');
    expect(names[1]).not.toMatch(/[[\]:*?/\\]/);
    expect(names[1]?.length).toBeLessThanOrEqual(31);
    expect(names[2]).toBe('Chỉ tiêu (2)');
  });

  it('writes a bold, frozen header row with an autofilter', () => {
    const ws = wb.getWorksheet('Chỉ tiêu');
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Cơ quan, đơn vị',
      'Chỉ tiêu',
      'Tử số',
      'Mẫu số',
      'Tỷ lệ',
    ]);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:E1');
    expect(ws.getColumn(1).width).toBe(40);
  });

  it('keeps numbers as numbers with their formats, empty cells empty and text in NFC', () => {
    const ws = wb.getWorksheet('Chỉ tiêu');
    if (!ws) throw new Error('no sheet');
    const r2 = ws.getRow(2);
    expect(r2.getCell(3).value).toBe(12_345);
    expect(r2.getCell(3).numFmt).toBe('#,##0');
    expect(r2.getCell(5).value).toBe(0.823);
    expect(r2.getCell(5).numFmt).toBe('0.0%');
    const r3 = ws.getRow(3);
    expect(r3.getCell(1).value).toBe('Sở Văn hóa, Thể thao và Du lịch'.normalize('NFC'));
    expect(r3.getCell(4).value).toBeNull();
    expect(ws.rowCount).toBe(3);
  });
});
