import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlan, signInAsNewUser, uploadPlan } from './support/factories.ts';
import { type Agent, bodyIdByCode, multipart, signedInApp, type TestApp } from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

// An indicator that counts ("tối thiểu 2 dự án") rather than divides: made from a plan target whose
// unit is a counted noun, reported as one whole number, summed over the tree, printed with its unit.

let t: TestApp;
let coordinator: Agent;
let hoaAnFocal: Agent;
let otherFocal: Agent;
let planId: string;
let h1: string;
let h2: string;
let hoaAn: string;
let other: string;
let countId: string;
let ratioId: string;

const COUNT_TARGET = {
  year: 2026,
  comparator: '>=',
  value: 2,
  unit: 'dự án',
  text: 'Tối thiểu 2 dự án chuyển đổi số được triển khai',
};

const formUrl = (periodId: string, bodyId: string) => `/api/periods/${periodId}/reports/${bodyId}`;

/** Saves a body's values as a new report and submits it; returns the save's response if refused. */
async function report(agent: Agent, periodId: string, bodyId: string, values: object[]) {
  const saved = await agent.request({
    method: 'PUT',
    url: formUrl(periodId, bodyId),
    payload: { values, version: 0 },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await agent.post(`${formUrl(periodId, bodyId)}/submit`, {
    version: saved.json().version,
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
}

/** A PUT of one value that must be refused; returns the error. */
async function refused(value: object) {
  const res = await otherFocal.request({
    method: 'PUT',
    url: formUrl(h2, other),
    payload: { values: [value], version: 0 },
  });
  expect(res.statusCode, res.body).toBe(400);
  return res.json().error as { field: string; message: string };
}

beforeAll(async () => {
  ({ t, coordinator, hoaAnFocal } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    hoaAnFocal: 'hoaan.daumoi',
  }));
  const issuer = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  other = await bodyIdByCode(t.handle, '00700');
  otherFocal = await signInAsNewUser(t, { username: 'ngocduong.daumoi', bodyId: other, role: 'focal_point' });

  // The sample plan, its review given one more target: a count, as the parser reads "tối thiểu 2 dự án".
  const file = 'tuyen-quang-2026.txt';
  const upload = await uploadPlan(
    t,
    coordinator,
    { bodyId: issuer },
    { name: file, content: samplePlan(file) },
  );
  const draft = (await coordinator.get(`/api/plan-imports/${upload.id}`)).json();
  const leads = (draft.extract.tasks as { lead: string[] }[]).flatMap((task) => task.lead);
  const saved = await coordinator.patch(`/api/plan-imports/${draft.id}`, {
    extract: { ...draft.extract, targets: [...draft.extract.targets, COUNT_TARGET] },
    mapping: Object.fromEntries(leads.filter((n) => !draft.mapping[n]?.length).map((n) => [n, [issuer]])),
    version: draft.version,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const published = await coordinator.post(`/api/plan-imports/${draft.id}/publish`, {
    version: saved.json().version,
  });
  expect(published.statusCode, published.body).toBe(201);
  planId = published.json().planId;

  const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
  h1 = periods.find((p: { key: string }) => p.key === '2026-H1').id;
  h2 = periods.find((p: { key: string }) => p.key === '2026-H2').id;
  const indicators = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
  countId = indicators.find((i: { targetText: string }) => i.targetText === COUNT_TARGET.text).id;
  ratioId = indicators.find(
    (i: { source: string; measure: string }) => i.source === 'reported' && i.measure === 'ratio',
  ).id;
});
afterAll(async () => t?.close());

describe('a count target of a plan', () => {
  it('becomes a count indicator with one label, its unit and its target', async () => {
    const { items } = (await coordinator.get(`/api/plans/${planId}/indicators`)).json();
    expect(items.find((i: { id: string }) => i.id === countId)).toMatchObject({
      measure: 'count',
      unit: 'dự án',
      numeratorLabel: 'Số dự án chuyển đổi số được triển khai',
      denominatorLabel: '',
      source: 'reported',
      targets: [{ year: 2026, comparator: '>=', value: 2 }],
    });
    // Percentages stay ratios, and so do the computed indicators.
    const others = items.filter((i: { id: string }) => i.id !== countId);
    expect(others.every((i: { measure: string }) => i.measure === 'ratio')).toBe(true);
  });
});

describe('a body reporting a count', () => {
  it('refuses a denominator, a negative and a fraction, naming the field in Vietnamese', async () => {
    const withDenominator = await refused({ indicatorId: countId, numerator: 2, denominator: 4 });
    expect(withDenominator.field).toBe('values.0.denominator');
    expect(withDenominator.message).toMatch(/không có mẫu số/);

    const negative = await refused({ indicatorId: countId, numerator: -1 });
    expect(negative.field).toBe('values.0.numerator');
    expect(negative.message).toMatch(/values\.0\.numerator/);

    const fraction = await refused({ indicatorId: countId, numerator: 1.5 });
    expect(fraction.field).toBe('values.0.numerator');
    expect(fraction.message).toMatch(/số nguyên/);

    // A ratio still needs its denominator.
    const ratio = await refused({ indicatorId: ratioId, numerator: 1 });
    expect(ratio.field).toBe('values.0.denominator');
    expect(ratio.message).toMatch(/Mẫu số/);
  });

  it('shows the count on the form, and the roll-up sums it over the subtree', async () => {
    await report(hoaAnFocal, h2, hoaAn, [{ indicatorId: countId, numerator: 1248 }]);
    await report(otherFocal, h2, other, [
      { indicatorId: countId, numerator: 2, denominator: null },
      { indicatorId: ratioId, numerator: 3, denominator: 4 },
    ]);
    const form = (await hoaAnFocal.get(formUrl(h2, hoaAn))).json();
    expect(form.indicators.find((i: { id: string }) => i.id === countId)).toMatchObject({
      measure: 'count',
      unit: 'dự án',
      value: { numerator: 1248, denominator: null, value: 1248 },
    });

    const rollup = (await coordinator.get(`/api/indicators/${countId}/rollup?periodId=${h2}`)).json();
    expect(rollup.indicator).toMatchObject({ measure: 'count', unit: 'dự án' });
    expect(rollup.value).toMatchObject({ numerator: 1250, denominator: null, value: 1250, reporting: 2 });
    expect(rollup.value.progress).toMatchObject({ met: true });
    const byChild = Object.fromEntries(
      rollup.children.map((c: { body: { id: string }; value: number }) => [c.body.id, c.value]),
    );
    expect(byChild).toMatchObject({ [hoaAn]: 1248, [other]: 2 });
    // At a commune, its own count.
    const atHoaAn = (
      await coordinator.get(`/api/indicators/${countId}/rollup?periodId=${h2}&bodyId=${hoaAn}`)
    ).json();
    expect(atHoaAn.value).toMatchObject({ value: 1248, reporting: 1 });
  });

  it('exports the count with its unit and no rate', async () => {
    const res = await coordinator.get(`/api/periods/${h2}/values.xlsx`);
    const book = await workbookOf(res);
    const rows = (book.worksheets[0]?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    const row = rows.find((r) => r.includes(1248));
    expect(row).toBeDefined();
    expect(row).toContain('dự án');
  });

  it('prints the count with its unit and Vietnamese separators in the consolidated .docx', async () => {
    // Official figures are the accepted reports': accept both.
    for (const bodyId of [hoaAn, other]) {
      const form = (await coordinator.get(formUrl(h2, bodyId))).json();
      const accepted = await coordinator.post(`${formUrl(h2, bodyId)}/accept`, {
        version: form.report.version,
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
    }
    const draft = (await coordinator.get(`/api/periods/${h2}/consolidated`)).json();
    const row = draft.indicators.find((i: { unit: string }) => i.unit === 'dự án');
    expect(row).toMatchObject({ value: '1.250 dự án', target: '≥ 2 dự án (2026)', status: 'Đạt' });
    expect(row.denominator).toBeUndefined();
    const docx = await coordinator.post(`/api/periods/${h2}/consolidated.docx`, draft);
    expect(docx.statusCode, docx.body).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml'] as Uint8Array);
    expect(xml).toContain('1.250 dự án');
    expect(xml).toContain('≥ 2 dự án (2026)');
    expect(xml).not.toContain('1.250%');
  });
});

describe('the Excel template with a count', () => {
  it('takes a count in its one figure column, and lists a count with a denominator or a ratio without one', async () => {
    const template = await coordinator.get(`/api/periods/${h1}/template.xlsx`);
    const book = await workbookOf(template);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).getCell(5).value).toBe('Tử số / Số lượng');
    const rowOf = (bodyId: string, indicatorId: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === bodyId && row.getCell(3).value === indicatorId) found = row;
      });
      if (!found) throw new Error('no such row in the template');
      return found;
    };
    const count = rowOf(hoaAn, countId);
    expect(String(count.getCell(4).value)).toMatch(
      /số lượng: Số dự án .*đơn vị tính: dự án; để trống mẫu số/,
    );
    count.getCell(5).value = 3;
    const countWithDenominator = rowOf(other, countId);
    countWithDenominator.getCell(5).value = 1;
    countWithDenominator.getCell(6).value = 3;
    const ratioWithout = rowOf(hoaAn, ratioId);
    ratioWithout.getCell(5).value = 5;
    const res = await coordinator.request({
      method: 'POST',
      url: `/api/periods/${h1}/template`,
      ...multipart(
        {},
        {
          name: 'so-lieu.xlsx',
          type: 'application/octet-stream',
          content: new Uint8Array(await book.xlsx.writeBuffer()),
        },
      ),
    });
    expect(res.statusCode, res.body).toBe(200);
    const { saved, errors } = res.json();
    expect(saved).toBe(1);
    expect(errors.map((e: { row: number }) => e.row).sort()).toEqual(
      [countWithDenominator.number, ratioWithout.number].sort(),
    );
    const byRow = Object.fromEntries(errors.map((e: { row: number }) => [e.row, e]));
    expect(byRow[countWithDenominator.number]).toMatchObject({
      field: 'denominator',
      message: expect.stringMatching(/không có mẫu số/),
    });
    expect(byRow[ratioWithout.number]).toMatchObject({
      field: 'denominator',
      message: expect.stringMatching(/Mẫu số/),
    });

    // Read back: the form, and a template downloaded again, hold the count with no denominator.
    const form = (await hoaAnFocal.get(formUrl(h1, hoaAn))).json();
    expect(form.indicators.find((i: { id: string }) => i.id === countId).value).toMatchObject({
      numerator: 3,
      denominator: null,
      value: 3,
    });
    const again = await workbookOf(await coordinator.get(`/api/periods/${h1}/template.xlsx`));
    let written: unknown[] = [];
    again.worksheets[0]?.eachRow((row) => {
      if (row.getCell(1).value === hoaAn && row.getCell(3).value === countId)
        written = [row.getCell(5).value, row.getCell(6).value];
    });
    expect(written).toEqual([3, null]);
  });
});

describe('the measure of an indicator', () => {
  it('is refused a change once values were reported, with what to do', async () => {
    const { items } = (await coordinator.get(`/api/plans/${planId}/indicators`)).json();
    const i = items.find((x: { id: string }) => x.id === countId);
    const res = await coordinator.patch(`/api/indicators/${countId}`, {
      name: i.name,
      numeratorLabel: i.numeratorLabel,
      denominatorLabel: 'Tổng số dự án',
      unit: '%',
      measure: 'ratio',
      targets: i.targets,
      version: i.version,
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error).toMatchObject({ field: 'measure', message: expect.stringMatching(/Hãy/) });
    // The same edit keeping the measure goes through.
    const kept = await coordinator.patch(`/api/indicators/${countId}`, {
      name: i.name,
      numeratorLabel: i.numeratorLabel,
      unit: 'dự án',
      measure: 'count',
      targets: [{ year: 2026, comparator: '>=', value: 3 }],
      version: i.version,
    });
    expect(kept.statusCode, kept.body).toBe(204);
  });

  it('is chosen when a coordinator adds an indicator, and changes freely while nothing is reported', async () => {
    const noUnit = await coordinator.post(`/api/plans/${planId}/indicators`, {
      name: 'Số lớp tập huấn',
      numeratorLabel: 'Số lớp tập huấn kỹ năng số đã tổ chức',
      unit: '%',
      measure: 'count',
      targets: [],
    });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().error.field).toBe('unit');

    const created = await coordinator.post(`/api/plans/${planId}/indicators`, {
      name: 'Số lớp tập huấn',
      numeratorLabel: 'Số lớp tập huấn kỹ năng số đã tổ chức',
      denominatorLabel: 'bỏ qua',
      unit: 'lớp',
      measure: 'count',
      targets: [{ year: 2026, comparator: '>=', value: 4 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const listed = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
    expect(listed.find((x: { id: string }) => x.id === id)).toMatchObject({
      measure: 'count',
      unit: 'lớp',
      denominatorLabel: '',
    });

    const noDenominator = await coordinator.patch(`/api/indicators/${id}`, {
      name: 'Tỷ lệ lớp tập huấn',
      numeratorLabel: 'Số lớp đã tổ chức',
      unit: '%',
      measure: 'ratio',
      targets: [],
      version: 1,
    });
    expect(noDenominator.statusCode).toBe(400);
    expect(noDenominator.json().error.field).toBe('denominatorLabel');
    const toRatio = await coordinator.patch(`/api/indicators/${id}`, {
      name: 'Tỷ lệ lớp tập huấn',
      numeratorLabel: 'Số lớp đã tổ chức',
      denominatorLabel: 'Số lớp theo kế hoạch',
      unit: '%',
      measure: 'ratio',
      targets: [],
      version: 1,
    });
    expect(toRatio.statusCode, toRatio.body).toBe(204);
  });
});

describe('the database', () => {
  it('keeps a ratio within its denominator and lets a count go without one', async () => {
    const checks = await sql<{ name: string; definition: string }>`
      select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
      where conrelid = 'indicator_values'::regclass and contype = 'c' order by conname`.execute(t.handle.db);
    expect(checks.rows.map((c) => c.name)).toEqual([
      'indicator_values_denominator_check',
      'indicator_values_numerator_check',
    ]);
    const { id: reportId } = await t.handle.db
      .selectFrom('reports')
      .select('id')
      .where('period_id', '=', h2)
      .where('body_id', '=', other)
      .executeTakeFirstOrThrow();
    const write = (numerator: number, denominator: number | null) =>
      t.handle.db
        .updateTable('indicator_values')
        .set({ numerator, denominator })
        .where('report_id', '=', reportId)
        .where('indicator_id', '=', ratioId)
        .execute();
    await expect(write(5, 4)).rejects.toThrow(/indicator_values_denominator_check/);
    await expect(write(-1, null)).rejects.toThrow(/indicator_values_numerator_check/);
    await write(5, null);
    await write(3, 4);
  });
});
