import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  bodyIdByCode,
  createTestApp,
  publishSample,
  signIn,
  type TestApp,
} from './support/test-app.ts';

let t: TestApp;
let coordinator: Agent;
let hoaAnFocal: Agent;
let otherFocal: Agent;
let planId: string;
let periodId: string;
let hoaAn: string;
let other: string;
let indicatorId: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signIn(t.app, 'tq.dieuphoi');
  planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  hoaAn = await bodyIdByCode(t.handle, '02353');
  other = await bodyIdByCode(t.handle, '00700');
  const admin = await signIn(t.app, 'admin');
  const created = await admin.post('/api/users', {
    bodyId: other,
    username: 'ngocduong.daumoi',
    fullName: 'Vàng Thị Mai',
    password: 'MatKhau2026nd',
    roles: [{ role: 'focal_point', scopeBodyId: other }],
  });
  expect(created.statusCode).toBe(201);
  hoaAnFocal = await signIn(t.app, 'hoaan.daumoi');
  otherFocal = await signIn(t.app, 'ngocduong.daumoi', 'MatKhau2026nd');
  const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
  periodId = periods.find((p: { key: string }) => p.key === '2026-H2').id;
  const indicators = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
  indicatorId = indicators.find((i: { source: string }) => i.source === 'reported').id;
});
afterAll(async () => t?.close());

const formUrl = (bodyId: string) => `/api/periods/${periodId}/reports/${bodyId}`;

describe('indicators and periods', () => {
  it('turns each target into an indicator with a numerator, a denominator and its target, plus a computed one', async () => {
    const { items, canEdit } = (await coordinator.get(`/api/plans/${planId}/indicators`)).json();
    expect(canEdit).toBe(true);
    const reported = items.filter((i: { source: string }) => i.source === 'reported');
    expect(reported.length).toBeGreaterThan(3);
    expect(reported[0].numeratorLabel).toMatch(/^Số /);
    expect(reported[0].denominatorLabel).toMatch(/^Tổng số /);
    expect(
      reported.some((i: { targets: { value: number }[] }) => i.targets.some((x) => x.value === 80)),
    ).toBe(true);
    expect(items.filter((i: { source: string }) => i.source === 'computed')).toHaveLength(1);
  });

  it('makes two half-year periods a year with the Decree 09 data windows', async () => {
    const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
    const h1 = periods.find((p: { key: string }) => p.key === '2026-H1');
    expect(h1).toMatchObject({ dataFrom: '2025-12-15', dataTo: '2026-06-14', label: '6 tháng đầu năm 2026' });
  });

  it('lets a coordinator refine an indicator, refusing a stale version', async () => {
    const { items } = (await coordinator.get(`/api/plans/${planId}/indicators`)).json();
    const i = items.find((x: { id: string }) => x.id === indicatorId);
    const edit = {
      name: i.name,
      numeratorLabel: i.numeratorLabel,
      denominatorLabel: 'Tổng số cán bộ',
      unit: '%',
      targets: i.targets,
    };
    expect(
      (await coordinator.patch(`/api/indicators/${indicatorId}`, { ...edit, version: i.version })).statusCode,
    ).toBe(204);
    expect(
      (await coordinator.patch(`/api/indicators/${indicatorId}`, { ...edit, version: i.version })).statusCode,
    ).toBe(409);
    expect(
      (await hoaAnFocal.patch(`/api/indicators/${indicatorId}`, { ...edit, version: i.version + 1 }))
        .statusCode,
    ).toBe(404);
  });
});

