import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elements, textOf, unzip } from '../../../packages/reports/test/fixtures.ts';
import { lastAudit } from './support/audit.ts';
import { pinClock } from './support/clock.ts';
import { publishSample, signInAsNewUser } from './support/factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

// The yearly review (sơ kết năm) and the final review (tổng kết) of the province's plan 2026–2030,
// drafted at the end of its second year from figures this file creates: two communes' accepted
// reports in 2026 and 2027 (one more only submitted, which must not count), work in every state in
// both years, honours decided and money estimated, appraised, allocated and spent.
pinClock('2027-12-20T09:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let hoaAnFocal: Agent;
let otherFocal: Agent;
let sonLaCoordinator: Agent;
let planId: string;
let province: string;
let hoaAn: string;
let other: string;
let reachId: string;
let reachName: string;

interface Review {
  kind: string;
  years: number[];
  year: number;
  title: string;
  opening: string;
  symbol: string;
  sections: {
    heading: string;
    paragraphs: string[];
    parts: { heading: string; paragraphs: string[]; table?: string }[];
  }[];
  results: {
    name: string;
    target: string;
    value: string;
    status: string;
    finalTarget: string;
    finalStatus: string;
    numerator?: number;
    denominator?: number;
  }[];
  trend: { name: string; years: { year: number; value: string; status: string }[]; change: string }[];
  tasks: { year: number; doneOnTime: number; doneLate: number; inProgress: number; overdue: number }[];
  budget: { source: string; estimated: number; approved: number; allocated: number; spent: number }[];
  honours: { name: string; form: string; decision: string }[];
  recipients: string[];
  signer: { title: string; name: string };
}

/** Every paragraph of a draft, its sections' and their parts', one per line. */
const draftText = (draft: Review) =>
  draft.sections.flatMap((x) => [...x.paragraphs, ...x.parts.flatMap((p) => p.paragraphs)]).join('\n');
const partOf = (draft: Review, heading: string) => {
  const part = draft.sections.flatMap((x) => x.parts).find((p) => p.heading === heading);
  if (!part) throw new Error(`no part "${heading}"`);
  return part;
};

const periodId = async (key: string) => {
  const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items as {
    id: string;
    key: string;
  }[];
  const period = periods.find((p) => p.key === key);
  if (!period) throw new Error(`no period ${key}`);
  return period.id;
};

/** A body's report for a period with one value and its difficulties, submitted, and accepted unless told. */
async function report(
  agent: Agent,
  key: string,
  bodyId: string,
  value: { numerator: number; denominator: number },
  texts: { difficulties?: string; proposals?: string } = {},
  accept = true,
) {
  const url = `/api/periods/${await periodId(key)}/reports/${bodyId}`;
  const saved = await agent.request({
    method: 'PUT',
    url,
    payload: { values: [{ indicatorId: reachId, ...value }], ...texts, version: 0 },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await agent.post(`${url}/submit`, { version: saved.json().version });
  expect(submitted.statusCode, submitted.body).toBe(200);
  if (!accept) return;
  const accepted = await coordinator.post(`${url}/accept`, { version: submitted.json().version });
  expect(accepted.statusCode, accepted.body).toBe(200);
}

/** Hòa An's assignments of the plan, for work added in 2027. */
const hoaAnAssignments = () =>
  t.handle.db
    .selectFrom('assignments as a')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .select(['a.id', 't.ref', 't.title'])
    .where('t.plan_id', '=', planId)
    .where('a.body_id', '=', hoaAn)
    .orderBy('t.position')
    .execute();

/** The share of the plan's work due in a window that was done on time: the computed indicator, counted here. */
async function onTimeShare(from: string, to: string) {
  const row = await sql<{ due: number; on_time: number }>`
    select count(*)::int as due,
      count(*) filter (where o.completed_on is not null and o.completed_on <= o.due_on)::int as on_time
    from occurrences o join assignments a on a.id = o.assignment_id join tasks t on t.id = a.task_id
    where t.plan_id = ${planId} and a.removed_in_version is null and t.removed_in_version is null
      and o.due_on between ${from} and ${to}`.execute(t.handle.db);
  const { due, on_time } = row.rows[0] as { due: number; on_time: number };
  return Math.round((on_time / due) * 1000) / 10;
}

const vi = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

beforeAll(async () => {
  ({ t, coordinator, hoaAnFocal } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    hoaAnFocal: 'hoaan.daumoi',
  }));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  other = await bodyIdByCode(t.handle, '00700');
  otherFocal = await signInAsNewUser(t, { username: 'ngocduong.daumoi', bodyId: other, role: 'focal_point' });
  sonLaCoordinator = await signInAsNewUser(t, {
    username: 'sonla.dieuphoi',
    bodyId: await bodyIdByCode(t.handle, '14'),
    role: 'coordinator',
  });
  planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  const indicators = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items as {
    id: string;
    name: string;
    reportedBy: string[];
  }[];
  // "≥ 80% by 2030" of the people reached through the grassroots information system, reported by communes.
  const reach = indicators.find(
    (i) => i.reportedBy.includes('commune') && i.name.startsWith('Người dân tiếp cận'),
  );
  if (!reach) throw new Error('no indicator reported by communes');
  reachId = reach.id;
  reachName = reach.name;

  // 2026: 60/100 and 40/100 → 50%. 2027: Hòa An 70/100 and 90/100 → 80%; the other commune's 10/100 is
  // only submitted and stays out of the official figure.
  await report(hoaAnFocal, '2026-H2', hoaAn, { numerator: 60, denominator: 100 });
  await report(otherFocal, '2026-H2', other, { numerator: 40, denominator: 100 });
  await report(hoaAnFocal, '2027-H1', hoaAn, { numerator: 70, denominator: 100 });
  await report(
    hoaAnFocal,
    '2027-H2',
    hoaAn,
    { numerator: 90, denominator: 100 },
    {
      difficulties: 'Sóng di động yếu ở thôn Bản Giáng.',
      proposals: 'Đề nghị hỗ trợ loa không dây cho thôn vùng cao.',
    },
  );
  await report(otherFocal, '2027-H2', other, { numerator: 10, denominator: 100 }, {}, false);

  // Work: Hòa An did its 2026 parts on time; in 2027 it has one part on time, one late, one overdue
  // and one not due yet, and one more due in 2028.
  const db = t.handle.db;
  const assignments = await hoaAnAssignments();
  await db
    .updateTable('occurrences')
    .set((eb) => ({ completed_on: eb.ref('due_on') }))
    .where(
      'assignment_id',
      'in',
      assignments.map((a) => a.id),
    )
    .execute();
  const [first, second] = assignments;
  if (!first || !second) throw new Error('Hòa An has fewer than two assignments');
  const occurrence = (assignment: string, due: string, completed: string | null) => ({
    assignment_id: assignment,
    due_on: due,
    label: `Hạn ${due}`,
    kind: 'deadline',
    completed_on: completed,
  });
  await db
    .insertInto('occurrences')
    .values([
      occurrence(first.id, '2027-03-31', '2027-03-30'),
      occurrence(first.id, '2027-06-30', '2027-07-15'),
      occurrence(second.id, '2027-09-30', null),
      occurrence(second.id, '2027-12-31', null),
      occurrence(second.id, '2028-03-31', null),
    ])
    .execute();

  // Honours decided in 2026 and 2027; one rejected and one only submitted, which are not honours.
  const honour = (year: number, values: object) => ({
    year,
    nominating_body_id: province,
    nominee_kind: 'body' as const,
    nominee_body_id: hoaAn,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ truyền thông.',
    ...values,
  });
  await db
    .insertInto('honour_nominations')
    .values([
      honour(2027, {
        status: 'approved',
        deciding_body_id: province,
        decision_no: '1520/QĐ-UBND',
        decided_on: '2027-12-10',
      }),
      honour(2027, {
        nominee_kind: 'person',
        person_name: 'Nguyễn Thị Hoa',
        person_title: 'Công chức Văn hóa - Xã hội',
        status: 'approved',
        deciding_body_id: province,
        decision_no: '1521/QĐ-UBND',
        decided_on: '2027-12-10',
      }),
      honour(2026, {
        status: 'approved',
        honour_form: 'higher_award',
        deciding_body_id: province,
        decision_no: '980/QĐ-UBND',
        decided_on: '2026-12-15',
      }),
      honour(2027, { nominee_body_id: other, status: 'rejected', decision_reason: 'Chưa đủ thành tích.' }),
      honour(2027, { nominee_kind: 'person', nominee_body_id: other, person_name: 'Lê Văn Nam' }),
    ])
    .execute();

  // Money: Hòa An's 2027 estimate, appraised (one line reduced), allocated and partly spent; its 2026
  // estimate; a draft that does not count yet.
  const estimate = async (year: number, status: 'allocated' | 'draft' | 'appraised', lines: object[]) => {
    const { id } = await db
      .insertInto('budget_estimates')
      .values({ body_id: hoaAn, plan_id: planId, year, status })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids = await db
      .insertInto('budget_lines')
      .values(lines.map((line, position) => ({ estimate_id: id, position, ...line }) as never))
      .returning('id')
      .execute();
    return ids.map((l) => l.id);
  };
  const [provincial, socialised] = await estimate(2027, 'allocated', [
    {
      source: 'provincial_budget',
      description: 'In tờ gấp, áp phích',
      estimated: 50_000_000,
      appraisal: 'reduced',
      approved: 40_000_000,
      appraisal_reason: 'Giảm số lượng áp phích.',
      allocated: 40_000_000,
    },
    {
      source: 'socialised',
      description: 'Ngày hội chuyển đổi số',
      estimated: 20_000_000,
      appraisal: 'approved',
      approved: 20_000_000,
      allocated: 10_000_000,
    },
  ]);
  await db
    .insertInto('budget_spending')
    .values([
      { line_id: provincial as string, spent_on: '2027-05-10', amount: 15_000_000 },
      { line_id: provincial as string, spent_on: '2027-09-10', amount: 10_000_000 },
      { line_id: socialised as string, spent_on: '2027-10-01', amount: 5_000_000 },
    ])
    .execute();
  await estimate(2026, 'appraised', [
    {
      source: 'provincial_budget',
      description: 'Tập huấn',
      estimated: 30_000_000,
      appraisal: 'approved',
      approved: 30_000_000,
    },
  ]);
  await db
    .insertInto('budget_estimates')
    .values({ body_id: other, plan_id: planId, year: 2027, status: 'draft' })
    .returning('id')
    .executeTakeFirstOrThrow()
    .then(({ id }) =>
      db
        .insertInto('budget_lines')
        .values({ estimate_id: id, source: 'commune_budget', description: 'Loa', estimated: 99_000_000 })
        .execute(),
    );
}, 120_000);
afterAll(async () => t?.close());

describe('the yearly review', () => {
  let draft: Review;
  beforeAll(async () => {
    const res = await coordinator.get(`/api/plans/${planId}/review?kind=yearly&year=2027`);
    expect(res.statusCode, res.body).toBe(200);
    draft = res.json();
  });

  it('is headed as the department’s report reviewing the plan’s year, in four sections', async () => {
    const plan = (await coordinator.get(`/api/plans/${planId}`)).json().plan;
    expect(draft).toMatchObject({ kind: 'yearly', years: [2026, 2027], year: 2027, endYear: 2030 });
    expect(draft.symbol).toBe('BC-SKHCN');
    expect(draft.title).toMatch(/^Sơ kết năm 2027 thực hiện Kế hoạch .* của UBND tỉnh$/);
    if (plan.number) expect(draft.title).toContain(plan.number);
    expect(draft.opening).toMatch(/Sở Khoa học và Công nghệ báo cáo sơ kết năm 2027 như sau:$/);
    expect(draft.sections.map((s) => s.heading)).toEqual([
      'Kết quả thực hiện năm 2027',
      'Đánh giá chung',
      'Phương hướng, nhiệm vụ năm 2028',
      'Đề xuất, kiến nghị',
    ]);
    expect(draft.sections[0]?.parts.map((p) => p.table)).toEqual([
      'results',
      'trend',
      'tasks',
      'budget',
      'honours',
    ]);
    expect(draft.signer).toEqual({ title: 'GIÁM ĐỐC', name: '' });
  });

  it('measures each indicator on accepted reports against the year’s target and 2030’s', () => {
    const reach = draft.results.find((r) => r.name === reachName);
    // 2027: (70 + 90) / (100 + 100); the submitted 10/100 is not official.
    expect(reach).toMatchObject({
      value: '80%',
      numerator: 160,
      denominator: 200,
      target: '≥ 80% (2030)',
      status: 'Đúng lộ trình',
      finalTarget: '≥ 80% (2030)',
      finalStatus: 'Đạt',
    });
    // An indicator nobody reported has no figure, and is not judged.
    const unreported = draft.results.find((r) =>
      r.name.startsWith('Cán bộ, công chức, viên chức chuyên trách'),
    );
    expect(unreported).toMatchObject({ value: 'Chưa có số liệu', status: '', finalTarget: '≥ 70% (2030)' });
    expect(partOf(draft, 'Kết quả thực hiện các chỉ tiêu').paragraphs[1]).toContain(
      'chỉ tính 2 báo cáo đã được chấp nhận của 1 cơ quan, đơn vị năm 2027',
    );
  });

  it('shows the trend year by year, in a table and in a sentence per indicator', async () => {
    const reach = draft.trend.find((r) => r.name === reachName);
    expect(reach).toEqual({
      name: reachName,
      unit: '%',
      years: [
        { year: 2026, value: '50%', status: 'Đúng lộ trình' },
        { year: 2027, value: '80%', status: 'Đúng lộ trình' },
      ],
      change: 'Tăng 30 điểm %',
    });
    expect(partOf(draft, 'Xu hướng các chỉ tiêu qua các năm').paragraphs).toContain(
      `- ${reachName}: năm 2027 đạt 80%, tăng 30 điểm phần trăm so với năm 2026 (50%).`,
    );
    // The computed share of work done on time: each year over its periods' windows, as of their close.
    const onTime = draft.trend.find((r) => r.name === 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn');
    expect(onTime?.years.map((y) => y.value)).toEqual([
      `${vi(await onTimeShare('2025-12-15', '2026-12-01'))}%`,
      `${vi(await onTimeShare('2026-12-15', '2027-12-01'))}%`,
    ]);
  });

  it('counts the work due in each year by where it stands', async () => {
    const y2027 = draft.tasks.find((y) => y.year === 2027);
    expect(y2027).toEqual({ year: 2027, doneOnTime: 1, doneLate: 1, inProgress: 1, overdue: 1 });
    const y2026 = draft.tasks.find((y) => y.year === 2026);
    const hoaAnParts = await t.handle.db
      .selectFrom('occurrences as o')
      .innerJoin('assignments as a', 'a.id', 'o.assignment_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('a.body_id', '=', hoaAn)
      .where('o.due_on', '<=', '2026-12-31')
      .executeTakeFirstOrThrow();
    expect(y2026?.doneOnTime).toBe(Number(hoaAnParts.n));
    expect(y2026?.inProgress).toBe(0);
    expect(y2026?.doneLate).toBe(0);
    expect(partOf(draft, 'Tiến độ thực hiện nhiệm vụ').paragraphs[0]).toMatch(
      /^Năm 2027 có 2 nhiệm vụ đến hạn với 4 phần việc .*: 1 hoàn thành đúng hạn, 1 hoàn thành quá hạn, 1 quá hạn chưa hoàn thành, 1 chưa đến hạn; tỷ lệ hoàn thành đúng hạn 33,3%\.$/,
    );
  });

  it('adds up the money by source from the estimates sent, not drafts, for the year', () => {
    expect(draft.budget).toEqual([
      {
        source: 'Ngân sách tỉnh',
        estimated: 50_000_000,
        approved: 40_000_000,
        allocated: 40_000_000,
        spent: 25_000_000,
      },
      {
        source: 'Xã hội hóa',
        estimated: 20_000_000,
        approved: 20_000_000,
        allocated: 10_000_000,
        spent: 5_000_000,
      },
    ]);
    expect(partOf(draft, 'Kinh phí thực hiện').paragraphs[0]).toBe(
      'Kinh phí thực hiện Kế hoạch năm 2027 theo dự toán các cơ quan, đơn vị đã gửi: dự toán 70.000.000 đồng; được phê duyệt 60.000.000 đồng (85,7% dự toán); đã cấp 50.000.000 đồng; đã sử dụng 30.000.000 đồng (60% kinh phí đã cấp).',
    );
  });

  it('names those honoured in the year with their decisions', () => {
    expect(draft.honours).toEqual([
      {
        name: 'Xã Hòa An',
        form: 'Giấy khen',
        decision: 'Quyết định số 1520/QĐ-UBND ngày 10/12/2027 của Ủy ban nhân dân tỉnh Tuyên Quang',
      },
      {
        name: 'Nguyễn Thị Hoa, Công chức Văn hóa - Xã hội (Xã Hòa An)',
        form: 'Giấy khen',
        decision: 'Quyết định số 1521/QĐ-UBND ngày 10/12/2027 của Ủy ban nhân dân tỉnh Tuyên Quang',
      },
    ]);
    expect(partOf(draft, 'Tập thể, cá nhân tiêu biểu').paragraphs).toEqual([
      'Năm 2027 có 1 tập thể và 1 cá nhân được khen thưởng:',
    ]);
  });

  it('carries over the bodies’ difficulties and the overdue work, and lists next year’s tasks', async () => {
    const text = draftText(draft);
    expect(partOf(draft, 'Khó khăn, vướng mắc').paragraphs).toContain(
      '- Xã Hòa An: Sóng di động yếu ở thôn Bản Giáng.',
    );
    expect(text).toMatch(
      /Đến hết năm 2027 còn \d+ nhiệm vụ có phần việc quá hạn chưa hoàn thành, chuyển sang năm 2028/,
    );
    const next = draft.sections[2]?.paragraphs ?? [];
    // Hòa An's part overdue since 30/9/2027 carries its task over.
    const overdue = (await hoaAnAssignments())[1];
    const carried = `- Hoàn thành dứt điểm nhiệm vụ ${overdue?.ref}. ${overdue?.title} (còn quá hạn: `;
    expect(next.some((l) => l.startsWith(carried))).toBe(true);
    expect(next.some((l) => /hạn 31\/03\/2028\)\.$/.test(l))).toBe(true);
    expect(draft.sections[3]?.paragraphs).toEqual([
      '- Xã Hòa An: Đề nghị hỗ trợ loa không dây cho thôn vùng cao.',
    ]);
  });

  it('writes the edited draft as a Decree 30 .docx with its sections and tables, and remembers the signer', async () => {
    draft.sections[0]?.parts[0]?.paragraphs.push('Đoạn bổ sung của điều phối viên.');
    draft.signer = { title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Lê Văn Bình' };
    const res = await coordinator.post(`/api/plans/${planId}/review.docx`, draft);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('so-ket-nam-2027.docx');
    const xml = unzip(new Uint8Array(res.rawPayload))['word/document.xml'] ?? '';
    expect(xml).toContain('w:w="11906"');
    const paragraphs = elements(xml, 'w:p').map(textOf);
    expect(paragraphs).toContain('BÁO CÁO');
    expect(paragraphs.filter((p) => /^[IVX]+\. /.test(p))).toEqual([
      'I. Kết quả thực hiện năm 2027',
      'II. Đánh giá chung',
      'III. Phương hướng, nhiệm vụ năm 2028',
      'IV. Đề xuất, kiến nghị',
    ]);
    expect(paragraphs).toContain('2. Xu hướng các chỉ tiêu qua các năm');
    expect(paragraphs).toContain('Đoạn bổ sung của điều phối viên.');
    const tables = elements(xml.slice(xml.indexOf('<w:body>')), 'w:tbl').map((table) =>
      elements(table, 'w:tr').map((row) => elements(row, 'w:tc').map(textOf)),
    );
    const trend = tables.find((rows) => rows[0]?.includes('So với năm trước'));
    expect(trend?.[0]).toEqual(['TT', 'Chỉ tiêu', 'Năm 2026', 'Năm 2027', 'So với năm trước']);
    expect(trend?.find((row) => row[1] === reachName)?.slice(2)).toEqual([
      '50%Đúng lộ trình',
      '80%Đúng lộ trình',
      'Tăng 30 điểm %',
    ]);
    const budget = tables.find((rows) => rows[0]?.includes('Nguồn kinh phí'));
    expect(budget).toEqual([
      ['TT', 'Nguồn kinh phí', 'Dự toán', 'Được phê duyệt', 'Đã cấp', 'Đã sử dụng'],
      ['1', 'Ngân sách tỉnh', '50.000.000', '40.000.000', '40.000.000', '25.000.000'],
      ['2', 'Xã hội hóa', '20.000.000', '20.000.000', '10.000.000', '5.000.000'],
      ['', 'Tổng cộng', '70.000.000', '60.000.000', '50.000.000', '30.000.000'],
    ]);
    const tasks = tables.find((rows) => rows[0]?.[0] === 'Năm');
    expect(tasks?.at(-1)?.[0]).toBe('Cộng');
    expect(tasks?.find((row) => row[0] === '2027')).toEqual(['2027', '4', '1', '1', '1', '1', '33,3%']);
    const honours = tables.find((rows) => rows[0]?.includes('Quyết định khen thưởng'));
    expect(honours?.map((row) => row[1])).toEqual([
      'Tập thể, cá nhân',
      'Xã Hòa An',
      'Nguyễn Thị Hoa, Công chức Văn hóa - Xã hội (Xã Hòa An)',
    ]);
    expect(xml).toContain('Nơi nhận');
    expect(xml).toContain('Lê Văn Bình');

    // The signer is the body's, as the consolidated report's: the next draft has it, audited.
    const next = (await coordinator.get(`/api/plans/${planId}/review?kind=yearly&year=2027`)).json();
    expect(next.signer).toEqual({ title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Lê Văn Bình' });
    const department = await bodyIdByCode(t.handle, '08').then(() =>
      t.handle.db
        .selectFrom('users')
        .select('body_id')
        .where('username', '=', 'tq.dieuphoi')
        .executeTakeFirstOrThrow(),
    );
    expect((await lastAudit(t.handle, 'report.signing', department.body_id)).after).toMatchObject({
      signer: { name: 'Lê Văn Bình' },
    });
  });

  it('converts the review to PDF with LibreOffice', async () => {
    const res = await coordinator.post(`/api/plans/${planId}/review.pdf`, draft);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});

describe('the final review', () => {
  it('covers every year of the plan so far, its money and honours of all of them', async () => {
    const res = await coordinator.get(`/api/plans/${planId}/review?kind=final`);
    expect(res.statusCode, res.body).toBe(200);
    const draft: Review = res.json();
    expect(draft).toMatchObject({ kind: 'final', years: [2026, 2027], year: 2027 });
    expect(draft.title).toMatch(/^Tổng kết thực hiện Kế hoạch .* của UBND tỉnh giai đoạn 2026 – 2027$/);
    expect(draft.budget.find((b) => b.source === 'Ngân sách tỉnh')).toEqual({
      source: 'Ngân sách tỉnh',
      estimated: 80_000_000,
      approved: 70_000_000,
      allocated: 40_000_000,
      spent: 25_000_000,
    });
    expect(partOf(draft, 'Kinh phí thực hiện').paragraphs).toContain(
      '- Năm 2026: dự toán 30.000.000 đồng; được phê duyệt 30.000.000 đồng (100% dự toán); đã cấp 0 đồng; đã sử dụng 0 đồng (— kinh phí đã cấp).',
    );
    expect(draft.honours.map((h) => h.form)).toEqual([
      'Đề nghị cấp trên khen thưởng',
      'Giấy khen',
      'Giấy khen',
    ]);
    const reach = draft.trend.find((r) => r.name === reachName);
    expect(reach?.change).toBe('Tăng 30 điểm %');
    const file = await coordinator.post(`/api/plans/${planId}/review.docx`, draft);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-disposition']).toContain('tong-ket-2026-2027.docx');
  });
});

describe('who may draft it and what it takes', () => {
  it('answers 404 to another province and to a commune, as for a plan that does not exist', async () => {
    expect((await sonLaCoordinator.get(`/api/plans/${planId}/review?kind=yearly&year=2027`)).statusCode).toBe(
      404,
    );
    expect((await hoaAnFocal.get(`/api/plans/${planId}/review?kind=yearly&year=2027`)).statusCode).toBe(404);
    const draft = (await coordinator.get(`/api/plans/${planId}/review?kind=yearly&year=2026`)).json();
    expect((await sonLaCoordinator.post(`/api/plans/${planId}/review.docx`, draft)).statusCode).toBe(404);
    expect((await sonLaCoordinator.post(`/api/plans/${planId}/review.pdf`, draft)).statusCode).toBe(404);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await coordinator.get(`/api/plans/${missing}/review?kind=final`)).statusCode).toBe(404);
  });

  it('refuses a wrong kind or year with 400, saying what to choose', async () => {
    const status = async (query: string) => {
      const res = await coordinator.get(`/api/plans/${planId}/review?${query}`);
      return { status: res.statusCode, message: res.json().error?.message as string };
    };
    expect((await status('kind=monthly&year=2027')).status).toBe(400);
    expect((await status('year=2027')).status).toBe(400);
    expect((await status('kind=yearly&year=abc')).status).toBe(400);
    expect((await status('kind=yearly&year=2027.5')).status).toBe(400);
    expect(await status('kind=yearly')).toEqual({ status: 400, message: 'Hãy chọn năm cần sơ kết.' });
    expect(await status('kind=yearly&year=2031')).toEqual({
      status: 400,
      message:
        'Năm 2031 nằm ngoài thời gian thực hiện Kế hoạch (2026–2030). Hãy chọn một năm trong khoảng đó.',
    });
    expect(await status('kind=yearly&year=2029')).toEqual({
      status: 400,
      message: 'Năm 2029 chưa bắt đầu nên chưa có gì để sơ kết. Hãy chọn một năm từ 2026 đến 2027.',
    });
    expect((await status('kind=final&year=2025')).status).toBe(400);
    const draft = (await coordinator.get(`/api/plans/${planId}/review?kind=yearly&year=2026`)).json();
    for (const bad of [
      { ...draft, kind: 'monthly' },
      { ...draft, years: 'all' },
      {
        ...draft,
        budget: [{ source: 'Ngân sách tỉnh', estimated: -1, approved: 0, allocated: 0, spent: 0 }],
      },
      { ...draft, tasks: [{ year: 2026, doneOnTime: 1.5, doneLate: 0, inProgress: 0, overdue: 0 }] },
      {
        ...draft,
        sections: [
          { heading: 'x', paragraphs: ['y'], parts: [{ heading: 'z', paragraphs: [], table: 'maps' }] },
        ],
      },
      { ...draft, date: '31/12/2026' },
    ]) {
      expect((await coordinator.post(`/api/plans/${planId}/review.docx`, bad)).statusCode).toBe(400);
    }
  });
});

describe('a plan with no figures yet', () => {
  it('gives a draft that says so, and a .docx of it', async () => {
    const sonLa = (await publishSample(t, sonLaCoordinator, '14', 'son-la-2025.txt')).planId;
    const plan = await t.handle.db
      .selectFrom('plans')
      .select(['start_year'])
      .where('id', '=', sonLa)
      .executeTakeFirstOrThrow();
    const res = await sonLaCoordinator.get(`/api/plans/${sonLa}/review?kind=yearly&year=${plan.start_year}`);
    expect(res.statusCode, res.body).toBe(200);
    const draft: Review = res.json();
    const text = draftText(draft);
    expect(text).toContain('chưa có báo cáo nào của các cơ quan, đơn vị được chấp nhận');
    expect(text).toContain(`Năm ${plan.start_year} chưa có dự toán kinh phí nào của Kế hoạch được gửi.`);
    expect(draft.sections[3]).toEqual({
      heading: 'Đề xuất, kiến nghị',
      paragraphs: ['Không có.'],
      parts: [],
    });
    expect(draft.budget).toEqual([]);
    expect(draft.honours).toEqual([]);
    expect(draft.results.every((r) => r.value === 'Chưa có số liệu' || r.name.startsWith('Tỷ lệ'))).toBe(
      true,
    );
    const file = await sonLaCoordinator.post(`/api/plans/${sonLa}/review.docx`, draft);
    expect(file.statusCode, file.body).toBe(200);
  });
});

describe('the demo province plan', () => {
  it('is drafted in well under a second with every body’s reports of two years in', async () => {
    // Every body the plan gives work to reports every period of 2026 and 2027, each value of its kinds.
    const now = new Date();
    await sql`insert into reports (period_id, body_id, status, results, difficulties, proposals, submitted_at, reviewed_at)
      select p.id, b.body_id, 'accepted', 'Đã triển khai kế hoạch.', 'Kinh phí còn hạn chế.', 'Đề nghị bổ sung kinh phí.', ${now}, ${now}
      from reporting_periods p
      cross join (select distinct a.body_id from assignments a join tasks t on t.id = a.task_id where t.plan_id = ${planId}) b
      where p.plan_id = ${planId} and p.data_to <= '2027-12-14'
      on conflict (period_id, body_id) do nothing`.execute(t.handle.db);
    await sql`insert into indicator_values (report_id, indicator_id, period_id, body_id, numerator, denominator)
      select r.id, i.id, r.period_id, r.body_id, 7, 10
      from reports r join reporting_periods p on p.id = r.period_id join bodies b on b.id = r.body_id
      join indicators i on i.plan_id = p.plan_id
      where p.plan_id = ${planId} and i.source = 'reported'
        and (cardinality(i.reported_by) = 0 or b.kind = any(i.reported_by))
      on conflict do nothing`.execute(t.handle.db);
    // Once to warm the queries' plans, then timed.
    await coordinator.get(`/api/plans/${planId}/review?kind=yearly&year=2027`);
    const started = performance.now();
    const res = await coordinator.get(`/api/plans/${planId}/review?kind=final`);
    const took = performance.now() - started;
    expect(res.statusCode, res.body).toBe(200);
    // The bodies' accepted reports of both years are in the figures it was drafted from.
    expect(partOf(res.json(), 'Kết quả thực hiện các chỉ tiêu').paragraphs[1]).toMatch(
      /chỉ tính (\d{2,}) báo cáo đã được chấp nhận/,
    );
    expect(took).toBeLessThan(1000);
    console.log(`review draft: ${Math.round(took)} ms`);
  }, 300_000);
});
