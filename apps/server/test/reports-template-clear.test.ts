import type { BodyKind } from '@lantoa/domain';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit } from './support/audit.ts';
import { communeIndicators, publishSample } from './support/factories.ts';
import { type Agent, bodyIdByCode, multipart, signedInApp, type TestApp } from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

// A blank cell in the Excel template clears the value, as an indicator left out of the report form
// does: the stored figure leaves the report and the audit shows it before → after null.

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let periodId: string;
let hoaAn: string;
let other: string;
let kept: string;
let cleared: string;

const formUrl = (bodyId: string) => `/api/periods/${periodId}/reports/${bodyId}`;

beforeAll(async () => {
  ({ t, coordinator, focal } = await signedInApp({ coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi' }));
  const planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  hoaAn = await bodyIdByCode(t.handle, '02353');
  other = await bodyIdByCode(t.handle, '00700');
  const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
  periodId = periods.find((p: { key: string }) => p.key === '2026-H2').id;
  const indicators = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
  const [first, second] = communeIndicators<{ id: string; source: string; reportedBy: BodyKind[] }>(
    indicators,
  );
  if (!first || !second) throw new Error('the sample plan has two indicators a commune reports');
  [kept, cleared] = [first.id, second.id];
  const saved = await focal.request({
    method: 'PUT',
    url: formUrl(hoaAn),
    payload: {
      values: [
        { indicatorId: kept, numerator: 40, denominator: 50, note: 'Số liệu thôn' },
        { indicatorId: cleared, numerator: 7, denominator: 10 },
      ],
      version: 0,
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
});
afterAll(async () => t?.close());

/** The period's template as the coordinator downloads it, `edit` applied to its rows, sent back. */
async function importEdited(edit: (row: ExcelJS.Row, bodyId: string, indicatorId: string) => void) {
  const template = await coordinator.get(`/api/periods/${periodId}/template.xlsx`);
  const book = await workbookOf(template);
  const sheet = book.worksheets[0] as ExcelJS.Worksheet;
  sheet.eachRow((row, n) => {
    if (n > 1) edit(row, String(row.getCell(1).value), String(row.getCell(3).value));
  });
  const content = new Uint8Array(await book.xlsx.writeBuffer());
  const res = await coordinator.request({
    method: 'POST',
    url: `/api/periods/${periodId}/template`,
    ...multipart({}, { name: 'so-lieu.xlsx', type: 'application/octet-stream', content }),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    saved: number;
    unchanged: number;
    skipped: number;
    errors: { row: number; message: string }[];
    skippedBodies: { bodyName: string; status: string; changedRows: number[] }[];
  };
}

/** The reports stored for the body in the period (one at most). */
const reportsOf = (bodyId: string) =>
  t.handle.db
    .selectFrom('reports')
    .select('id')
    .where('period_id', '=', periodId)
    .where('body_id', '=', bodyId)
    .execute();

const storedValue = async (bodyId: string, indicatorId: string) =>
  (await focal.get(formUrl(bodyId))).json().indicators.find((i: { id: string }) => i.id === indicatorId)
    .value;

describe('a blank cell in the Excel template', () => {
  it('clears the stored value, keeps the others, and the audit shows it cleared', async () => {
    const result = await importEdited((row, bodyId, indicatorId) => {
      if (bodyId === hoaAn && indicatorId === cleared) {
        row.getCell(5).value = null;
        row.getCell(6).value = null;
      }
    });
    // The row left as downloaded is as stored: not written again.
    expect(result).toMatchObject({ saved: 1, unchanged: 1, skipped: 0, errors: [] });
    expect(await storedValue(hoaAn, cleared)).toBeNull();
    expect(await storedValue(hoaAn, kept)).toMatchObject({
      numerator: 40,
      denominator: 50,
      note: 'Số liệu thôn',
    });
    const [report] = await reportsOf(hoaAn);
    if (!report) throw new Error('the import stored no report of Hòa An');
    const audit = await lastAudit(t.handle, 'report.import_excel', report.id);
    const find = (values: { indicatorId: string }[], id: string) => values.find((v) => v.indicatorId === id);
    const before = audit.before as { values: { indicatorId: string }[] };
    const after = audit.after as { values: { indicatorId: string }[] };
    expect(find(before.values, cleared)).toEqual({ indicatorId: cleared, numerator: 7, denominator: 10 });
    expect(find(after.values, cleared)).toEqual({ indicatorId: cleared, numerator: null, denominator: null });
    expect(find(after.values, kept)).toBeUndefined();
  });

  it('creates no report for a body whose rows are all blank', async () => {
    await importEdited(() => {});
    expect(await reportsOf(other)).toEqual([]);
  });

  it('does not clear a value of a report already sent: the body is skipped, the row named, no error', async () => {
    const form = (await focal.get(formUrl(hoaAn))).json();
    const submitted = await focal.post(`${formUrl(hoaAn)}/submit`, { version: form.report.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    let keptRow = 0;
    const result = await importEdited((row, bodyId, indicatorId) => {
      if (bodyId === hoaAn && indicatorId === kept) {
        keptRow = row.number;
        row.getCell(5).value = null;
        row.getCell(6).value = null;
      }
    });
    expect(result.saved).toBe(0);
    expect(result.errors).toEqual([]);
    expect(result.skippedBodies).toEqual([
      expect.objectContaining({ bodyName: 'Xã Hòa An', status: 'submitted', changedRows: [keptRow] }),
    ]);
    expect(await storedValue(hoaAn, kept)).toMatchObject({ numerator: 40, denominator: 50 });
  });
});
