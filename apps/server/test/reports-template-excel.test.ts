import type { BodyKind } from '@lantoa/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pinClock } from './support/clock.ts';
import { communeIndicators, publishSample } from './support/factories.ts';
import { type Agent, bodyIdByCode, multipart, signedInApp, type TestApp } from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

// "Excel that cannot lie": the period's template says which period and plan it is for and is refused
// by any other; figures are read only when their meaning is certain; errors name the column and the
// body as the person sees them; reports already in are skipped once, not listed as errors; the
// exports print on A4 with dates, totals and exact rates.

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let planTitle: string;
let h2: string;
let otherPeriod: { id: string; label: string };
let hoaAn: string;
let other: string;
let ind: string[];

const H2_LABEL = '6 tháng cuối năm 2026';
const formUrl = (periodId: string, bodyId: string) => `/api/periods/${periodId}/reports/${bodyId}`;

async function saveAndSubmit(agent: Agent, bodyId: string, values: object[]) {
  const saved = await agent.request({
    method: 'PUT',
    url: formUrl(h2, bodyId),
    payload: { values, version: 0 },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await agent.post(`${formUrl(h2, bodyId)}/submit`, { version: saved.json().version });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return submitted.json().version as number;
}

beforeAll(async () => {
  // Inside the data window of the sample plan's second half-year, before its due date (01/12/2026).
  pinClock('2026-11-25T10:00:00+07:00');
  ({ t, coordinator, focal } = await signedInApp({ coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi' }));
  const published = await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt');
  const planId = published.planId;
  planTitle = (
    await t.handle.db.selectFrom('plans').select('title').where('id', '=', planId).executeTakeFirstOrThrow()
  ).title;
  hoaAn = await bodyIdByCode(t.handle, '02353');
  other = await bodyIdByCode(t.handle, '00700');
  const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items as {
    id: string;
    key: string;
    label: string;
  }[];
  h2 = periods.find((p) => p.key === '2026-H2')?.id ?? '';
  const next = periods.find((p) => p.key === '2027-H1') ?? periods.find((p) => p.key === '2026-H1');
  if (!next) throw new Error('no second period');
  otherPeriod = { id: next.id, label: next.label };
  ind = communeIndicators<{ id: string; source: string; measure: string; reportedBy: BodyKind[] }>(
    (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items,
  )
    .filter((i) => i.measure === 'ratio')
    .map((i) => i.id);
  expect(ind.length).toBeGreaterThanOrEqual(4);
  // Hòa An's report accepted, Ngọc Đường's submitted: both are in, neither editable.
  const version = await saveAndSubmit(focal, hoaAn, [
    { indicatorId: ind[0], numerator: 42, denominator: 45 },
    {
      indicatorId: ind[1],
      numerator: 10,
      denominator: 160,
      note: '=HYPERLINK("http://example.invalid","Bấm")',
    },
  ]);
  const accepted = await coordinator.post(`${formUrl(h2, hoaAn)}/accept`, { version });
  expect(accepted.statusCode, accepted.body).toBe(200);
  await saveAndSubmit(coordinator, other, [{ indicatorId: ind[0], numerator: 30, denominator: 60 }]);
});
afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});

async function download(url: string) {
  const res = await coordinator.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return workbookOf(res);
}

const template = (periodId = h2) => download(`/api/periods/${periodId}/template.xlsx`);

/** The template's row of a body and indicator. */
function rowOf(sheet: ExcelJS.Worksheet, bodyId: string, indicatorId: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === bodyId && row.getCell(3).value === indicatorId) found = row;
  });
  if (!found) throw new Error('no such row in the template');
  return found;
}

interface ImportResult {
  saved: number;
  unchanged: number;
  skipped: number;
  errors: {
    row: number;
    cell: string;
    column: string;
    field: string;
    bodyName: string | null;
    message: string;
  }[];
  skippedBodies: {
    bodyId: string;
    bodyName: string;
    status: string;
    changedRows: number[];
    message: string;
  }[];
}

async function upload(book: ExcelJS.Workbook, periodId = h2) {
  const content = new Uint8Array(await book.xlsx.writeBuffer());
  return coordinator.request({
    method: 'POST',
    url: `/api/periods/${periodId}/template`,
    ...multipart({}, { name: 'so-lieu.xlsx', type: 'application/octet-stream', content }),
  });
}

async function imported(book: ExcelJS.Workbook): Promise<ImportResult> {
  const res = await upload(book);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const stored = (periodId: string, bodyId?: string) => {
  let query = t.handle.db
    .selectFrom('indicator_values')
    .select(['indicator_id', 'numerator', 'denominator', 'note'])
    .where('period_id', '=', periodId);
  if (bodyId) query = query.where('body_id', '=', bodyId);
  return query.execute();
};

/** Two bodies of the template other than Hòa An and Ngọc Đường, with their names. */
function freeBodies(sheet: ExcelJS.Worksheet) {
  const bodies = new Map<string, string>();
  sheet.eachRow((row, n) => {
    const id = String(row.getCell(1).value);
    const name = String(row.getCell(2).value);
    // Communes: every indicator taken here (`ind`) is one a commune reports.
    if (n > 1 && id !== hoaAn && id !== other && /^(Xã|Phường) /u.test(name)) bodies.set(id, name);
  });
  const [a, b] = [...bodies];
  if (!a || !b) throw new Error('too few bodies in the template');
  return [
    { id: a[0], name: a[1] },
    { id: b[0], name: b[1] },
  ];
}

describe('the period’s template', () => {
  it('names its period and plan, keeps the ids out of the way and prints on A4', async () => {
    const book = await template();
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe(`Số liệu ${H2_LABEL}`);
    expect(sheet.getRow(1).getCell(5).value).toBe('Tử số / Số lượng');
    expect(String(sheet.getRow(1).getCell(8).value)).toContain(h2);
    expect(sheet.getColumn(8).hidden).toBe(true);
    for (const id of [1, 3]) {
      expect(sheet.getColumn(id).hidden).toBe(true);
      expect(sheet.getColumn(id).width).toBeGreaterThanOrEqual(36);
    }
    expect(book.title).toContain(H2_LABEL);
    expect(sheet.headerFooter.oddHeader).toContain(H2_LABEL);
    expect(sheet.headerFooter.oddHeader).toContain(planTitle.slice(0, 40));
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    expect(sheet.pageSetup.margins?.left).toBeGreaterThan(0);
    // Names greyed and locked under the sheet's protection; figures and note open, whole numbers only.
    const row = rowOf(sheet, hoaAn, ind[0] as string);
    // ExcelJS reads the protection back without typing it.
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(row.getCell(2).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFF2F2F2' } });
    expect(row.getCell(2).protection?.locked).not.toBe(false);
    expect(row.getCell(4).alignment?.wrapText).toBe(true);
    for (const c of [5, 6, 7]) expect(row.getCell(c).protection?.locked).toBe(false);
    expect(row.getCell(5).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
    expect([row.getCell(5).value, row.getCell(6).value]).toEqual([42, 45]);
    // The header's font is named, the same family and size as the data's.
    const headerFont = sheet.getRow(1).getCell(2).font;
    expect(headerFont).toMatchObject({ name: 'Calibri', size: 11, bold: true });
    expect(row.getCell(5).font).toMatchObject({ name: 'Calibri', size: 11 });
  });

  it('is refused by another period, saying which period the file is for, and saves nothing', async () => {
    const book = await template();
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const [free] = freeBodies(sheet);
    const row = rowOf(sheet, free?.id ?? '', ind[0] as string);
    row.getCell(5).value = 5;
    row.getCell(6).value = 10;
    const res = await upload(book, otherPeriod.id);
    expect(res.statusCode).toBe(400);
    const message = res.json().error.message as string;
    expect(message).toContain(`«${H2_LABEL}»`);
    expect(message).toContain(`«${otherPeriod.label}»`);
    expect(message).toMatch(/chưa lưu số liệu nào/);
    expect(message).toMatch(/tải mẫu của kỳ/);
    expect(await stored(otherPeriod.id)).toEqual([]);
    const reports = await t.handle.db
      .selectFrom('reports')
      .select('id')
      .where('period_id', '=', otherPeriod.id)
      .execute();
    expect(reports).toEqual([]);
  });

  it('refuses a template of before, which does not say its period, asking for the new one', async () => {
    const book = await template();
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    sheet.getRow(1).getCell(8).value = null;
    sheet.name = 'Nhập số liệu';
    const res = await upload(book);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/mẫu cũ.*Hãy tải mẫu mới của kỳ «6 tháng cuối năm 2026»/);
  });

  it('uploaded untouched, gives no errors and names once each body whose report is in', async () => {
    const before = await stored(h2);
    const result = await imported(await template());
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ saved: 0, skipped: 2 });
    expect(result.skippedBodies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          bodyId: hoaAn,
          bodyName: 'Xã Hòa An',
          status: 'accepted',
          changedRows: [],
        }),
        expect.objectContaining({ bodyId: other, status: 'submitted', changedRows: [] }),
      ]),
    );
    expect(result.skippedBodies).toHaveLength(2);
    expect(await stored(h2)).toEqual(before);
  });

  it('skips a changed row of an accepted report, naming it in the body’s entry, not as an error', async () => {
    const book = await template();
    const row = rowOf(book.worksheets[0] as ExcelJS.Worksheet, hoaAn, ind[0] as string);
    row.getCell(5).value = 44;
    const result = await imported(book);
    expect(result.errors).toEqual([]);
    const entry = result.skippedBodies.find((s) => s.bodyId === hoaAn);
    expect(entry).toMatchObject({ status: 'accepted', changedRows: [row.number] });
    expect(entry?.message).toMatch(/đã được chấp nhận.*dòng/);
    expect((await stored(h2, hoaAn)).find((v) => v.indicator_id === ind[0])).toMatchObject({ numerator: 42 });
  });
});

