// The budget (issue 18, part 3): a commune's estimate for the province's plan and a year, in lines by
// task and funding source; its way — the commune submits, the S&T department consolidates or returns
// it, the province's finance department appraises each line (approved, reduced or refused, with a
// reason), the allocation is recorded with the people's committee's decision, and the commune records
// its spending, never past what was allocated; the consolidated tables by source, body and task as
// .xlsx; who may do what (a commune never appraises, nor a department other than finance; another
// province reads nothing); bad input; and the demo's budget.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoBudget } from '../src/seed/demo-budget.ts';
import { seedDemoPlans } from '../src/seed/demo-plans.ts';
import { lastAudit } from './support/audit.ts';
import { pinClock } from './support/clock.ts';
import { publishSample, signInAsNewUser } from './support/factories.ts';
import {
  type Agent,
  bodyIdByCode,
  bodyIdByName,
  createTestApp,
  neighbourCommunes,
  signedInApp,
  signIn,
  type TestApp,
} from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

pinClock('2026-09-15T09:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let hoaAnFocal: Agent;
let culture: Agent;
let finance: Agent;
let cultureOverProvince: Agent;
let neighbourFocal: Agent;
let sonLa: Agent;
let sonLaFinance: Agent;
let planId: string;
let hoaAn: string;
let neighbour: string;
let tasks: { id: string; ref: string; title: string }[];

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });

interface Line {
  id: string;
  task: { id: string; ref: string } | null;
  source: string;
  description: string;
  estimated: number;
  appraisal: string | null;
  approved: number | null;
  appraisalReason: string;
  allocated: number | null;
  spent: number;
}
interface Estimate {
  id: string;
  status: string;
  version: number;
  returnReason: string;
  sums: { estimated: number; approved: number; allocated: number; spent: number; remaining: number };
  lines: Line[];
  spending: { lineId: string; amount: number; spentOn: string; recordedBy: string | null }[];
  roles: string[];
  steps: Record<string, boolean>;
  allocationDecision: string | null;
}

const taskRef = (ref: string) => {
  const task = tasks.find((x) => x.ref === ref);
  if (!task) throw new Error(`no task ${ref}`);
  return task.id;
};

/** Hòa An's lines: two tasks of the plan and one general line, 100 000 000 đồng in all. */
const hoaAnLines = () => [
  {
    taskId: taskRef('III.1'),
    source: 'provincial_budget',
    description: 'In tờ gấp, áp phích tuyên truyền Nghị quyết 57-NQ/TW cho 13 thôn',
    estimated: 50_000_000,
  },
  {
    taskId: taskRef('III.5'),
    source: 'commune_budget',
    description: 'Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng',
    estimated: 30_000_000,
  },
  {
    taskId: null,
    source: 'socialised',
    description: 'Gian trưng bày mô hình tại Ngày hội (doanh nghiệp tài trợ)',
    estimated: 20_000_000,
  },
];

async function create(agent: Agent, bodyId: string, payload: object) {
  const res = await agent.post(`/api/bodies/${bodyId}/budget-estimates`, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Estimate;
}

async function step(agent: Agent, estimate: Estimate, name: string, payload: object = {}) {
  const res = await agent.post(`/api/budget/estimates/${estimate.id}/${name}`, {
    version: estimate.version,
    ...payload,
  });
  expect(res.statusCode, res.body).toBe(name === 'spending' ? 201 : 200);
  return res.json() as Estimate;
}

beforeAll(async () => {
  ({ t, coordinator, hoaAnFocal, culture } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    hoaAnFocal: 'hoaan.daumoi',
    culture: 'tq.vanhoa',
  }));
  planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  hoaAn = await bodyIdByCode(t.handle, '02353');
  const province = await bodyIdByCode(t.handle, '08');
  const financeBody = await bodyIdByName(t.handle, 'Sở Tài chính', '08');
  finance = await signInAsNewUser(t, {
    username: 'tq.taichinh',
    bodyId: financeBody,
    roles: [{ role: 'focal_point', scopeBodyId: province }],
  });
  // A department other than finance holding the same power over the province.
  cultureOverProvince = await signInAsNewUser(t, {
    username: 'tq.vanhoa.tinh',
    bodyId: await bodyIdByName(t.handle, 'Sở Văn hóa, Thể thao và Du lịch', '08'),
    roles: [{ role: 'focal_point', scopeBodyId: province }],
  });
  const [next] = await neighbourCommunes(t.handle, province, hoaAn, 1);
  if (!next) throw new Error('no neighbour commune');
  neighbour = next.id;
  neighbourFocal = await signInAsNewUser(t, {
    username: 'langgieng.daumoi',
    bodyId: neighbour,
    role: 'focal_point',
  });
  const sonLaProvince = await bodyIdByCode(t.handle, '14');
  sonLa = await signInAsNewUser(t, { username: 'sl.dieuphoi', bodyId: sonLaProvince, role: 'coordinator' });
  sonLaFinance = await signInAsNewUser(t, {
    username: 'sl.taichinh',
    bodyId: await bodyIdByName(t.handle, 'Sở Tài chính', '14'),
    roles: [{ role: 'focal_point', scopeBodyId: sonLaProvince }],
  });
  const plans = (await hoaAnFocal.get(`/api/bodies/${hoaAn}/budget-plans`)).json().items;
  tasks = plans.find((p: { id: string }) => p.id === planId).tasks;
});
afterAll(async () => t?.close());

