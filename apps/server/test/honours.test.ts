// Honours (issue 18, part 2): a body nominates itself, a body below it or one of its people, the
// nomination pre-filled with the evidence the product holds of the nominee's year (tasks by state,
// outputs, trainings and briefings with their people, events, loudspeaker reach); the same nominee,
// form and year once (also when two send at once); the body above decides with a decision number or
// rejects with a reason; a decided nomination is closed; the certificate of merit is numbered once
// and read back from its PDF. Another province's people see none of it.

import { readPlanDocument } from '@lantoa/plan-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pinClock } from './support/clock.ts';
import { createCourse, publishSample, signInAsNewUser } from './support/factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

const TODAY = '2026-11-20';
pinClock(`${TODAY}T09:00:00+07:00`);

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let culture: Agent;
let broadcaster: Agent;
let viewer: Agent;
let outsider: Agent;
let outsiderFocal: Agent;
let province: string;
let hoaAn: string;
let neighbour: string;
let hanoi: string;

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });

/** Hòa An nominated by itself for 2026, as the focal point sends it (fields the test changes merged in). */
const hoaAnNomination = (more: object = {}) => ({
  year: 2026,
  nomineeKind: 'body',
  nomineeBodyId: hoaAn,
  form: 'certificate_of_merit',
  ...more,
});

async function nominate(agent: Agent, bodyId: string, input: object) {
  const res = await agent.post(`/api/bodies/${bodyId}/honour-nominations`, input);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as {
    id: string;
    version: number;
    status: string;
    achievements: string;
    evidence: Record<string, unknown>;
    canEdit: boolean;
    canDecide: boolean;
  };
}

const auditOf = (entityId: string) =>
  t.handle.db
    .selectFrom('audit_log')
    .select(['action', 'entity_type'])
    .where('entity_id', '=', entityId)
    .orderBy('at')
    .orderBy('id')
    .execute();

/** What the product holds of Hòa An's 2026, made in the test. */
const expected = {
  tasks: { total: 0, counts: { done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0 } },
};