describe('figures in the template', () => {
  let result: ImportResult;
  let rows: Record<string, number>;
  let bodies: { id: string; name: string }[];

  beforeAll(async () => {
    const book = await template();
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    bodies = freeBodies(sheet);
    const [a, b] = bodies as [{ id: string; name: string }, { id: string; name: string }];
    const fill = (
      name: string,
      bodyId: string,
      indicatorId: string,
      numerator: unknown,
      denominator: unknown,
    ) => {
      const row = rowOf(sheet, bodyId, indicatorId);
      row.getCell(5).value = numerator as ExcelJS.CellValue;
      row.getCell(6).value = denominator as ExcelJS.CellValue;
      rows[name] = row.number;
      return row;
    };
    rows = {};
    const [i0, i1, i2, i3] = ind as [string, string, string, string];
    fill('englishThousands', a.id, i0, '1,250', '1,500');
    fill('vietnameseThousands', a.id, i1, '1.250', 2000);
    fill('decimalText', a.id, i2, '7.5', '100');
    fill('decimalNumber', a.id, i3, 12.5, 20);
    fill('emptyNumerator', b.id, i0, null, 12);
    fill('grouped', b.id, i1, '1 250', '2.000.000');
    fill('plain', b.id, i2, '25', 30).getCell(7).value = '=HYPERLINK("http://example.invalid","Bấm vào đây")';
    result = await imported(book);
  });

  const errorsOf = (name: string) => result.errors.filter((e) => e.row === rows[name]);

  it('asks about "1,250" and "1.250" rather than guess, and saves nothing of the row', async () => {
    const [a] = bodies as [{ id: string; name: string }];
    const english = errorsOf('englishThousands');
    expect(english.map((e) => [e.column, e.cell.slice(0, 1)])).toEqual([
      ['Tử số / Số lượng', 'E'],
      ['Mẫu số', 'F'],
    ]);
    expect(english[0]?.message).toMatch(/Không rõ «1,250» là 1250 hay 1,25.*ví dụ 1250/);
    expect(english[0]?.bodyName).toBe(a.name);
    const vietnamese = errorsOf('vietnameseThousands');
    expect(vietnamese).toEqual([
      expect.objectContaining({
        column: 'Tử số / Số lượng',
        bodyName: a.name,
        message: expect.stringMatching(/«1.250»/),
      }),
    ]);
    expect(await stored(h2, a.id)).toEqual([]);
  });

  it('refuses decimals of people, typed as text or as a number', async () => {
    expect(errorsOf('decimalText')).toEqual([
      expect.objectContaining({
        column: 'Tử số / Số lượng',
        message: expect.stringMatching(/số nguyên.*«7\.5»/),
      }),
    ]);
    expect(errorsOf('decimalNumber')).toEqual([
      expect.objectContaining({
        column: 'Tử số / Số lượng',
        message: expect.stringMatching(/số nguyên.*«12,5»/),
      }),
    ]);
  });

  it('says that the numerator cell is empty when only the denominator is filled', async () => {
    expect(errorsOf('emptyNumerator')).toEqual([
      expect.objectContaining({ field: 'numerator', message: expect.stringMatching(/^Ô Tử số đang trống/) }),
    ]);
  });

  it('names columns and bodies as the file shows them, never a raw key', async () => {
    expect(result.errors.length).toBe(6);
    for (const e of result.errors) {
      expect(['Tử số / Số lượng', 'Mẫu số']).toContain(e.column);
      expect(e.bodyName).toBeTruthy();
      expect(e.message).not.toMatch(/numerator|denominator|bodyId/);
    }
  });

  it('saves the rows whose figures are certain, a formula-like note kept as text', async () => {
    const [, b] = bodies as [unknown, { id: string; name: string }];
    expect(result.saved).toBe(2);
    const values = await stored(h2, b.id);
    expect(values.map((v) => [v.indicator_id, Number(v.numerator), Number(v.denominator)]).sort()).toEqual(
      [
        [ind[1], 1250, 2_000_000],
        [ind[2], 25, 30],
      ].sort(),
    );
    expect(values.find((v) => v.indicator_id === ind[2])?.note).toBe(
      '=HYPERLINK("http://example.invalid","Bấm vào đây")',
    );
  });
});

