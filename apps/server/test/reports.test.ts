import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citedDate,
  governingBodyLine,
  issuerReference,
  sentenceCase,
} from '../src/use-cases/shared/official-names.ts';
import { lastAudit } from './support/audit.ts';
import { pinClock } from './support/clock.ts';
import { publishSample, signInAsNewUser } from './support/factories.ts';
import { type Agent, bodyIdByCode, multipart, signedInApp, type TestApp } from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

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
  // After the 2026-H2 period's deadline: some of its work is overdue and carried into the next period.
  pinClock('2026-12-03T09:00:00+07:00');
  ({ t, coordinator, hoaAnFocal } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    hoaAnFocal: 'hoaan.daumoi',
  }));
  planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  hoaAn = await bodyIdByCode(t.handle, '02353');
  other = await bodyIdByCode(t.handle, '00700');
  otherFocal = await signInAsNewUser(t, { username: 'ngocduong.daumoi', bodyId: other, role: 'focal_point' });
  const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
  periodId = periods.find((p: { key: string }) => p.key === '2026-H2').id;
  const indicators = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
  indicatorId = indicators.find((i: { source: string }) => i.source === 'reported').id;
});
afterAll(async () => t?.close());

const formUrl = (bodyId: string) => `/api/periods/${periodId}/reports/${bodyId}`;