beforeAll(async () => {
  ({ t, coordinator, focal, culture, broadcaster, viewer } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    focal: 'hoaan.daumoi',
    culture: 'tq.vanhoa',
    broadcaster: 'hoaan.truyenthanh',
    viewer: 'tq.lanhdao',
  }));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  hanoi = await bodyIdByCode(t.handle, '01');
  neighbour = (
    await t.handle.db
      .selectFrom('bodies')
      .select('id')
      .where('parent_id', '=', province)
      .where('kind', '=', 'commune')
      .where('id', '<>', hoaAn)
      .orderBy('name')
      .executeTakeFirstOrThrow()
  ).id;
  outsider = await signInAsNewUser(t, { username: 'hn.dieuphoi', bodyId: hanoi, role: 'coordinator' });
  outsiderFocal = await signInAsNewUser(t, { username: 'hn.daumoi', bodyId: hanoi, role: 'focal_point' });

  // Tasks: Hòa An's own plan, two of its due dates of 2026 recorded (one on time, one late).
  const { planId } = await publishSample(t, focal, '02353', 'hoa-an-2026.txt');
  const plan = (await focal.get(`/api/plans/${planId}?bodyId=${hoaAn}`)).json();
  const occurrences: { id: string; dueOn: string; version: number; state: string; taskId: string }[] = [];
  for (const task of plan.tasks as { id: string; assignments: { id: string }[] }[]) {
    for (const a of task.assignments) {
      const assignment = (await focal.get(`/api/assignments/${a.id}`)).json();
      for (const o of assignment.occurrences) occurrences.push({ ...o, taskId: task.id });
    }
  }
  const open = occurrences.filter((o) => o.dueOn.startsWith('2026') && o.state !== 'done_on_time');
  const past = open.filter((o) => o.dueOn < TODAY);
  const future = open.filter((o) => o.dueOn >= TODAY);
  for (const [o, completedOn] of [
    [past[0], past[0]?.dueOn],
    [past[1], TODAY],
    [future[0], TODAY],
  ] as const) {
    if (!o || !completedOn) continue;
    const res = await focal.post(`/api/occurrences/${o.id}/progress`, { completedOn, version: o.version });
    expect(res.statusCode, res.body).toBe(200);
  }
  // The expected counts, from the due dates of 2026 as the assignments' pages now show them.
  for (const task of plan.tasks as { id: string; assignments: { id: string }[] }[]) {
    for (const a of task.assignments) {
      const assignment = (await focal.get(`/api/assignments/${a.id}`)).json();
      for (const o of assignment.occurrences as { dueOn: string; state: string }[]) {
        if (!o.dueOn.startsWith('2026')) continue;
        expected.tasks.total += 1;
        expected.tasks.counts[o.state as keyof typeof expected.tasks.counts] += 1;
      }
    }
  }

  // Outputs: three of 2026 (one about local efforts, one public), one of 2025, one of a neighbour.
  const output = (bodyId: string, n: number, publishedOn: string, more: object = {}) =>
    (bodyId === hoaAn ? focal : coordinator).post(`/api/bodies/${bodyId}/outputs`, {
      kind: 'article',
      title: `Tin chuyển đổi số số ${n}`,
      publishedOn,
      channelKind: 'portal',
      channelName: 'Trang thông tin điện tử',
      url: `https://example.vn/tin/${n}`,
      ...more,
    });
  for (const res of [
    await output(hoaAn, 1, '2026-03-02', { aboutLocal: true }),
    await output(hoaAn, 2, '2026-06-15', { isPublic: true }),
    await output(hoaAn, 3, '2026-10-30'),
    await output(hoaAn, 4, '2025-12-30'),
    await output(neighbour, 5, '2026-05-05'),
  ]) {
    expect(res.statusCode, res.body).toBe(201);
  }

  // Courses Hòa An organised in 2026: a training and a briefing of its officials (45 of them, 38 came).
  await createCourse(focal, hoaAn, {
    topic: 'Tập huấn kỹ năng số cho cán bộ xã',
    audiences: ['officials'],
    startsOn: '2026-09-10',
  });
  const briefing = await createCourse(focal, hoaAn, {
    kind: 'briefing',
    topic: 'Hội nghị quán triệt Nghị quyết số 57-NQ/TW',
    audiences: ['officials'],
    startsOn: '2026-10-05',
    quotas: [{ bodyId: hoaAn, quota: 50 }],
  });
  const headcount = await put(focal, `/api/bodies/${hoaAn}/headcounts`, {
    audience: 'officials',
    year: 2026,
    headcount: 45,
  });
  expect(headcount.statusCode, headcount.body).toBe(200);
  const counted = await put(focal, `/api/courses/${briefing}/counts`, {
    bodyId: hoaAn,
    audience: 'officials',
    attended: 38,
  });
  expect(counted.statusCode, counted.body).toBe(200);

  // Events (the events area's table, read only here): one held in 2026, one only planned.
  const event = (title: string, status: 'held' | 'planned') =>
    t.handle.db
      .insertInto('events')
      .values({
        organiser_body_id: hoaAn,
        kind: 'festival',
        title,
        year: 2026,
        starts_on: '2026-10-01',
        ends_on: '2026-10-01',
        status,
        held_at: status === 'held' ? new Date('2026-10-01T17:00:00+07:00') : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  await event('Ngày hội chuyển đổi số xã Hòa An', 'held');
  await event('Triển lãm sản phẩm OCOP số', 'planned');

  // The loudspeaker: three bulletins aired in 2026, one in 2025.
  const station = (await broadcaster.get('/api/broadcast/stations')).json().items[0] as { id: string };
  for (const airedAt of [
    '2026-02-03T06:30:00+07:00',
    '2026-07-01T06:30:00+07:00',
    '2026-11-19T17:00:00+07:00',
    '2025-12-30T06:30:00+07:00',
  ]) {
    const res = await broadcaster.post(`/api/broadcast/stations/${station.id}/log`, {
      title: 'Bản tin chuyển đổi số',
      airedAt,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
}, 300_000);
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

describe('a nomination pre-filled with the evidence', () => {
  let nominationId: string;
  let version: number;

  it('previews the evidence of the nominee’s year from the records, and drafts the paragraph', async () => {
    const res = await focal.get(`/api/bodies/${hoaAn}/honour-evidence?year=2026&nomineeBodyId=${hoaAn}`);
    expect(res.statusCode, res.body).toBe(200);
    const { evidence, achievements, nominee } = res.json();
    expect(nominee).toMatchObject({ id: hoaAn, name: 'Xã Hòa An' });
    expect(expected.tasks.total).toBeGreaterThan(0);
    expect(expected.tasks.counts.done_on_time).toBeGreaterThan(0);
    expect(expected.tasks.counts.done_late).toBeGreaterThan(0);
    expect(evidence).toEqual({
      year: 2026,
      asOf: TODAY,
      tasks: expected.tasks,
      outputs: { total: 3, aboutLocal: 1, public: 1 },
      courses: { trainings: 1, briefings: 1 },
      people: { counted: 45, trained: 0, informed: 38 },
      events: { held: 1 },
      broadcast: { stations: 1, airings: 3, listenersReached: 8600, listeners: 8600 },
    });
    expect(achievements).toContain('Năm 2026, Xã Hòa An đã tích cực triển khai');
    expect(achievements).toContain(`có ${expected.tasks.total} lượt việc được giao`);
    expect(achievements).toContain(
      'đăng tải 3 tin, bài, sản phẩm truyền thông (1 tin, bài về hoạt động của địa phương)',
    );
    expect(achievements).toContain('38 người được quán triệt, phổ biến trong năm');
    expect(achievements).toContain(
      'phát 3 lượt bản tin trên hệ thống truyền thanh, đến với 8.600 người nghe',
    );
    // Last year's is read at its last day: only the 2025 records.
    const last = (
      await focal.get(`/api/bodies/${hoaAn}/honour-evidence?year=2025&nomineeBodyId=${hoaAn}`)
    ).json().evidence;
    expect(last).toMatchObject({
      asOf: '2025-12-31',
      outputs: { total: 1 },
      broadcast: { airings: 1 },
      courses: { trainings: 0, briefings: 0 },
    });
    // Nothing was written.
    expect(await t.handle.db.selectFrom('honour_nominations').select('id').execute()).toEqual([]);
  });

  it('keeps the evidence with the nomination, drafting the paragraph when none is written, audited', async () => {
    const created = await nominate(focal, hoaAn, hoaAnNomination());
    nominationId = created.id;
    version = created.version;
    expect(created).toMatchObject({
      status: 'submitted',
      year: 2026,
      nominee: { id: hoaAn, name: 'Xã Hòa An' },
      nominatingBody: { id: hoaAn },
      decidingBody: { id: province },
      canEdit: true,
      canDecide: false,
    });
    expect(created.evidence).toMatchObject({
      tasks: expected.tasks,
      outputs: { total: 3 },
      events: { held: 1 },
    });
    expect(created.achievements).toMatch(/^Năm 2026, Xã Hòa An đã tích cực triển khai/);
    expect(await auditOf(nominationId)).toEqual([
      { action: 'honour.nominate', entity_type: 'honour_nomination' },
    ]);

    // A later record does not move the snapshot, until the nominator asks for it again.
    const more = await focal.post(`/api/bodies/${hoaAn}/outputs`, {
      kind: 'article',
      title: 'Tin thêm',
      publishedOn: '2026-11-19',
      channelKind: 'portal',
      channelName: 'Trang thông tin điện tử',
      url: 'https://example.vn/tin/6',
    });
    expect(more.statusCode).toBe(201);
    expect((await focal.get(`/api/honour-nominations/${nominationId}`)).json().evidence.outputs.total).toBe(
      3,
    );
    const refreshed = await put(focal, `/api/honour-nominations/${nominationId}`, {
      form: 'certificate_of_merit',
      achievements: 'Xã Hòa An hoàn thành xuất sắc các nhiệm vụ truyền thông năm 2026.',
      refreshEvidence: true,
      version,
    });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshed.json().evidence.outputs.total).toBe(4);
    expect(refreshed.json().achievements).toBe(
      'Xã Hòa An hoàn thành xuất sắc các nhiệm vụ truyền thông năm 2026.',
    );
    version = refreshed.json().version;
    expect((await auditOf(nominationId)).map((a) => a.action)).toEqual(['honour.nominate', 'honour.update']);
  });

  it('refuses the same nominee, form and year twice (409), also when two send at once', async () => {
    const again = await focal.post(`/api/bodies/${hoaAn}/honour-nominations`, hoaAnNomination());
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(
      /đã có hồ sơ đề nghị cùng hình thức khen thưởng trong năm 2026/,
    );
    // The province nominating Hòa An for the same is the same nominee.
    expect(
      (await coordinator.post(`/api/bodies/${province}/honour-nominations`, hoaAnNomination())).statusCode,
    ).toBe(409);
    // Another form is another nomination.
    const higher = await nominate(focal, hoaAn, hoaAnNomination({ form: 'higher_award' }));
    expect(higher.status).toBe('submitted');

    // A person of Hòa An, sent twice at once (names differing only in case are one person).
    const person = {
      year: 2026,
      nomineeKind: 'person',
      nomineeBodyId: hoaAn,
      personName: 'Hoàng Văn Đức',
      personTitle: 'Phụ trách Đài truyền thanh xã',
      form: 'certificate_of_merit',
    };
    const both = await Promise.all([
      focal.post(`/api/bodies/${hoaAn}/honour-nominations`, person),
      coordinator.post(`/api/bodies/${hoaAn}/honour-nominations`, { ...person, personName: 'HOÀNG VĂN ĐỨC' }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const people = await t.handle.db
      .selectFrom('honour_nominations')
      .select('id')
      .where('nominee_kind', '=', 'person')
      .execute();
    expect(people).toHaveLength(1);
    const audited = await t.handle.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'honour.nominate')
      .execute();
    expect(audited).toHaveLength(3);
  });

  it('lets a body nominate only itself, a body below it or their people, for a year begun', async () => {
    const neighbourly = await focal.post(
      `/api/bodies/${hoaAn}/honour-nominations`,
      hoaAnNomination({ nomineeBodyId: neighbour }),
    );
    expect(neighbourly.statusCode).toBe(404);
    // The province's coordinator sees the neighbour, but Hòa An cannot nominate it: 400 saying so.
    const beside = await coordinator.post(
      `/api/bodies/${hoaAn}/honour-nominations`,
      hoaAnNomination({ nomineeBodyId: neighbour }),
    );
    expect(beside.statusCode).toBe(400);
    expect(beside.json().error.field).toBe('nomineeBodyId');
    expect(beside.json().error.message).toMatch(/chỉ đề nghị khen thưởng chính đơn vị mình, đơn vị cấp dưới/);
    // The culture department's focal point does not see the province: 404.
    const department = await t.handle.db
      .selectFrom('users')
      .select('body_id')
      .where('username', '=', 'tq.vanhoa')
      .executeTakeFirstOrThrow();
    expect(
      (
        await culture.post(
          `/api/bodies/${department.body_id}/honour-nominations`,
          hoaAnNomination({ nomineeBodyId: province }),
        )
      ).statusCode,
    ).toBe(404);
    const future = await focal.post(
      `/api/bodies/${hoaAn}/honour-nominations`,
      hoaAnNomination({ year: 2027 }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().error.field).toBe('year');
    // A viewer and a broadcaster nominate nothing.
    expect(
      (await viewer.post(`/api/bodies/${province}/honour-nominations`, hoaAnNomination())).statusCode,
    ).toBe(404);
    expect(
      (await broadcaster.post(`/api/bodies/${hoaAn}/honour-nominations`, hoaAnNomination())).statusCode,
    ).toBe(404);
  });

  it('refuses wrong types and missing fields with 400 naming the field', async () => {
    const url = `/api/bodies/${hoaAn}/honour-nominations`;
    for (const [payload, field] of [
      [hoaAnNomination({ year: '2026a' }), 'year'],
      [hoaAnNomination({ year: 1999 }), 'year'],
      [hoaAnNomination({ nomineeBodyId: 42 }), 'nomineeBodyId'],
      [hoaAnNomination({ form: 'medal' }), 'form'],
      [hoaAnNomination({ nomineeKind: 'person' }), 'personName'],
      [hoaAnNomination({ achievements: 'x'.repeat(20_001) }), 'achievements'],
      [hoaAnNomination({ eventId: 'not-an-id' }), 'eventId'],
    ] as const) {
      const res = await focal.post(url, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    expect(
      (await focal.get(`/api/bodies/${hoaAn}/honour-evidence?year=abc&nomineeBodyId=${hoaAn}`)).statusCode,
    ).toBe(400);
    const decision = `/api/honour-nominations/${nominationId}/decision`;
    for (const payload of [
      { outcome: 'approved', decidedOn: '2026-11-01', version },
      { outcome: 'approved', decisionNo: '125/QĐ-UBND', decidedOn: '2026-02-30', version },
      { outcome: 'rejected', version },
      { outcome: 'maybe', version },
      { outcome: 'approved', decisionNo: '125/QĐ-UBND', decidedOn: '2026-11-01', version: 'one' },
    ]) {
      expect((await coordinator.post(decision, payload)).statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect(
      (await put(focal, `/api/honour-nominations/${nominationId}`, { form: 'certificate_of_merit', version }))
        .statusCode,
    ).toBe(400);
  });

  it('lets neither a focal point nor the nominating body alone decide; the body above does', async () => {
    const approve = { outcome: 'approved', decisionNo: '125/QĐ-UBND', decidedOn: '2026-11-18', version };
    expect((await focal.post(`/api/honour-nominations/${nominationId}/decision`, approve)).statusCode).toBe(
      404,
    );
    // A coordinator of Hòa An alone is of the nominating body: not the body above.
    const communeCoordinator = await signInAsNewUser(t, {
      username: 'hoaan.dieuphoi',
      bodyId: hoaAn,
      role: 'coordinator',
    });
    const own = (await communeCoordinator.get(`/api/honour-nominations/${nominationId}`)).json();
    expect(own).toMatchObject({ canDecide: false, canEdit: true });
    expect(
      (await communeCoordinator.post(`/api/honour-nominations/${nominationId}/decision`, approve)).statusCode,
    ).toBe(404);
    const toDecide = (await coordinator.get('/api/honour-nominations?view=to_decide&year=2026')).json();
    expect(toDecide.items.map((i: { id: string }) => i.id)).toContain(nominationId);
    expect((await communeCoordinator.get('/api/honour-nominations?view=to_decide')).json().total).toBe(0);

    const tooEarly = await coordinator.post(`/api/honour-nominations/${nominationId}/decision`, {
      ...approve,
      decidedOn: '2026-12-01',
    });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().error.field).toBe('decidedOn');

    const decided = await coordinator.post(`/api/honour-nominations/${nominationId}/decision`, approve);
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      status: 'approved',
      decisionNo: '125/QĐ-UBND',
      decidedOn: '2026-11-18',
      decidedBy: 'Nguyễn Thu Hà',
      citation:
        'Đã có thành tích xuất sắc trong công tác truyền thông về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026',
      canEdit: false,
      canDecide: false,
      canCertify: true,
    });
    version = decided.json().version;
    expect((await auditOf(nominationId)).map((a) => a.action)).toEqual([
      'honour.nominate',
      'honour.update',
      'honour.decide',
    ]);
  });

  it('closes a decided nomination: no edit, no second decision (409)', async () => {
    const edit = await put(focal, `/api/honour-nominations/${nominationId}`, {
      form: 'certificate_of_merit',
      achievements: 'Sửa sau khi đã có quyết định',
      version,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toMatch(/đã được xét/);
    const again = await coordinator.post(`/api/honour-nominations/${nominationId}/decision`, {
      outcome: 'rejected',
      reason: 'Đổi ý',
      version,
    });
    expect(again.statusCode).toBe(409);
  });

  it('issues the certificate of merit once, and reads it back from the PDF with its number', async () => {
    expect((await focal.post(`/api/honour-nominations/${nominationId}/certificate`)).statusCode).toBe(404);
    const early = await focal.get(`/api/honour-nominations/${nominationId}/certificate.pdf`);
    expect(early.statusCode).toBe(409);
    const [first, second] = await Promise.all([
      coordinator.post(`/api/honour-nominations/${nominationId}/certificate`),
      coordinator.post(`/api/honour-nominations/${nominationId}/certificate`),
    ]);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    const number = first.json().certificateNo as string;
    expect(number).toMatch(/^GK-2026-\d{6}$/);
    expect(second.json().certificateNo).toBe(number);
    expect(
      (await coordinator.post(`/api/honour-nominations/${nominationId}/certificate`)).json().certificateNo,
    ).toBe(number);
    expect((await auditOf(nominationId)).filter((a) => a.action === 'honour.certify')).toHaveLength(1);

    for (const agent of [focal, coordinator]) {
      const pdf = await agent.get(`/api/honour-nominations/${nominationId}/certificate.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = (await readPlanDocument(new Uint8Array(pdf.rawPayload), 'giay-khen.pdf')).text
        .normalize('NFC')
        .replace(/\s+/g, ' ');
      for (const expected of [
        'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
        'GIẤY KHEN',
        'Xã Hòa An',
        'Đã có thành tích xuất sắc',
        'Quyết định số 125/QĐ-UBND ngày 18/11/2026',
        number,
        'Tuyên Quang, ngày 18 tháng 11 năm 2026',
        'CHỦ TỊCH',
      ]) {
        expect(text).toContain(expected);
      }
    }
    // A higher award is proposed upward: no certificate here.
    const higher = (await coordinator.get('/api/honour-nominations?form=higher_award')).json().items[0];
    expect((await coordinator.post(`/api/honour-nominations/${higher.id}/certificate`)).statusCode).toBe(409);
  });

  it('rejects with a reason the nominator reads, and lets the nominee be nominated again', async () => {
    const person = (await focal.get('/api/honour-nominations?q=hoang van duc')).json();
    expect(person.total).toBe(1);
    const [item] = person.items;
    const reason = 'Chưa đủ thời gian công tác tại đơn vị. Hãy đề nghị vào năm sau.';
    const rejected = await coordinator.post(`/api/honour-nominations/${item.id}/decision`, {
      outcome: 'rejected',
      reason,
      version: item.version,
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const seen = (await focal.get(`/api/honour-nominations/${item.id}`)).json();
    expect(seen).toMatchObject({
      status: 'rejected',
      decisionReason: reason,
      decisionNo: null,
      canEdit: false,
    });
    expect((await coordinator.post(`/api/honour-nominations/${item.id}/certificate`)).statusCode).toBe(409);
    const renominated = await focal.post(`/api/bodies/${hoaAn}/honour-nominations`, {
      year: 2026,
      nomineeKind: 'person',
      nomineeBodyId: hoaAn,
      personName: 'Hoàng Văn Đức',
      form: 'certificate_of_merit',
    });
    expect(renominated.statusCode).toBe(201);
  });
});

describe('the lists', () => {
  it('lists by year, status, tab and search without diacritics, with the counts', async () => {
    const all = (await focal.get('/api/honour-nominations?year=2026')).json();
    expect(all.total).toBe(4);
    expect(all.counts).toEqual({ submitted: 2, approved: 1, rejected: 1 });
    expect(all.items[0].status).toBe('submitted');
    const honoured = (await focal.get('/api/honour-nominations?year=2026&status=approved')).json();
    expect(honoured.items.map((i: { decisionNo: string }) => i.decisionNo)).toEqual(['125/QĐ-UBND']);
    expect((await focal.get('/api/honour-nominations?year=2025')).json().total).toBe(0);
    expect((await focal.get('/api/honour-nominations?q=125/qd')).json().total).toBe(1);
    expect((await focal.get('/api/honour-nominations?q=HOA AN')).json().total).toBe(4);
    // Mine: those Hòa An made (all four), or those the person made (the race's winner may be theirs).
    expect((await focal.get('/api/honour-nominations?view=mine')).json().total).toBe(4);
    const byCoordinator = await t.handle.db
      .selectFrom('honour_nominations')
      .innerJoin('users', 'users.id', 'honour_nominations.created_by')
      .select('honour_nominations.id')
      .where('users.username', '=', 'tq.dieuphoi')
      .execute();
    expect((await coordinator.get('/api/honour-nominations?view=mine')).json().total).toBe(
      byCoordinator.length,
    );
    // The province's viewer reads them; the culture department's focal point reads none of Hòa An's.
    expect((await viewer.get('/api/honour-nominations?year=2026')).json().total).toBe(4);
    expect((await culture.get('/api/honour-nominations')).json().total).toBe(0);
    expect((await focal.get('/api/honour-nominations?status=won')).statusCode).toBe(400);
    expect((await focal.get('/api/honour-nominations?year=twenty')).statusCode).toBe(400);
  });

  it('offers the events of the year of the body and those above it', async () => {
    const res = await focal.get(`/api/bodies/${hoaAn}/honour-events?year=2026`);
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((e: { title: string }) => e.title)
        .sort(),
    ).toEqual(['Ngày hội chuyển đổi số xã Hòa An', 'Triển lãm sản phẩm OCOP số']);
    expect((await outsider.get(`/api/bodies/${hoaAn}/honour-events?year=2026`)).statusCode).toBe(404);
  });
});

describe('another province', () => {
  it('answers 404 on every route with this province’s ids, and lists nothing of it', async () => {
    const id = (await focal.get('/api/honour-nominations?status=approved')).json().items[0].id as string;
    const waiting = (await focal.get('/api/honour-nominations?status=submitted')).json().items[0];
    for (const agent of [outsider, outsiderFocal]) {
      expect((await agent.get(`/api/honour-nominations/${id}`)).statusCode).toBe(404);
      expect((await agent.get(`/api/honour-nominations/${id}/certificate.pdf`)).statusCode).toBe(404);
      expect((await agent.post(`/api/honour-nominations/${id}/certificate`)).statusCode).toBe(404);
      expect(
        (
          await agent.post(`/api/honour-nominations/${waiting.id}/decision`, {
            outcome: 'rejected',
            reason: 'Không',
            version: waiting.version,
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await put(agent, `/api/honour-nominations/${waiting.id}`, {
            form: 'certificate_of_merit',
            achievements: 'Sửa',
            version: waiting.version,
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (await agent.post(`/api/bodies/${hoaAn}/honour-nominations`, hoaAnNomination())).statusCode,
      ).toBe(404);
      expect(
        (await agent.get(`/api/bodies/${hoaAn}/honour-evidence?year=2026&nomineeBodyId=${hoaAn}`)).statusCode,
      ).toBe(404);
      // Its own body nominating this province's commune: the commune is not its to see.
      expect(
        (await agent.post(`/api/bodies/${hanoi}/honour-nominations`, hoaAnNomination())).statusCode,
      ).toBe(404);
      expect((await agent.get('/api/honour-nominations')).json().total).toBe(0);
      expect((await agent.get(`/api/honour-nominations?bodyId=${hoaAn}`)).statusCode).toBe(404);
    }
  });
});