describe('the estimate’s way', () => {
  let estimate: Estimate;

  it('lists the plans a commune may estimate for, with the tasks the plan gave it', async () => {
    const res = await hoaAnFocal.get(`/api/bodies/${hoaAn}/budget-plans`);
    expect(res.statusCode).toBe(200);
    const plan = res.json().items.find((p: { id: string }) => p.id === planId);
    expect(plan).toMatchObject({ startYear: 2026, endYear: 2030, estimatedYears: [] });
    expect(plan.tasks.map((x: { ref: string }) => x.ref)).toContain('III.1');
    // Only the body's own people write its estimate.
    expect((await coordinator.get(`/api/bodies/${hoaAn}/budget-plans`)).statusCode).toBe(404);
    expect((await neighbourFocal.get(`/api/bodies/${hoaAn}/budget-plans`)).statusCode).toBe(404);
  });

  it('lets the commune start its estimate for a year of the plan, in lines by task and source', async () => {
    estimate = await create(hoaAnFocal, hoaAn, { planId, year: 2026, lines: hoaAnLines() });
    expect(estimate).toMatchObject({ status: 'draft', version: 1, roles: ['body'] });
    expect(estimate.sums).toEqual({
      estimated: 100_000_000,
      approved: 0,
      allocated: 0,
      spent: 0,
      remaining: 0,
    });
    expect(estimate.lines.map((l) => [l.task?.ref ?? null, l.source, l.estimated])).toEqual([
      ['III.1', 'provincial_budget', 50_000_000],
      ['III.5', 'commune_budget', 30_000_000],
      [null, 'socialised', 20_000_000],
    ]);
    expect(estimate.steps).toMatchObject({ update: true, submit: true, consolidate: false, appraise: false });
    const audit = await lastAudit(t.handle, 'budget.create', estimate.id);
    expect(audit.after).toMatchObject({
      year: 2026,
      status: 'draft',
      lines: [{ estimated: 50_000_000 }, {}, {}],
    });
  });

  it('keeps one estimate per body, plan and year, in the plan’s years, on the plan’s tasks for the body', async () => {
    const again = await hoaAnFocal.post(`/api/bodies/${hoaAn}/budget-estimates`, { planId, year: 2026 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/đã có dự toán kinh phí năm 2026/);
    const late = await hoaAnFocal.post(`/api/bodies/${hoaAn}/budget-estimates`, { planId, year: 2031 });
    expect(late.statusCode).toBe(400);
    expect(late.json().error).toMatchObject({ field: 'year', message: expect.stringMatching(/2026–2030/) });
    const strange = await hoaAnFocal.post(`/api/bodies/${hoaAn}/budget-estimates`, {
      planId,
      year: 2027,
      lines: [
        { taskId: '00000000-0000-4000-8000-000000000000', source: 'other', description: 'x', estimated: 1 },
      ],
    });
    expect(strange.statusCode).toBe(404);
    // A province the commune is not in, a plan that gives it nothing.
    expect(
      (await hoaAnFocal.post(`/api/bodies/${neighbour}/budget-estimates`, { planId, year: 2027 })).statusCode,
    ).toBe(404);
  });

  it('edits the draft on the version loaded; a stale edit is refused', async () => {
    const lines = hoaAnLines();
    lines[2] = { ...(lines[2] as (typeof lines)[number]), estimated: 25_000_000 };
    const res = await put(hoaAnFocal, `/api/budget/estimates/${estimate.id}`, {
      note: 'Dự toán theo định mức của tỉnh.',
      lines,
      version: estimate.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const edited = res.json() as Estimate;
    expect(edited).toMatchObject({ version: 2, sums: { estimated: 105_000_000 } });
    const stale = await put(hoaAnFocal, `/api/budget/estimates/${estimate.id}`, {
      lines,
      version: estimate.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const audit = await lastAudit(t.handle, 'budget.update', estimate.id);
    expect(audit.before).toMatchObject({ lines: [{}, {}, { estimated: 20_000_000 }] });
    expect(audit.after).toMatchObject({
      note: 'Dự toán theo định mức của tỉnh.',
      lines: [{}, {}, { estimated: 25_000_000 }],
    });
    estimate = edited;
  });

  it('is read by the commune, those above it and finance; not by a neighbour or another province', async () => {
    const url = `/api/budget/estimates/${estimate.id}`;
    expect((await hoaAnFocal.get(url)).statusCode).toBe(200);
    expect((await coordinator.get(url)).json().roles).toEqual(['consolidator']);
    expect((await finance.get(url)).json().roles).toEqual(['finance']);
    expect((await neighbourFocal.get(url)).statusCode).toBe(404);
    expect((await sonLa.get(url)).statusCode).toBe(404);
    expect((await sonLaFinance.get(url)).statusCode).toBe(404);
  });

  it('is submitted by the commune, then no longer edited', async () => {
    expect(
      (await coordinator.post(`/api/budget/estimates/${estimate.id}/submit`, { version: estimate.version }))
        .statusCode,
    ).toBe(404);
    estimate = await step(hoaAnFocal, estimate, 'submit');
    expect(estimate.status).toBe('submitted');
    const edit = await put(hoaAnFocal, `/api/budget/estimates/${estimate.id}`, {
      lines: hoaAnLines(),
      version: estimate.version,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toMatch(/^Dự toán đã gửi đi nên không sửa được nữa/);
  });

  it('waits for consolidation before finance appraises; only the consolidating department consolidates', async () => {
    const early = await finance.post(`/api/budget/estimates/${estimate.id}/appraise`, {
      version: estimate.version,
      lines: estimate.lines.map((l) => ({ id: l.id, outcome: 'approved' })),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/chưa được tổng hợp/);
    for (const agent of [finance, hoaAnFocal, culture, sonLa]) {
      const res = await agent.post(`/api/budget/estimates/${estimate.id}/consolidate`, {
        version: estimate.version,
      });
      expect(res.statusCode).toBe(404);
    }
  });

  it('goes back to the commune’s draft with the reason when returned, and comes back', async () => {
    const noReason = await coordinator.post(`/api/budget/estimates/${estimate.id}/return`, {
      version: estimate.version,
    });
    expect(noReason.statusCode).toBe(400);
    estimate = await step(coordinator, estimate, 'return', {
      reason: 'Đề nghị tách chi phí in ấn theo từng thôn.',
    });
    expect(estimate).toMatchObject({
      status: 'draft',
      returnReason: 'Đề nghị tách chi phí in ấn theo từng thôn.',
    });
    const seen = (await hoaAnFocal.get(`/api/budget/estimates/${estimate.id}`)).json() as Estimate;
    expect(seen.returnReason).toBe('Đề nghị tách chi phí in ấn theo từng thôn.');
    expect(seen.steps.update).toBe(true);
    expect((await lastAudit(t.handle, 'budget.return', estimate.id)).after).toMatchObject({
      status: 'draft',
      reason: 'Đề nghị tách chi phí in ấn theo từng thôn.',
      from: 'submitted',
    });
    estimate = await step(hoaAnFocal, estimate, 'submit');
    expect(estimate.returnReason).toBe('');
  });

  it('is consolidated by the S&T department', async () => {
    estimate = await step(coordinator, estimate, 'consolidate');
    expect(estimate.status).toBe('consolidated');
    const seen = (await finance.get(`/api/budget/estimates/${estimate.id}`)).json() as Estimate;
    expect(seen.steps).toMatchObject({ appraise: true, return: true, consolidate: false, allocate: false });
    expect((await lastAudit(t.handle, 'budget.consolidate', estimate.id)).before).toEqual({
      status: 'submitted',
    });
  });

  it('is appraised by the finance department only: not a commune, not another department', async () => {
    const lines = estimate.lines.map((l) => ({ id: l.id, outcome: 'approved' }));
    for (const agent of [hoaAnFocal, coordinator, culture, cultureOverProvince, sonLaFinance]) {
      const res = await agent.post(`/api/budget/estimates/${estimate.id}/appraise`, {
        version: estimate.version,
        lines,
      });
      expect(res.statusCode).toBe(404);
    }
  });

  it('refuses a reduction or a refusal without its reason, and a line left out', async () => {
    const [a, b, c] = estimate.lines as [Line, Line, Line];
    const noReason = await finance.post(`/api/budget/estimates/${estimate.id}/appraise`, {
      version: estimate.version,
      lines: [
        { id: a.id, outcome: 'reduced', approved: 35_000_000 },
        { id: b.id, outcome: 'approved' },
        { id: c.id, outcome: 'approved' },
      ],
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({
      field: 'lines.0.reason',
      message: expect.stringMatching(/lý do cắt giảm/),
    });
    const refusedSilently = await finance.post(`/api/budget/estimates/${estimate.id}/appraise`, {
      version: estimate.version,
      lines: [
        { id: a.id, outcome: 'approved' },
        { id: b.id, outcome: 'approved' },
        { id: c.id, outcome: 'refused' },
      ],
    });
    expect(refusedSilently.statusCode).toBe(400);
    const notReduced = await finance.post(`/api/budget/estimates/${estimate.id}/appraise`, {
      version: estimate.version,
      lines: [
        { id: a.id, outcome: 'reduced', approved: 60_000_000, reason: 'x' },
        { id: b.id, outcome: 'approved' },
        { id: c.id, outcome: 'approved' },
      ],
    });
    expect(notReduced.statusCode).toBe(400);
    expect(notReduced.json().error.field).toBe('lines.0.approved');
    const missing = await finance.post(`/api/budget/estimates/${estimate.id}/appraise`, {
      version: estimate.version,
      lines: [{ id: a.id, outcome: 'approved' }],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/tất cả các dòng/);
    expect((await hoaAnFocal.get(`/api/budget/estimates/${estimate.id}`)).json().status).toBe('consolidated');
  });

  it('takes one of two appraisals sent at once; the other is told the estimate changed', async () => {
    const [a, b, c] = estimate.lines as [Line, Line, Line];
    const appraisal = (approved: number) => ({
      version: estimate.version,
      lines: [
        { id: a.id, outcome: 'reduced', approved, reason: 'Áp dụng định mức in ấn của tỉnh.' },
        { id: b.id, outcome: 'approved' },
        {
          id: c.id,
          outcome: 'refused',
          reason: 'Nguồn xã hội hóa do doanh nghiệp tự chi, không đưa vào dự toán.',
        },
      ],
    });
    const answers = await Promise.all([
      finance.post(`/api/budget/estimates/${estimate.id}/appraise`, appraisal(35_000_000)),
      finance.post(`/api/budget/estimates/${estimate.id}/appraise`, appraisal(35_000_000)),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const won = answers.find((r) => r.statusCode === 200)?.json() as Estimate;
    const lost = answers.find((r) => r.statusCode === 409);
    // Stale if it was checked before the other landed, else refused by the estimate's new status.
    expect(['stale_version', 'conflict']).toContain(lost?.json().error.code);
    expect(won.status).toBe('appraised');
    expect(won.lines.map((l) => [l.appraisal, l.approved])).toEqual([
      ['reduced', 35_000_000],
      ['approved', 30_000_000],
      ['refused', 0],
    ]);
    expect(won.lines[0]?.appraisalReason).toBe('Áp dụng định mức in ấn của tỉnh.');
    expect((await lastAudit(t.handle, 'budget.appraise', estimate.id)).after).toMatchObject({
      status: 'appraised',
    });
    estimate = won;
  });

  it('records the allocation by the consolidating side, at most what was approved', async () => {
    const [a] = estimate.lines as [Line];
    for (const agent of [finance, hoaAnFocal]) {
      const res = await agent.post(`/api/budget/estimates/${estimate.id}/allocate`, {
        decision: 'Quyết định số 1520/QĐ-UBND',
        version: estimate.version,
      });
      expect(res.statusCode).toBe(404);
    }
    const over = await coordinator.post(`/api/budget/estimates/${estimate.id}/allocate`, {
      decision: 'Quyết định số 1520/QĐ-UBND',
      lines: [{ id: a.id, allocated: (a.approved ?? 0) + 1 }],
      version: estimate.version,
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toMatch(/không được vượt số Sở Tài chính thẩm định/);
    estimate = await step(coordinator, estimate, 'allocate', {
      decision: 'Quyết định số 1520/QĐ-UBND ngày 10/9/2026 của UBND tỉnh',
      lines: [{ id: a.id, allocated: 30_000_000 }],
    });
    expect(estimate).toMatchObject({
      status: 'allocated',
      allocationDecision: 'Quyết định số 1520/QĐ-UBND ngày 10/9/2026 của UBND tỉnh',
    });
    // Lines not named get what finance approved.
    expect(estimate.lines.map((l) => l.allocated)).toEqual([30_000_000, 30_000_000, 0]);
    expect(estimate.sums).toMatchObject({ allocated: 60_000_000, remaining: 60_000_000 });
  });

  it('records spending against a line, refusing what goes past its allocation, a future day, another’s hand', async () => {
    const [a, , c] = estimate.lines as [Line, Line, Line];
    const pay = (agent: Agent, lineId: string, amount: number, spentOn = '2026-09-10') =>
      agent.post(`/api/budget/estimates/${estimate.id}/spending`, {
        lineId,
        spentOn,
        amount,
        note: 'In tờ gấp đợt 1',
      });
    const first = await pay(hoaAnFocal, a.id, 12_000_000);
    expect(first.statusCode, first.body).toBe(201);
    const past = await pay(hoaAnFocal, a.id, 18_000_001);
    expect(past.statusCode).toBe(409);
    expect(past.json().error.message).toBe(
      'Khoản chi 18.000.001 đ vượt số kinh phí còn lại của dòng này: được giao 30.000.000 đ, đã chi 12.000.000 đ, còn lại 18.000.000 đ. Hãy kiểm tra lại số tiền; nếu cần chi thêm, hãy đề nghị bổ sung dự toán.',
    );
    expect((await pay(hoaAnFocal, c.id, 1)).statusCode).toBe(409);
    expect((await pay(hoaAnFocal, a.id, 1, '2026-09-16')).statusCode).toBe(400);
    expect((await pay(coordinator, a.id, 1)).statusCode).toBe(404);
    expect((await pay(hoaAnFocal, '00000000-0000-4000-8000-000000000000', 1)).statusCode).toBe(404);
    // Two payments at once that together pass the allocation: one is refused.
    const both = await Promise.all([pay(hoaAnFocal, a.id, 10_000_000), pay(hoaAnFocal, a.id, 10_000_000)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const seen = (await hoaAnFocal.get(`/api/budget/estimates/${estimate.id}`)).json() as Estimate;
    expect(seen.lines[0]).toMatchObject({ allocated: 30_000_000, spent: 22_000_000 });
    expect(seen.sums).toMatchObject({ spent: 22_000_000, remaining: 38_000_000 });
    expect(seen.spending).toHaveLength(2);
    expect(seen.spending[0]).toMatchObject({ amount: expect.any(Number), recordedBy: 'Hoàng Thị Lan' });
    expect((await lastAudit(t.handle, 'budget.spend', estimate.id)).after).toMatchObject({
      lineId: a.id,
      amount: 10_000_000,
    });
  });

  it('audits every change of the estimate in its own entries', async () => {
    const actions = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'budget_estimate')
      .where('entity_id', '=', estimate.id)
      .orderBy('id')
      .execute();
    expect([...new Set(actions.map((a) => a.action))]).toEqual([
      'budget.create',
      'budget.update',
      'budget.submit',
      'budget.return',
      'budget.consolidate',
      'budget.appraise',
      'budget.allocate',
      'budget.spend',
    ]);
  });
});

describe('the lists, the consolidated tables and finance returning an estimate', () => {
  let neighbourEstimate: Estimate;

  it('returns to the draft when finance sends it back, and takes one of two submits sent at once', async () => {
    neighbourEstimate = await create(neighbourFocal, neighbour, {
      planId,
      year: 2026,
      lines: [
        {
          taskId: null,
          source: 'commune_budget',
          description: 'Sửa chữa cụm loa truyền thanh',
          estimated: 40_000_000,
        },
        { taskId: null, source: 'other', description: 'Bảng tin điện tử', estimated: 15_500_000 },
      ],
    });
    const answers = await Promise.all([
      neighbourFocal.post(`/api/budget/estimates/${neighbourEstimate.id}/submit`, {
        version: neighbourEstimate.version,
      }),
      neighbourFocal.post(`/api/budget/estimates/${neighbourEstimate.id}/submit`, {
        version: neighbourEstimate.version,
      }),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    neighbourEstimate = answers.find((r) => r.statusCode === 200)?.json() as Estimate;
    neighbourEstimate = await step(coordinator, neighbourEstimate, 'consolidate');
    neighbourEstimate = await step(finance, neighbourEstimate, 'return', {
      reason: 'Thiếu báo giá sửa chữa loa.',
    });
    expect(neighbourEstimate).toMatchObject({ status: 'draft', returnReason: 'Thiếu báo giá sửa chữa loa.' });
    expect((await lastAudit(t.handle, 'budget.return', neighbourEstimate.id)).after).toMatchObject({
      from: 'consolidated',
    });
    neighbourEstimate = await step(neighbourFocal, neighbourEstimate, 'submit');
  });

  it('lists a body’s own, those to consolidate and those to appraise, with counts by status', async () => {
    const mine = (await hoaAnFocal.get('/api/budget/estimates?view=mine')).json();
    expect(mine.items.map((e: { status: string }) => e.status)).toEqual(['allocated']);
    const toConsolidate = (await coordinator.get('/api/budget/estimates?view=consolidate')).json();
    expect(toConsolidate.total).toBe(2);
    expect(toConsolidate.counts).toMatchObject({ submitted: 1, allocated: 1, draft: 0 });
    const waiting = (await coordinator.get('/api/budget/estimates?view=consolidate&status=submitted')).json();
    expect(waiting.items.map((e: { id: string }) => e.id)).toEqual([neighbourEstimate.id]);
    expect(waiting.items[0]).toMatchObject({ lineCount: 2, sums: { estimated: 55_500_000 } });
    const toAppraise = (await finance.get('/api/budget/estimates?view=appraise')).json();
    expect(toAppraise.counts).toMatchObject({ allocated: 1, submitted: 0 });
    expect((await finance.get('/api/budget/estimates?view=consolidate')).json().total).toBe(0);
    expect((await coordinator.get('/api/budget/estimates?view=appraise')).json().total).toBe(0);
    const searched = (await coordinator.get('/api/budget/estimates?q=hoa%20an')).json();
    expect(searched.items.map((e: { body: { id: string } }) => e.body.id)).toEqual([hoaAn]);
    expect((await sonLa.get('/api/budget/estimates')).json().total).toBe(0);
    expect((await sonLa.get(`/api/budget/estimates?bodyId=${hoaAn}`)).statusCode).toBe(404);
  });

  it('sums the plan’s year by source, body and task, leaving drafts out', async () => {
    const res = await coordinator.get(`/api/budget/tables?planId=${planId}&year=2026`);
    expect(res.statusCode, res.body).toBe(200);
    const tables = res.json();
    expect(tables.estimates).toBe(2);
    expect(tables.total).toEqual({
      estimated: 160_500_000,
      approved: 65_000_000,
      allocated: 60_000_000,
      spent: 22_000_000,
      remaining: 38_000_000,
    });
    expect(tables.bySource.map((r: { key: string }) => r.key)).toEqual([
      'central_budget',
      'provincial_budget',
      'commune_budget',
      'socialised',
      'other',
    ]);
    expect(tables.bySource.find((r: { key: string }) => r.key === 'commune_budget')).toMatchObject({
      name: 'Ngân sách xã',
      estimated: 70_000_000,
      approved: 30_000_000,
      allocated: 30_000_000,
    });
    expect(tables.byBody.map((r: { key: string }) => r.key).sort()).toEqual([hoaAn, neighbour].sort());
    expect(tables.byTask.at(-1)).toMatchObject({
      key: 'none',
      name: 'Chi chung, không gắn với nhiệm vụ cụ thể',
    });
    expect(tables.byTask[0].name).toMatch(/^III\.1\. /);
    expect((await finance.get(`/api/budget/tables?planId=${planId}&year=2026`)).statusCode).toBe(200);
    expect((await hoaAnFocal.get(`/api/budget/tables?planId=${planId}&year=2026`)).statusCode).toBe(404);
    expect((await sonLa.get(`/api/budget/tables?planId=${planId}&year=2026`)).statusCode).toBe(404);
  });

  it('writes the tables as the .xlsx a finance department expects, read back', async () => {
    const res = await finance.get(`/api/budget/tables.xlsx?planId=${planId}&year=2026`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = await workbookOf(res);
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['Theo nguồn', 'Theo đơn vị', 'Theo nhiệm vụ']);
    const ws = book.getWorksheet('Theo nguồn');
    if (!ws) throw new Error('no sheet');
    expect(ws.getCell('A1').value).toBe('UBND TỈNH TUYÊN QUANG');
    expect(ws.getCell('A2').value).toBe('SỞ TÀI CHÍNH');
    expect(ws.getCell('A4').value).toBe('TỔNG HỢP KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2026 - THEO NGUỒN');
    expect(String(ws.getCell('A5').value)).toMatch(/của UBND tỉnh Tuyên Quang về /);
    expect(ws.getRow(7).values).toEqual([
      undefined,
      'STT',
      'Nguồn kinh phí',
      'Dự toán',
      'Thẩm định',
      'Được giao',
      'Đã chi',
      'Còn lại',
    ]);
    const totals = ws.getRow(8 + 5);
    expect(totals.getCell(2).value).toBe('Tổng cộng');
    expect(totals.getCell(3).value).toMatchObject({ formula: 'SUM(C8:C12)', result: 160_500_000 });
    expect(totals.getCell(6).value).toMatchObject({ result: 22_000_000 });
    expect(totals.getCell(3).numFmt).toBe('#,##0');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    const byBody = book.getWorksheet('Theo đơn vị');
    expect(byBody?.getRow(10).getCell(2).value).toBe('Tổng cộng');
    expect((await hoaAnFocal.get(`/api/budget/tables.xlsx?planId=${planId}&year=2026`)).statusCode).toBe(404);
  });
});

describe('bad input', () => {
  const line = { taskId: null, source: 'other', description: 'Văn phòng phẩm', estimated: 1_000_000 };
  it.each([
    ['an amount as text', { planId: 'P', year: 2027, lines: [{ ...line, estimated: '1000000' }] }],
    ['a year as text', { planId: 'P', year: '2027', lines: [] }],
    ['lines that are not a list', { planId: 'P', year: 2027, lines: 'x' }],
    ['a task that is not an id', { planId: 'P', year: 2027, lines: [{ ...line, taskId: 'III.1' }] }],
    ['an unknown source', { planId: 'P', year: 2027, lines: [{ ...line, source: 'state' }] }],
    ['a fraction of a đồng', { planId: 'P', year: 2027, lines: [{ ...line, estimated: 1_000.5 }] }],
    ['a negative amount', { planId: 'P', year: 2027, lines: [{ ...line, estimated: -5 }] }],
    ['a huge amount', { planId: 'P', year: 2027, lines: [{ ...line, estimated: 10_000_000_000_001 }] }],
    ['an amount past 2^53', { planId: 'P', year: 2027, lines: [{ ...line, estimated: 2 ** 60 }] }],
    ['an empty description', { planId: 'P', year: 2027, lines: [{ ...line, description: '  ' }] }],
    [
      'a huge total',
      {
        planId: 'P',
        year: 2027,
        lines: Array.from({ length: 11 }, () => ({ ...line, estimated: 10_000_000_000_000 })),
      },
    ],
  ])('refuses %s with a 400', async (_what, payload) => {
    const body = JSON.parse(JSON.stringify(payload).replace('"P"', `"${planId}"`));
    const res = await hoaAnFocal.post(`/api/bodies/${hoaAn}/budget-estimates`, body);
    expect(res.statusCode, res.body).toBe(400);
  });

  it('refuses a huge payment and a version that is not a number', async () => {
    const mine = (await hoaAnFocal.get('/api/budget/estimates?view=mine')).json().items[0];
    const huge = await hoaAnFocal.post(`/api/budget/estimates/${mine.id}/spending`, {
      lineId: mine.id,
      spentOn: '2026-09-01',
      amount: 1e16,
    });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.message).toMatch(/quá lớn/);
    expect(
      (await hoaAnFocal.post(`/api/budget/estimates/${mine.id}/submit`, { version: '1' })).statusCode,
    ).toBe(400);
    expect((await hoaAnFocal.get('/api/budget/tables?planId=x&year=2026')).statusCode).toBe(400);
    expect((await hoaAnFocal.get('/api/budget/estimates?view=everything')).statusCode).toBe(400);
  });
});

describe('another province', () => {
  it('gets 404 on every route that names an estimate, a body or a plan of Tuyên Quang', async () => {
    const mine = (await hoaAnFocal.get('/api/budget/estimates?view=mine')).json().items[0];
    const estimate = (await hoaAnFocal.get(`/api/budget/estimates/${mine.id}`)).json() as Estimate;
    const lineId = estimate.lines[0]?.id;
    const url = `/api/budget/estimates/${estimate.id}`;
    const version = { version: estimate.version };
    for (const agent of [sonLa, sonLaFinance]) {
      const answers = [
        await agent.get(url),
        await put(agent, url, { lines: [], ...version }),
        await agent.post(`${url}/submit`, version),
        await agent.post(`${url}/consolidate`, version),
        await agent.post(`${url}/return`, { reason: 'x', ...version }),
        await agent.post(`${url}/appraise`, { lines: [{ id: lineId, outcome: 'approved' }], ...version }),
        await agent.post(`${url}/allocate`, { decision: 'x', ...version }),
        await agent.post(`${url}/spending`, { lineId, spentOn: '2026-09-01', amount: 1 }),
        await agent.get(`/api/bodies/${hoaAn}/budget-plans`),
        await agent.post(`/api/bodies/${hoaAn}/budget-estimates`, { planId, year: 2028 }),
        await agent.get(`/api/budget/estimates?bodyId=${hoaAn}`),
        await agent.get(`/api/budget/tables?planId=${planId}&year=2026`),
        await agent.get(`/api/budget/tables.xlsx?planId=${planId}&year=2026`),
      ];
      expect(answers.map((r) => r.statusCode)).toEqual(answers.map(() => 404));
    }
  });
});

describe('the demo’s budget', () => {
  let demo: TestApp;
  beforeAll(async () => {
    demo = await createTestApp();
    await seedDemoPlans(demo.handle.db);
    await seedDemoBudget(demo.handle.db);
  });
  afterAll(async () => demo?.close());

  it('signs the finance department in and leaves Hòa An’s estimate consolidated for it to appraise', async () => {
    const taichinh = await signIn(demo.app, 'tq.taichinh');
    const list = (await taichinh.get('/api/budget/estimates?view=appraise')).json();
    expect(list.counts).toMatchObject({ consolidated: 1, allocated: 1 });
    const waiting = list.items.find((e: { status: string }) => e.status === 'consolidated');
    expect(waiting.body.name).toBe('Xã Hòa An');
    expect(waiting.year).toBe(2026);
    const estimate = (await taichinh.get(`/api/budget/estimates/${waiting.id}`)).json() as Estimate;
    expect(estimate.steps).toMatchObject({ appraise: true, consolidate: false });
    expect(estimate.lines).toHaveLength(4);
    const allocated = list.items.find((e: { status: string }) => e.status === 'allocated');
    const spent = (await taichinh.get(`/api/budget/estimates/${allocated.id}`)).json() as Estimate;
    expect(spent.spending).toHaveLength(2);
    expect(spent.lines.some((l) => l.appraisal === 'reduced' && l.appraisalReason)).toBe(true);
    expect(spent.sums.spent).toBeGreaterThan(0);
    // A third commune's estimate waits for the S&T department, Hòa An's own plan's is being drafted.
    const coordinator = await signIn(demo.app, 'tq.dieuphoi');
    expect((await coordinator.get('/api/budget/estimates?view=consolidate')).json().counts).toMatchObject({
      submitted: 1,
      consolidated: 1,
      allocated: 1,
    });
    const focal = await signIn(demo.app, 'hoaan.daumoi');
    const mine = (await focal.get('/api/budget/estimates?view=mine')).json();
    expect(mine.items.map((e: { status: string }) => e.status).sort()).toEqual(['consolidated', 'draft']);
  });
});