interface DraftSections {
  sections: { heading: string; paragraphs: string[]; parts: { heading: string; paragraphs: string[] }[] }[];
}
/** Every paragraph of a consolidated draft, its sections' and their parts', one per line. */
const draftText = (draft: DraftSections) =>
  draft.sections.flatMap((x) => [...x.paragraphs, ...x.parts.flatMap((p) => p.paragraphs)]).join('\n');

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
    expect(
      items
        .filter((i: { source: string }) => i.source === 'computed')
        .map((i: { computedKind: string }) => i.computedKind),
    ).toEqual(['tasks_on_time', 'broadcast_reach', 'plans_issued']);
  });

  it('makes two half-year periods a year with the Decree 09 data windows', async () => {
    const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
    const h1 = periods.find((p: { key: string }) => p.key === '2026-H1');
    expect(h1).toMatchObject({ dataFrom: '2025-12-15', dataTo: '2026-06-14', label: '6 tháng đầu năm 2026' });
  });

  it('lets a coordinator add a period by hand, refusing a window in the wrong order', async () => {
    const period = {
      label: 'Đợt cao điểm quý III/2026',
      dataFrom: '2026-07-01',
      dataTo: '2026-09-30',
      dueOn: '2026-10-05',
    };
    const res = await coordinator.post(`/api/plans/${planId}/periods`, period);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'custom', label: 'Đợt cao điểm quý III/2026' });
    const twice = await coordinator.post(`/api/plans/${planId}/periods`, period);
    expect(twice.statusCode).toBe(409);
    const wrong = await coordinator.post(`/api/plans/${planId}/periods`, {
      ...period,
      dataFrom: '2026-10-01',
    });
    expect(wrong.statusCode).toBe(400);
    expect((await hoaAnFocal.post(`/api/plans/${planId}/periods`, period)).statusCode).toBe(404);
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

  it('counts a report submitted and not accepted as provisional, and leaves it out of the official figures', async () => {
    // Ngọc Đường's 10/900 is submitted, not accepted; Hòa An's 90/100 is accepted.
    const live = (await coordinator.get(`/api/indicators/${indicatorId}/rollup?periodId=${periodId}`)).json();
    expect(live.basis).toBe('submitted');
    expect(live.value).toMatchObject({ numerator: 100, denominator: 1000, reporting: 2, provisional: 1 });
    const official = (
      await coordinator.get(`/api/indicators/${indicatorId}/rollup?periodId=${periodId}&basis=accepted`)
    ).json();
    expect(official.value).toMatchObject({
      numerator: 90,
      denominator: 100,
      value: 90,
      reporting: 1,
      provisional: 0,
    });
    expect(official.children.map((c: { body: { id: string } }) => c.body.id)).toEqual([hoaAn]);
    const series = (await coordinator.get(`/api/indicators/${indicatorId}/series?basis=accepted`)).json();
    expect(series.points.find((p: { period: { id: string } }) => p.period.id === periodId).value).toBe(90);
    // The consolidated report is official: the same page that says how many reports were accepted.
    const draft = (await coordinator.get(`/api/periods/${periodId}/consolidated`)).json();
    const row = draft.indicators.find((i: { numerator?: number }) => i.numerator !== undefined);
    expect(row).toMatchObject({ value: '90%', numerator: 90, denominator: 100 });
    expect(draftText(draft)).toContain(
      'chỉ tính các báo cáo đã được chấp nhận (1 báo cáo); 1 báo cáo đã gửi',
    );
    expect(
      (await coordinator.get(`/api/indicators/${indicatorId}/rollup?periodId=${periodId}&basis=all`))
        .statusCode,
    ).toBe(400);
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

describe('the consolidated report and Excel', () => {
  it('drafts the report a department sends, and writes the edited draft as a Decree 30 .docx', async () => {
    const draft = (await coordinator.get(`/api/periods/${periodId}/consolidated`)).json();
    // The governing body fits its header line; the subject line is short, the plan cited in the opening.
    expect(draft.issuer).toEqual({ parent: 'UBND TỈNH TUYÊN QUANG', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' });
    expect(draft.symbol).toBe('BC-SKHCN');
    const plan = (await coordinator.get(`/api/plans/${planId}`)).json().plan;
    const cited = `Kế hoạch${plan.number ? ` số ${plan.number}` : ''} ${citedDate(plan.issuedOn)}`;
    expect(draft.title).toBe(`Kết quả thực hiện ${cited} của UBND tỉnh 6 tháng cuối năm 2026`);
    expect(draft.opening.startsWith(`Thực hiện ${cited} của Ủy ban nhân dân tỉnh Tuyên Quang về `)).toBe(
      true,
    );
    expect(draft.opening).toMatch(
      /Sở Khoa học và Công nghệ báo cáo kết quả thực hiện 6 tháng cuối năm 2026 như sau:$/,
    );
    expect(draft.sections.map((x: { heading: string }) => x.heading)).toEqual([
      'Kết quả thực hiện',
      'Kinh phí thực hiện',
      'Đánh giá chung',
      'Phương hướng, nhiệm vụ kỳ tới',
      'Đề xuất, kiến nghị',
    ]);
    // No body has sent an estimate for the year yet: the budget section says so, with no table.
    expect(draft.sections[1]).toEqual({
      heading: 'Kinh phí thực hiện',
      paragraphs: [
        'Đến thời điểm báo cáo, chưa có cơ quan, đơn vị nào gửi dự toán kinh phí năm 2026 thực hiện Kế hoạch.',
      ],
      parts: [],
    });
    expect(draft.budget).toEqual([]);
    const parts = draft.sections[0].parts;
    expect(parts.map((p: { table?: string }) => p.table ?? null)).toEqual([
      null,
      'tasks',
      null,
      'indicators',
    ]);
    // Each body's results stand under its name.
    expect(draftText(draft)).toContain('- Xã Hòa An: Đã tuyên truyền tại 13 thôn.');
    // Progress by task, with the bodies behind each, not one sentence of totals.
    expect(draft.tasks.length).toBeGreaterThan(1);
    expect(draft.tasks[0]).toEqual({
      title: expect.stringMatching(/\S/),
      bodies: expect.stringMatching(/\S/),
      due: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}/),
      state: expect.stringMatching(/Hoàn thành|Đang thực hiện|Quá hạn/),
    });
    // What is overdue carries into the next period's tasks, with who owes it.
    expect(draft.sections[3].paragraphs[0]).toMatch(
      /^- Hoàn thành dứt điểm nhiệm vụ .* \(còn quá hạn: .+\)\.$/,
    );
    // The indicators are named in full and judged against the year's target or its yearly path.
    const row = draft.indicators[0];
    expect(row).toMatchObject({ value: '90%', numerator: 90, denominator: 100 });
    expect(draft.indicators.every((i: { name: string }) => !i.name.includes('…'))).toBe(true);
    // The person drafting is not put down as the signer.
    expect(draft.signer).toEqual({ title: 'GIÁM ĐỐC', name: '' });
    expect(draft.recipients).toEqual(['UBND tỉnh (b/c)', 'Lãnh đạo Sở', 'Lưu: VT']);

    draft.sections[0].parts[0].paragraphs.push('Đoạn bổ sung của điều phối viên.');
    draft.signer = { title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Lê Văn Bình' };
    draft.recipients = ['UBND tỉnh (b/c)', 'Sở Văn hóa, Thể thao và Du lịch', 'Lưu: VT, QLKH'];
    const docx = await coordinator.post(`/api/periods/${periodId}/consolidated.docx`, draft);
    expect(docx.statusCode).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml'] as Uint8Array);
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('Times New Roman');
    expect(xml).toContain('Đoạn bổ sung của điều phối viên.');
    expect(xml).toContain('Nơi nhận');
    expect(xml).toContain('Lê Văn Bình');
    expect((await hoaAnFocal.get(`/api/periods/${periodId}/consolidated`)).statusCode).toBe(404);

    // The signer and recipients are the body's: the next draft has them, and the change is audited.
    const next = (await coordinator.get(`/api/periods/${periodId}/consolidated`)).json();
    expect(next.signer).toEqual({ title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Lê Văn Bình' });
    expect(next.recipients).toEqual(['UBND tỉnh (b/c)', 'Sở Văn hóa, Thể thao và Du lịch', 'Lưu: VT, QLKH']);
    const { body_id: department } = await t.handle.db
      .selectFrom('users')
      .select('body_id')
      .where('username', '=', 'tq.dieuphoi')
      .executeTakeFirstOrThrow();
    const audit = await lastAudit(t.handle, 'report.signing', department);
    expect(audit.after).toMatchObject({ signer: { name: 'Lê Văn Bình' } });
  });

  it('drafts the budget of the period’s year by source and prints its table in the .docx', async () => {
    const task = (await hoaAnFocal.get(`/api/bodies/${hoaAn}/budget-plans`))
      .json()
      .items.find((p: { id: string }) => p.id === planId).tasks[0];
    const created = await hoaAnFocal.post(`/api/bodies/${hoaAn}/budget-estimates`, {
      planId,
      year: 2026,
      lines: [
        { taskId: task.id, source: 'provincial_budget', description: 'In tờ gấp', estimated: 48_000_000 },
        { taskId: null, source: 'socialised', description: 'Gian trưng bày', estimated: 1_234_567 },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    // A draft is not counted: only what a body sent.
    expect((await coordinator.get(`/api/periods/${periodId}/consolidated`)).json().budget).toEqual([]);
    const estimate = created.json();
    const sent = await hoaAnFocal.post(`/api/budget/estimates/${estimate.id}/submit`, {
      version: estimate.version,
    });
    expect(sent.statusCode, sent.body).toBe(200);

    const draft = (await coordinator.get(`/api/periods/${periodId}/consolidated`)).json();
    const section = draft.sections[1];
    expect(section).toMatchObject({ heading: 'Kinh phí thực hiện', table: 'budget' });
    expect(section.paragraphs[0]).toBe(
      'Năm 2026, 1 cơ quan, đơn vị đã gửi dự toán kinh phí thực hiện Kế hoạch với tổng số 49.234.567 đ; các dự toán đang chờ Sở Tài chính thẩm định. Chi tiết theo nguồn kinh phí như sau:',
    );
    expect(draft.budget).toEqual([
      { source: 'Ngân sách tỉnh', estimated: 48_000_000, approved: 0, allocated: 0, spent: 0 },
      { source: 'Xã hội hóa', estimated: 1_234_567, approved: 0, allocated: 0, spent: 0 },
    ]);
    const docx = await coordinator.post(`/api/periods/${periodId}/consolidated.docx`, draft);
    expect(docx.statusCode).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml'] as Uint8Array);
    const budgetTable = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)]
      .map((m) => m[0])
      .find((table) => table.includes('Nguồn kinh phí'));
    expect(budgetTable).toBeDefined();
    for (const cell of [
      'Dự toán',
      'Thẩm định',
      'Được giao',
      'Đã chi',
      'Ngân sách tỉnh',
      '48.000.000',
      'Tổng cộng',
      '49.234.567',
    ]) {
      expect(budgetTable).toContain(cell);
    }
    expect(xml).toContain('II. Kinh phí thực hiện');
    expect(xml).toContain('Đơn vị tính: đồng');
  });

  it('names every province’s people’s committee on one header line', async () => {
    const provinces = await t.handle.db
      .selectFrom('bodies')
      .select('name')
      .where('kind', '=', 'province')
      .execute();
    expect(provinces).toHaveLength(34);
    for (const { name } of provinces) expect(governingBodyLine(name).length).toBeLessThanOrEqual(24);
    expect(governingBodyLine('Thành phố Hồ Chí Minh')).toBe('UBND TP. HỒ CHÍ MINH');
    // A commune's plan is cited as its people's committee's, whatever letter its level ends in.
    expect(issuerReference('commune', 'Xã Hòa An')).toBe('UBND xã');
    expect(issuerReference('commune', 'Phường Minh Xuân')).toBe('UBND phường');
    expect(sentenceCase('Chỉ thị số 05 về chuyển đổi số')).toBe('Chỉ thị số 05 về chuyển đổi số');
    expect(sentenceCase('Triển khai công tác truyền thông')).toBe('triển khai công tác truyền thông');
  });

  it('cites a plan’s date as far as it is known', () => {
    expect(citedDate('2026-05-07')).toBe('ngày 07/5/2026');
    expect(citedDate('2026-02-15')).toBe('ngày 15/02/2026');
    expect(citedDate('2026-05')).toBe('tháng 5/2026');
    expect(citedDate('2026')).toBe('năm 2026');
    expect(citedDate(null)).toBeNull();
  });

  it('converts the report to PDF with LibreOffice', async () => {
    const draft = (await coordinator.get(`/api/periods/${periodId}/consolidated`)).json();
    const pdf = await coordinator.post(`/api/periods/${periodId}/consolidated.pdf`, draft);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exports every value of the period as .xlsx', async () => {
    const res = await coordinator.get(`/api/periods/${periodId}/values.xlsx`);
    const book = await workbookOf(res);
    const sheet = book.worksheets[0];
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    expect(rows[0]).toContain('Cơ quan, đơn vị');
    expect(rows.some((r) => r.includes('Xã Hòa An') && r.includes(90) && r.includes(100))).toBe(true);
  });

  it('takes many bodies’ values from the Excel template, listing the rows it could not take', async () => {
    const template = await coordinator.get(`/api/periods/${periodId}/template.xlsx`);
    const book = await workbookOf(template);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    let otherRow = 0;
    let hoaAnRow = 0;
    sheet.eachRow((row, n) => {
      const bodyId = String(row.getCell(1).value);
      if (row.getCell(3).value !== indicatorId) return;
      if (bodyId === other) otherRow = n;
      if (bodyId === hoaAn) hoaAnRow = n;
    });
    sheet.getRow(otherRow).getCell(5).value = 30;
    sheet.getRow(otherRow).getCell(6).value = 60;
    sheet.getRow(hoaAnRow).getCell(5).value = 1; // Hòa An's report is accepted: skipped
    const bad = sheet.addRow(['khong-co', 'Đơn vị lạ', indicatorId, 'x', 5, 4]);
    const filled = new Uint8Array(await book.xlsx.writeBuffer());
    const res = await coordinator.request({
      method: 'POST',
      url: `/api/periods/${periodId}/template`,
      ...multipart({}, { name: 'so-lieu.xlsx', type: 'application/octet-stream', content: filled }),
    });
    expect(res.statusCode).toBe(200);
    const { saved, errors, skippedBodies } = res.json();
    expect(saved).toBe(1);
    // The stranger row is an error; Hòa An's accepted report is skipped once, naming the row changed.
    expect(errors.map((e: { row: number }) => e.row)).toEqual([bad.number]);
    expect(skippedBodies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ bodyId: hoaAn, status: 'accepted', changedRows: [hoaAnRow] }),
      ]),
    );
    const form = (await otherFocal.get(formUrl(other))).json();
    expect(form.indicators.find((i: { id: string }) => i.id === indicatorId).value).toMatchObject({
      numerator: 30,
      denominator: 60,
    });
  });

  it('refuses a file that is not the template', async () => {
    const res = await coordinator.request({
      method: 'POST',
      url: `/api/periods/${periodId}/template`,
      ...multipart(
        {},
        {
          name: 'x.xlsx',
          type: 'application/octet-stream',
          content: new TextEncoder().encode('không phải excel'),
        },
      ),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Không đọc được tệp Excel/);
  });

  it('reminds the bodies that have not submitted, once a day', async () => {
    const first = (await coordinator.post(`/api/periods/${periodId}/remind`)).json();
    expect(first.bodies).toBeGreaterThan(100);
    expect(first.notified).toBeGreaterThanOrEqual(1); // Ngọc Đường's focal point: its report was returned
    const mine = (await otherFocal.get('/api/notifications')).json();
    expect(mine.items.some((n: { kind: string }) => n.kind === 'report_missing')).toBe(true);
    await coordinator.post(`/api/periods/${periodId}/remind`);
    const again = (await otherFocal.get('/api/notifications')).json();
    expect(again.items.filter((n: { kind: string }) => n.kind === 'report_missing')).toHaveLength(1);
    // Each reminder is on the audit trail, with whom it reached.
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', periodId)
      .where('action', '=', 'report.remind')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]?.after).toEqual({ bodies: first.bodies, notified: first.notified });
  });
});

describe('a value cleared by the body', () => {
  it('leaves the report, the roll-up and the official outputs, and the audit shows it cleared', async () => {
    // Ngọc Đường's returned report holds 30 of 60 (from the template): accepted, it counts.
    let form = (await otherFocal.get(formUrl(other))).json();
    const name: string = form.body.name;
    let submitted = await otherFocal.post(`${formUrl(other)}/submit`, { version: form.report.version });
    await coordinator.post(`${formUrl(other)}/accept`, { version: submitted.json().version });
    const rollupUrl = `/api/indicators/${indicatorId}/rollup?periodId=${periodId}`;
    expect((await coordinator.get(rollupUrl)).json().value).toMatchObject({
      numerator: 120,
      denominator: 160,
      reporting: 2,
    });

    // Sent back, the commune clears both figures and sends the report again.
    form = (await coordinator.get(formUrl(other))).json();
    const returned = await coordinator.post(`${formUrl(other)}/unlock`, {
      comment: 'Số liệu chưa có căn cứ.',
      version: form.report.version,
    });
    const saved = await otherFocal.request({
      method: 'PUT',
      url: formUrl(other),
      payload: { results: 'Chưa có số liệu.', values: [], version: returned.json().version },
    });
    expect(saved.statusCode).toBe(200);
    form = (await otherFocal.get(formUrl(other))).json();
    expect(form.indicators.find((i: { id: string }) => i.id === indicatorId).value).toBeNull();
    submitted = await otherFocal.post(`${formUrl(other)}/submit`, { version: saved.json().version });
    await coordinator.post(`${formUrl(other)}/accept`, { version: submitted.json().version });

    // Not reported: the roll-up counts Hòa An alone, the commune's own figure is empty.
    const rollup = (await coordinator.get(rollupUrl)).json();
    expect(rollup.value).toMatchObject({ numerator: 90, denominator: 100, reporting: 1 });
    const child = rollup.children.find((c: { body: { id: string } }) => c.body.id === other);
    expect(child?.value ?? null).toBeNull();

    // The consolidated report and its .docx, and the values workbook, no longer carry 30 of 60.
    const draft = (await coordinator.get(`/api/periods/${periodId}/consolidated`)).json();
    expect(draft.indicators[0]).toMatchObject({ numerator: 90, denominator: 100 });
    const docx = await coordinator.post(`/api/periods/${periodId}/consolidated.docx`, draft);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml'] as Uint8Array);
    expect(xml).toContain('90%');
    expect(xml).not.toContain('75%'); // 120 of 160, had the cleared figures stayed
    const res = await coordinator.get(`/api/periods/${periodId}/values.xlsx`);
    const book = await workbookOf(res);
    const rows = (book.worksheets[0]?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    expect(rows.some((r) => r.includes('Xã Hòa An') && r.includes(90))).toBe(true);
    expect(rows.some((r) => r.includes(name) && r.includes(30) && r.includes(60))).toBe(false);

    // The audit keeps what the value was and that it was cleared.
    const audit = await lastAudit(t.handle, 'report.save', form.report.id);
    expect(audit.before).toMatchObject({ values: [{ indicatorId, numerator: 30, denominator: 60 }] });
    expect(audit.after).toMatchObject({ values: [{ indicatorId, numerator: null, denominator: null }] });
  });
});

describe('the periods a reader follows', () => {
  it('count the reports still to come in: all bodies for the coordinator, its own for a commune', async () => {
    const expected = (await coordinator.get(`/api/periods/${periodId}/completeness`)).json().summary.expected;
    const outstanding = async (agent: Agent) =>
      Object.fromEntries(
        (await agent.get(`/api/plans/${planId}/periods`))
          .json()
          .items.map((p: { id: string; outstanding: number }) => [p.id, p.outstanding]),
      );
    const coordinators = await outstanding(coordinator);
    expect(coordinators[periodId]).toBe(expected - 2); // Hòa An and Ngọc Đường are accepted
    const hoaAns = await outstanding(hoaAnFocal);
    expect(hoaAns[periodId]).toBe(0);
    expect(Object.values(hoaAns).filter((n) => n === 1).length).toBe(Object.keys(hoaAns).length - 1);
  });
});

describe('an indicator reported by some kinds of body only', () => {
  it('is off the form, the template and the roll-up of the others, and refused from them', async () => {
    const list = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
    const narrowed = list.filter((i: { source: string }) => i.source === 'reported')[2];
    const rollupOf = async () =>
      (await coordinator.get(`/api/indicators/${narrowed.id}/rollup?periodId=${periodId}`)).json();
    // Before: Ngọc Đường (a commune) reports it and submits (its report given back to it first if in).
    const sent = (await otherFocal.get(formUrl(other))).json();
    if (sent.report.status === 'submitted' || sent.report.status === 'accepted') {
      const transition = sent.report.status === 'submitted' ? 'return' : 'unlock';
      const back = await coordinator.post(`${formUrl(other)}/${transition}`, {
        comment: 'Bổ sung số liệu.',
        version: sent.report.version,
      });
      expect(back.statusCode, back.body).toBe(200);
    }
    const before = (await otherFocal.get(formUrl(other))).json();
    expect(before.indicators.map((i: { id: string }) => i.id)).toContain(narrowed.id);
    /** Ngọc Đường's report saved with one value of the narrowed indicator. */
    const putValue = (numerator: number, version: number) =>
      otherFocal.request({
        method: 'PUT',
        url: formUrl(other),
        payload: { values: [{ indicatorId: narrowed.id, numerator, denominator: 10 }], version },
      });
    const saved = await putValue(7, before.report.version);
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await otherFocal.post(`${formUrl(other)}/submit`, { version: saved.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await rollupOf()).children.map((c: { body: { id: string } }) => c.body.id)).toContain(other);

    // The coordinator narrows it to the departments (a kind given twice is kept once).
    const patched = await coordinator.request({
      method: 'PATCH',
      url: `/api/indicators/${narrowed.id}`,
      payload: {
        name: narrowed.name,
        numeratorLabel: narrowed.numeratorLabel,
        denominatorLabel: narrowed.denominatorLabel,
        unit: narrowed.unit,
        measure: narrowed.measure,
        targets: narrowed.targets.map(({ year, comparator, value }: Record<string, unknown>) => ({
          year,
          comparator,
          value,
        })),
        reportedBy: ['department', 'department'],
        version: narrowed.version,
      },
    });
    expect(patched.statusCode, patched.body).toBe(204);
    const after = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
    expect(after.find((i: { id: string }) => i.id === narrowed.id).reportedBy).toEqual(['department']);

    // The roll-up leaves the commune's value out; the template has no commune row for it.
    expect((await rollupOf()).children.map((c: { body: { id: string } }) => c.body.id)).not.toContain(other);
    const template = await coordinator.get(`/api/periods/${periodId}/template.xlsx`);
    const book = await workbookOf(template);
    const rows: { body: string; indicator: string }[] = [];
    book.worksheets[0]?.eachRow((row) => {
      rows.push({ body: String(row.getCell(1).value), indicator: String(row.getCell(3).value) });
    });
    expect(rows.some((r) => r.indicator === narrowed.id && r.body === other)).toBe(false);
    expect(rows.some((r) => r.indicator === narrowed.id)).toBe(true);

    // Returned to the commune, its form no longer asks for it, and a value for it is refused, saying why.
    const returned = await coordinator.post(`${formUrl(other)}/return`, {
      comment: 'Bỏ chỉ tiêu không thuộc xã.',
      version: submitted.json().version,
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const form = (await otherFocal.get(formUrl(other))).json();
    expect(form.indicators.map((i: { id: string }) => i.id)).not.toContain(narrowed.id);
    const refused = await putValue(8, form.report.version);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('không do loại đơn vị này báo cáo');
  });
});