describe('the report of a body for a period', () => {
  it('goes draft → submitted → returned → submitted → accepted, locked once accepted', async () => {
    const form = (await hoaAnFocal.get(formUrl(hoaAn))).json();
    expect(form.report).toMatchObject({ status: 'draft', version: 0 });
    expect(form.abilities).toMatchObject({ edit: true, submit: true, review: false });
    expect(form.indicators.length).toBeGreaterThan(0);
    const saved = await hoaAnFocal.request({
      method: 'PUT',
      url: formUrl(hoaAn),
      payload: {
        results: 'Đã tuyên truyền tại 12 thôn.',
        values: [{ indicatorId, numerator: 90, denominator: 100 }],
        version: 0,
      },
    });
    expect(saved.statusCode).toBe(200);
    let version = saved.json().version;
    const submitted = await hoaAnFocal.post(`${formUrl(hoaAn)}/submit`, { version });
    expect(submitted.json().status).toBe('submitted');
    version = submitted.json().version;

    const noComment = await coordinator.post(`${formUrl(hoaAn)}/return`, { version });
    expect(noComment.statusCode).toBe(400);
    const returned = await coordinator.post(`${formUrl(hoaAn)}/return`, {
      comment: 'Bổ sung số liệu thôn Tân Tiến.',
      version,
    });
    expect(returned.json().status).toBe('returned');
    const seen = (await hoaAnFocal.get(formUrl(hoaAn))).json();
    expect(seen.report.reviewComment).toBe('Bổ sung số liệu thôn Tân Tiến.');

    const fixed = await hoaAnFocal.request({
      method: 'PUT',
      url: formUrl(hoaAn),
      payload: { results: 'Đã tuyên truyền tại 13 thôn.', version: seen.report.version },
    });
    const resubmitted = await hoaAnFocal.post(`${formUrl(hoaAn)}/submit`, { version: fixed.json().version });
    const accepted = await coordinator.post(`${formUrl(hoaAn)}/accept`, {
      version: resubmitted.json().version,
    });
    expect(accepted.json().status).toBe('accepted');

    const locked = await hoaAnFocal.request({
      method: 'PUT',
      url: formUrl(hoaAn),
      payload: { results: 'x', version: accepted.json().version },
    });
    expect(locked.statusCode).toBe(409);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'report')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'report.save',
      'report.submit',
      'report.return',
      'report.save',
      'report.submit',
      'report.accept',
    ]);
  });

  it('needs a reason to unlock an accepted report, which goes back to the body', async () => {
    const form = (await coordinator.get(formUrl(hoaAn))).json();
    expect(form.abilities.unlock).toBe(true);
    expect(
      (await coordinator.post(`${formUrl(hoaAn)}/unlock`, { version: form.report.version })).statusCode,
    ).toBe(400);
    const unlocked = await coordinator.post(`${formUrl(hoaAn)}/unlock`, {
      comment: 'Sửa số liệu theo rà soát.',
      version: form.report.version,
    });
    expect(unlocked.json().status).toBe('returned');
    const again = (await hoaAnFocal.get(formUrl(hoaAn))).json();
    const resubmitted = await hoaAnFocal.post(`${formUrl(hoaAn)}/submit`, { version: again.report.version });
    await coordinator.post(`${formUrl(hoaAn)}/accept`, { version: resubmitted.json().version });
  });

  it('refuses a numerator above the denominator, naming the row', async () => {
    const res = await otherFocal.request({
      method: 'PUT',
      url: formUrl(other),
      payload: { values: [{ indicatorId, numerator: 5, denominator: 4 }], version: 0 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('values.0.numerator');
  });

  it('never lets two people silently overwrite each other', async () => {
    const payload = (results: string) => ({
      results,
      values: [{ indicatorId, numerator: 10, denominator: 900 }],
      version: 0,
    });
    const [a, b] = await Promise.all([
      otherFocal.request({ method: 'PUT', url: formUrl(other), payload: payload('Bản A') }),
      otherFocal.request({ method: 'PUT', url: formUrl(other), payload: payload('Bản B') }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it('keeps another commune’s report out of reach, as for a missing one', async () => {
    expect((await hoaAnFocal.get(formUrl(other))).statusCode).toBe(404);
    const write = await hoaAnFocal.request({
      method: 'PUT',
      url: formUrl(other),
      payload: { results: 'x', version: 1 },
    });
    expect(write.statusCode).toBe(404);
    expect((await otherFocal.post(`${formUrl(other)}/accept`, { version: 1 })).statusCode).toBe(404);
  });
});

describe('the live roll-up', () => {
  it('sums numerators over denominators across communes, never averaging percentages', async () => {
    const form = (await otherFocal.get(formUrl(other))).json();
    await otherFocal.post(`${formUrl(other)}/submit`, { version: form.report.version });
    // Hòa An 90/100 = 90 %, Ngọc Đường 10/900 ≈ 1.1 %: the province is 100/1000 = 10 %, not 45.6 %.
    const rollup = (
      await coordinator.get(`/api/indicators/${indicatorId}/rollup?periodId=${periodId}`)
    ).json();
    expect(rollup.value).toMatchObject({ numerator: 100, denominator: 1000, value: 10, reporting: 2 });
    const byCommune = Object.fromEntries(
      rollup.children.map((c: { body: { id: string }; value: number }) => [c.body.id, c.value]),
    );
    expect(byCommune[hoaAn]).toBe(90);
    expect(byCommune[other]).toBe(1.1);
    expect(rollup.value.progress).toMatchObject({ met: false });
  });

  it('is live: a returned report leaves the roll-up at once', async () => {
    const form = (await coordinator.get(formUrl(other))).json();
    await coordinator.post(`${formUrl(other)}/return`, {
      comment: 'Kiểm tra lại mẫu số.',
      version: form.report.version,
    });
    const rollup = (
      await coordinator.get(`/api/indicators/${indicatorId}/rollup?periodId=${periodId}`)
    ).json();
    expect(rollup.value).toMatchObject({ numerator: 90, denominator: 100, value: 90, reporting: 1 });
    const series = (await coordinator.get(`/api/indicators/${indicatorId}/series`)).json();
    const h2 = series.points.find((p: { period: { key: string } }) => p.period.key === '2026-H2');
    expect(h2.value).toBe(90);
  });

  it('lists who has reported and who has not', async () => {
    const c = (await coordinator.get(`/api/periods/${periodId}/completeness`)).json();
    expect(c.summary.expected).toBeGreaterThan(124);
    const status = Object.fromEntries(
      c.bodies.map((b: { body: { id: string }; reportStatus: string }) => [b.body.id, b.reportStatus]),
    );
    expect(status[hoaAn]).toBe('accepted');
    expect(status[other]).toBe('returned');
  });
});