describe('the values export', () => {
  let sheet: ExcelJS.Worksheet;
  let header: string[];
  const col = (name: string) => header.indexOf(name) + 1;

  beforeAll(async () => {
    // A figure stored with decimals before they were refused: shown with them, not rounded.
    const [, b] = freeBodies((await template()).worksheets[0] as ExcelJS.Worksheet) as [
      unknown,
      { id: string },
    ];
    await t.handle.db
      .updateTable('indicator_values')
      .set({ numerator: 12.5 })
      .where('period_id', '=', h2)
      .where('body_id', '=', b.id)
      .where('indicator_id', '=', ind[2] as string)
      .execute();
    const book = await download(`/api/periods/${h2}/values.xlsx`);
    sheet = book.worksheets[0] as ExcelJS.Worksheet;
    header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  });

  const hoaAnRow = (indicatorId: number) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (
        row.getCell(col('Cơ quan, đơn vị')).value === 'Xã Hòa An' &&
        row.getCell(col('Tử số / Số lượng')).value === indicatorId
      )
        found = row;
    });
    if (!found) throw new Error('no row of Hòa An');
    return found;
  };

  it('dates the sending and the acceptance dd/mm/yyyy, and says whether it was on time', async () => {
    const row = hoaAnRow(42);
    const sent = row.getCell(col('Ngày gửi'));
    expect(sent.value).toEqual(new Date('2026-11-25T00:00:00Z'));
    expect(sent.numFmt).toBe('dd/mm/yyyy');
    const accepted = row.getCell(col('Ngày chấp nhận'));
    expect(accepted.value).toEqual(new Date('2026-11-25T00:00:00Z'));
    expect(accepted.numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(col('Đúng hạn')).value).toBe('Đã nộp đúng hạn');
  });

  it('gives each rate as the exact ratio of its row, by a formula', async () => {
    const row = hoaAnRow(10);
    const rate = row.getCell(col('Tỷ lệ'));
    expect(rate.numFmt).toBe('0.0%');
    expect(rate.formula).toMatch(/^IF\(N\(E\d+\)>0,D\d+\/E\d+,""\)$/);
    expect(rate.result).toBe(0.0625);
  });

  it('keeps a note beginning with "=" as text, never a formula', async () => {
    const note = hoaAnRow(10).getCell(col('Ghi chú'));
    expect(note.type).toBe(ExcelJS.ValueType.String);
    expect(note.value).toBe('=HYPERLINK("http://example.invalid","Bấm")');
    expect(note.formula).toBeUndefined();
  });

  it('leaves that figure alone when the template holding it comes back untouched', async () => {
    const result = await imported(await template());
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ saved: 0, unchanged: 2, skipped: 2 });
  });

  it('shows a figure with decimals with them', async () => {
    let cell: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(col('Tử số / Số lượng')).value === 12.5) cell = row.getCell(col('Tử số / Số lượng'));
    });
    expect(cell?.numFmt).toBe('#,##0.0##');
  });

  it('totals each indicator under the table from the accepted reports only, as the consolidated report', async () => {
    const totals: ExcelJS.Row[] = [];
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith('Tổng cộng')) totals.push(row);
    });
    expect(totals.length).toBeGreaterThan(0);
    // Hòa An's 42/45 is accepted; Ngọc Đường's 30/60, submitted and not accepted, is listed but not added.
    const first = totals.find((r) => r.getCell(col('Tử số / Số lượng')).value === 42);
    if (!first) throw new Error('no total of the first indicator');
    expect(first.getCell(col('Mẫu số')).value).toBe(45);
    expect(first.getCell(col('Tỷ lệ')).result).toBe(42 / 45);
    expect(first.getCell(1).value).toBe('Tổng cộng các báo cáo đã chấp nhận (1 đơn vị)');
    expect(first.font?.bold ?? first.getCell(1).font?.bold).toBe(true);
    // A blank row keeps the totals out of the table's filter and sort.
    expect(sheet.getRow((totals[0] as ExcelJS.Row).number - 1).hasValues).toBe(false);
  });

  it('prints on A4 sideways, fitted to the width, the header repeated, full names wrapped', async () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      printTitlesRow: '1:1',
    });
    expect(sheet.headerFooter.oddHeader).toContain(H2_LABEL);
    expect(sheet.getRow(2).getCell(col('Chỉ tiêu')).alignment?.wrapText).toBe(true);
    expect(sheet.getRow(1).getCell(1).font).toMatchObject({ name: 'Calibri', size: 11, bold: true });
    expect(sheet.getRow(2).getCell(1).font).toMatchObject({ name: 'Calibri', size: 11 });
  });
});
