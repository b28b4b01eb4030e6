// Training, briefings and digital teams: a commune keeps its people (named rosters, head-counts), a
// village's digital team, the province's department organises a course with quotas, the commune
// sends people, attendance is taken by a signed, time-limited QR code (or ticked), certificates are
// issued and verified on a public page, and the plan's indicators bound to these records move.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pinClock } from './support/clock.ts';
import { createCourse, publishSample } from './support/factories.ts';
import {
  type Agent,
  bodyIdByCode,
  neighbourCommunes,
  signedInApp,
  type TestApp,
} from './support/test-app.ts';

pinClock('2026-08-20T09:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let viewer: Agent;
let province: string;
let hoaAn: string;
let neighbours: string[];

interface Person {
  id: string;
  fullName: string;
  phone: string | null;
  version: number;
}

beforeAll(async () => {
  ({ t, coordinator, focal, viewer } = await signedInApp(
    {
      coordinator: 'tq.dieuphoi',
      focal: 'hoaan.daumoi',
      viewer: 'tq.lanhdao',
      // The story moves the clock over days (a course ends, certificates follow): sessions outlast it.
    },
    { sessionIdleMinutes: 14 * 24 * 60, sessionHours: 14 * 24 },
  ));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  neighbours = (await neighbourCommunes(t.handle, province, hoaAn, 2)).map((b) => b.id);
});
afterAll(async () => t?.close());

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });

async function addPerson(agent: Agent, bodyId: string, person: object) {
  return agent.post(`/api/bodies/${bodyId}/roster`, person);
}

describe('the people who count', () => {
  let teamId: string;

  it('keeps a village’s digital team and its members, warning below seven', async () => {
    const team = await focal.post(`/api/bodies/${hoaAn}/teams`, { village: 'Thôn Nà Mạ' });
    expect(team.statusCode).toBe(201);
    teamId = team.json().id;
    // One team per village, whatever the diacritics and case.
    const again = await focal.post(`/api/bodies/${hoaAn}/teams`, { village: 'thon na ma' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/đã có Tổ công nghệ số/);

    const members = [
      ['Nông Văn An', '0912 345 601'],
      ['Hoàng Thị Bích', '+84912345602'],
      ['Lục Văn Cường', '0912.345.603'],
    ];
    for (const [fullName, phone] of members) {
      const res = await addPerson(focal, hoaAn, {
        audience: 'digital_team',
        fullName,
        phone,
        teamId,
        village: 'Thôn Nà Mạ',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().phone).toMatch(/^\+849123456\d\d$/);
    }
    const teams = (await focal.get(`/api/bodies/${hoaAn}/teams`)).json();
    // The demo's three villages have teams (bodies of the tree) with nobody on them yet.
    expect(teams.items.map((i: { village: string }) => i.village).sort()).toEqual([
      'Thôn Nà Mạ',
      'Thôn Thống Nhất',
      'Thôn Tân Tiến',
      'Thôn Đồng Tâm',
    ]);
    expect(teams.items.find((i: { id: string }) => i.id === teamId)).toMatchObject({
      village: 'Thôn Nà Mạ',
      members: 3,
      trained: 0,
      belowMinimum: true,
      canEdit: true,
      commune: { id: hoaAn },
    });
    // A demo village's team exists already: a second one is refused.
    expect((await focal.post(`/api/bodies/${hoaAn}/teams`, { village: 'thôn đồng tâm' })).statusCode).toBe(
      409,
    );
    // The province sees the commune's teams, and may keep them too.
    const fromProvince = (await viewer.get(`/api/bodies/${province}/teams`)).json();
    expect(fromProvince.items.map((i: { village: string }) => i.village)).toContain('Thôn Nà Mạ');
    expect(fromProvince.canEdit).toBe(false);
  });

  it('refuses a phone twice, a bad phone, a team of another audience, and a reader who does not keep the roster', async () => {
    const twice = await addPerson(focal, hoaAn, {
      audience: 'digital_team',
      fullName: 'Người trùng',
      phone: '0912345601',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ field: 'phone' });
    const bad = await addPerson(focal, hoaAn, {
      audience: 'citizens',
      fullName: 'Số bàn',
      phone: '0203 123 456',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/di động/);
    const wrongTeam = await addPerson(focal, hoaAn, { audience: 'officials', fullName: 'Công chức', teamId });
    expect(wrongTeam.statusCode).toBe(400);
    expect(
      (await addPerson(viewer, hoaAn, { audience: 'officials', fullName: 'Người xem' })).statusCode,
    ).toBe(404);
    // The commune's focal point keeps its own roster only.
    expect(
      (await addPerson(focal, neighbours[0] as string, { audience: 'officials', fullName: 'Xã khác' }))
        .statusCode,
    ).toBe(404);
    const roster = (await focal.get(`/api/bodies/${hoaAn}/roster?audience=digital_team`)).json();
    expect(roster.items).toHaveLength(3);
  });

  it('records that a member left (optimistic) and stops counting them', async () => {
    const roster = (await focal.get(`/api/bodies/${hoaAn}/roster?q=cuong`)).json();
    const cuong = roster.items[0] as Person & { audience: string; teamId: string };
    expect(cuong.fullName).toBe('Lục Văn Cường');
    const left = await put(focal, `/api/roster/${cuong.id}`, {
      audience: 'digital_team',
      fullName: cuong.fullName,
      phone: cuong.phone,
      teamId: cuong.teamId,
      leftOn: '2026-08-01',
      version: cuong.version,
    });
    expect(left.statusCode).toBe(200);
    const stale = await put(focal, `/api/roster/${cuong.id}`, {
      audience: 'digital_team',
      fullName: cuong.fullName,
      version: cuong.version,
    });
    expect(stale.statusCode).toBe(409);
    const teams = (await focal.get(`/api/bodies/${hoaAn}/teams`)).json();
    expect(teams.items.find((i: { id: string }) => i.id === teamId)).toMatchObject({ members: 2 });
    // Someone who left frees their phone: a newcomer may take it.
    const newcomer = await addPerson(focal, hoaAn, {
      audience: 'digital_team',
      fullName: 'Đàm Thị Dung',
      phone: '0912345603',
      teamId,
    });
    expect(newcomer.statusCode).toBe(201);
  });

  it('names the team’s leader among its present members, optimistic on the team’s version', async () => {
    const team = (await focal.get(`/api/bodies/${hoaAn}/teams`))
      .json()
      .items.find((i: { id: string }) => i.id === teamId);
    const members = (await focal.get(`/api/bodies/${hoaAn}/roster?teamId=${teamId}`)).json().items;
    const an = members.find((p: { fullName: string }) => p.fullName === 'Nông Văn An');
    const named = await put(focal, `/api/teams/${teamId}`, { leaderId: an.id, version: team.version });
    expect(named.statusCode).toBe(204);
    const stale = await put(focal, `/api/teams/${teamId}`, { leaderId: null, version: team.version });
    expect(stale.statusCode).toBe(409);
    const outsider = (
      await addPerson(focal, hoaAn, {
        audience: 'officials',
        fullName: 'Ma Thị Én',
        roleTitle: 'Công chức văn hóa',
      })
    ).json();
    const after = (await focal.get(`/api/bodies/${hoaAn}/teams`))
      .json()
      .items.find((i: { id: string }) => i.id === teamId);
    expect(after.leader).toEqual({ id: an.id, fullName: 'Nông Văn An' });
    if (outsider) {
      const refused = await put(focal, `/api/teams/${teamId}`, {
        leaderId: outsider.id,
        version: after.version,
      });
      expect(refused.statusCode).toBe(400);
    }
  });

  it('logs a team’s activity, not in the future', async () => {
    const ok = await focal.post(`/api/teams/${teamId}/activities`, {
      happenedOn: '2026-08-19',
      what: 'Hướng dẫn người dân cài đặt VNeID',
      citizensHelped: 25,
    });
    expect(ok.statusCode).toBe(201);
    const future = await focal.post(`/api/teams/${teamId}/activities`, {
      happenedOn: '2026-08-21',
      what: 'Chưa diễn ra',
      citizensHelped: 1,
    });
    expect(future.statusCode).toBe(400);
    const log = (await viewer.get(`/api/teams/${teamId}/activities`)).json();
    expect(log.items).toEqual([
      expect.objectContaining({ what: 'Hướng dẫn người dân cài đặt VNeID', citizensHelped: 25 }),
    ]);
    const teams = (await focal.get(`/api/bodies/${hoaAn}/teams`)).json().items;
    expect(teams.find((i: { id: string }) => i.id === teamId).citizensHelpedLast30Days).toBe(25);
  });
});

describe('a training course with quotas, QR attendance and certificates', () => {
  let courseId: string;
  let otherCourseId: string;
  let code: string;
  let team: Person[];

  it('is organised by the province with quotas for three communes', async () => {
    const res = await coordinator.post(`/api/bodies/${province}/courses`, {
      kind: 'training',
      topic: 'Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng',
      audiences: ['digital_team'],
      startsOn: '2026-08-20',
      endsOn: '2026-08-21',
      place: 'Hội trường Sở Khoa học và Công nghệ',
      quotas: [
        { bodyId: hoaAn, quota: 2 },
        { bodyId: neighbours[0], quota: 3 },
        { bodyId: neighbours[1], quota: 3 },
      ],
    });
    expect(res.statusCode).toBe(201);
    courseId = res.json().id;
    otherCourseId = await createCourse(coordinator, province, {
      topic: 'Lớp khác cùng ngày',
      audiences: ['digital_team'],
      startsOn: '2026-08-20',
      quotas: [{ bodyId: hoaAn, quota: 5 }],
    });
    const mine = (await focal.get('/api/courses')).json();
    expect(mine.items.find((c: { id: string }) => c.id === courseId)).toMatchObject({
      toNominate: 2,
      invited: 3,
    });
    const bad = await coordinator.post(`/api/bodies/${province}/courses`, {
      kind: 'training',
      topic: 'Ngày sai',
      audiences: ['digital_team'],
      startsOn: '2026-08-21',
      endsOn: '2026-08-20',
      quotas: [],
    });
    expect(bad.statusCode).toBe(400);
  });

  it('takes Hòa An’s nominations from its roster, within its quota', async () => {
    team = (await focal.get(`/api/bodies/${hoaAn}/roster?audience=digital_team`))
      .json()
      .items.filter((p: { leftOn: string | null }) => p.leftOn === null);
    expect(team).toHaveLength(3);
    const over = await focal.post(`/api/courses/${courseId}/nominations`, {
      bodyId: hoaAn,
      personIds: team.map((p) => p.id),
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toMatch(/tối đa 2 người/);
    const two = team.slice(0, 2).map((p) => p.id);
    const ok = await focal.post(`/api/courses/${courseId}/nominations`, { bodyId: hoaAn, personIds: two });
    expect(ok.json()).toEqual({ nominated: 2, quota: 2 });
    // Sending the same people again changes nothing.
    expect(
      (await focal.post(`/api/courses/${courseId}/nominations`, { bodyId: hoaAn, personIds: two }))
        .statusCode,
    ).toBe(200);
    // Another commune's quota is not Hòa An's to fill.
    const foreign = await focal.post(`/api/courses/${courseId}/nominations`, {
      bodyId: neighbours[0],
      personIds: two,
    });
    expect(foreign.statusCode).toBe(404);
    const course = (await coordinator.get(`/api/courses/${courseId}`)).json();
    const byBody = Object.fromEntries(
      course.invited.map((i: { body: { id: string }; nominated: number }) => [i.body.id, i.nominated]),
    );
    // The organiser sees who has not nominated.
    expect(byBody).toEqual({ [hoaAn]: 2, [neighbours[0] as string]: 0, [neighbours[1] as string]: 0 });
    // Hòa An sees its own row and people only.
    const seen = (await focal.get(`/api/courses/${courseId}`)).json();
    expect(seen.invited.map((i: { body: { id: string } }) => i.body.id)).toEqual([hoaAn]);
    expect(seen.participants).toHaveLength(2);
  });

  it('takes attendance by the session’s QR code, once per person', async () => {
    const shown = await coordinator.get(`/api/courses/${courseId}/attendance-code`);
    expect(shown.statusCode).toBe(200);
    const { url, svg } = shown.json();
    expect(svg).toMatch(/^<svg/);
    const link = new URL(url);
    expect(link.pathname).toBe(`/diem-danh/${courseId}`);
    code = link.searchParams.get('ma') as string;
    // Only the organiser shows the code.
    expect((await focal.get(`/api/courses/${courseId}/attendance-code`)).statusCode).toBe(404);

    const page = await t.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng');
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");

    const attend = (phone: string, withCode = code, course = courseId) =>
      t.app.inject({
        method: 'POST',
        url: `/diem-danh/${course}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ ma: withCode, phone }).toString(),
      });
    const first = await attend('0912 345 601');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Nông Văn An');
    expect(first.body).toContain('Đã ghi nhận bạn có mặt');
    const twice = await attend('+84912345601');
    expect(twice.body).toContain('đã được điểm danh trước đó');

    // A number not sent to this course, a forged code, the code of another course: refused, nothing kept.
    const stranger = await attend('0987 654 321');
    expect(stranger.statusCode).toBe(404);
    expect(stranger.body).toContain('không có trong danh sách được cử');
    const forged = await attend(
      '0912345602',
      `${code.split('.')[0]}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
    );
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('Mã QR không hợp lệ');
    const elsewhere = await attend('0912345602', code, otherCourseId);
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.body).toContain('không thuộc lớp này');
    // <script> typed as a phone comes back escaped.
    const hostile = await attend('<script>alert(1)</script>');
    expect(hostile.body).not.toContain('<script>alert(1)</script>');
    expect(hostile.body).toContain('&lt;script&gt;');

    const course = (await coordinator.get(`/api/courses/${courseId}`)).json();
    expect(course.participants.filter((p: { attendedAt: string | null }) => p.attendedAt)).toHaveLength(1);
  });

  it('refuses a code once it has expired', async () => {
    vi.setSystemTime(new Date(Date.now() + 3 * 60_000));
    const late = await t.app.inject({
      method: 'POST',
      url: `/diem-danh/${courseId}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ma: code, phone: '0912345602' }).toString(),
    });
    expect(late.statusCode).toBe(400);
    expect(late.body).toContain('Mã QR đã hết hạn');
    const course = (await coordinator.get(`/api/courses/${courseId}`)).json();
    expect(course.participants.filter((p: { attendedAt: string | null }) => p.attendedAt)).toHaveLength(1);
  });

  it('lets the organiser tick the one whose phone could not scan', async () => {
    const course = (await coordinator.get(`/api/courses/${courseId}`)).json();
    const absent = course.participants.find((p: { attendedAt: string | null }) => !p.attendedAt);
    const tick = await coordinator.post(`/api/courses/${courseId}/attendance`, {
      participantIds: [absent.id],
      present: true,
    });
    expect(tick.json()).toEqual({ changed: 1 });
    expect(
      (
        await focal.post(`/api/courses/${courseId}/attendance`, {
          participantIds: [absent.id],
          present: true,
        })
      ).statusCode,
    ).toBe(404);
    const after = (await coordinator.get(`/api/courses/${courseId}`)).json();
    expect(after.participants.map((p: { attendanceMethod: string }) => p.attendanceMethod).sort()).toEqual([
      'qr',
      'ticked',
    ]);
  });

  it('issues certificates once the course has ended, each verifiable on the public page', async () => {
    const early = await coordinator.post(`/api/courses/${courseId}/certificates`);
    expect(early.statusCode).toBe(409);
    pinClock('2026-08-21T16:00:00+07:00');
    const issued = await coordinator.post(`/api/courses/${courseId}/certificates`);
    expect(issued.json()).toEqual({ issued: 2 });
    expect((await coordinator.post(`/api/courses/${courseId}/certificates`)).json()).toEqual({ issued: 0 });
    const course = (await focal.get(`/api/courses/${courseId}`)).json();
    const numbers = course.participants.map((p: { certificateNo: string }) => p.certificateNo);
    expect(numbers.every((n: string) => /^CN-2026-\d{6}$/.test(n))).toBe(true);
    expect(new Set(numbers).size).toBe(2);

    const participant = course.participants[0];
    const pdf = await focal.get(`/api/participants/${participant.id}/certificate.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const genuine = await t.app.inject({ method: 'GET', url: `/chung-nhan/${participant.id}` });
    expect(genuine.statusCode).toBe(200);
    expect(genuine.body).toContain('Giấy chứng nhận hợp lệ');
    expect(genuine.body).toContain(participant.person.fullName);
    const unknown = await t.app.inject({ method: 'GET', url: `/chung-nhan/${crypto.randomUUID()}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Không tìm thấy giấy chứng nhận');
  });
});

describe('indicators that measure themselves', () => {
  let planId: string;
  let periodId: string;

  async function indicatorAt(indicatorId: string, bodyId: string) {
    const res = await coordinator.get(
      `/api/indicators/${indicatorId}/rollup?periodId=${periodId}&bodyId=${bodyId}`,
    );
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  beforeAll(async () => {
    pinClock('2026-08-22T09:00:00+07:00');
    planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
    const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
    periodId = periods.find(
      (p: { dataFrom: string; dataTo: string }) => p.dataFrom <= '2026-08-22' && p.dataTo >= '2026-08-22',
    ).id;
  });

  it('proposes the binding from a target’s wording, and the coordinator confirms it', async () => {
    const { items } = (await coordinator.get(`/api/plans/${planId}/indicators`)).json();
    const staff = items.find((i: { targetText: string | null }) =>
      i.targetText?.includes('đào tạo chuyên sâu'),
    );
    expect(staff.proposedBinding).toEqual({ kind: 'audience_trained', audience: 'communication_staff' });
    const officials = items.find(
      (i: { proposedBinding: { audience: string } | null }) => i.proposedBinding?.audience === 'officials',
    );
    expect(officials.proposedBinding.kind).toBe('audience_informed');
    expect(
      (
        await put(focal, `/api/indicators/${staff.id}/binding`, {
          binding: staff.proposedBinding,
          version: staff.version,
        })
      ).statusCode,
    ).toBe(404);
    const bound = await put(coordinator, `/api/indicators/${officials.id}/binding`, {
      binding: officials.proposedBinding,
      version: officials.version,
    });
    expect(bound.statusCode).toBe(204);
    const after = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
    expect(after.find((i: { id: string }) => i.id === officials.id)).toMatchObject({
      source: 'computed',
      computedKind: 'audience_informed',
      computedAudience: 'officials',
      proposedBinding: null,
    });
  });

  it('measures digital-team members trained, Σ/Σ over the subtree, from attendance', async () => {
    const created = await coordinator.post(`/api/plans/${planId}/indicators`, {
      name: 'Tỷ lệ thành viên Tổ công nghệ số cộng đồng được tập huấn',
      numeratorLabel: 'Số thành viên được tập huấn',
      denominatorLabel: 'Tổng số thành viên',
      unit: '%',
      measure: 'ratio',
      targets: [{ year: 2026, comparator: '>=', value: 80 }],
    });
    const id = created.json().id;
    const indicator = (await coordinator.get(`/api/plans/${planId}/indicators`))
      .json()
      .items.find((i: { id: string }) => i.id === id);
    await put(coordinator, `/api/indicators/${id}/binding`, {
      binding: { kind: 'audience_trained', audience: 'digital_team' },
      version: indicator.version,
    });
    // Hòa An: 3 present members (one left before), 2 trained.
    const atHoaAn = await indicatorAt(id, hoaAn);
    expect(atHoaAn.value).toMatchObject({ numerator: 2, denominator: 3, value: 66.7 });
    // A neighbour's team of 4, nobody trained: the province is 2/7, not the mean of 66.7 % and 0 %.
    for (const [i, name] of ['A', 'B', 'C', 'D'].entries()) {
      await addPerson(coordinator, neighbours[0] as string, {
        audience: 'digital_team',
        fullName: `Thành viên ${name}`,
        phone: `09123457${String(i).padStart(2, '0')}`,
      });
    }
    const atProvince = await indicatorAt(id, province);
    expect(atProvince.value).toMatchObject({ numerator: 2, denominator: 7, value: 28.6 });
    expect(atProvince.children.find((c: { body: { id: string } }) => c.body.id === hoaAn)?.value).toBe(66.7);
  });

  it('measures officials informed from briefings counted per body, capped at the head-count', async () => {
    const { items } = (await coordinator.get(`/api/plans/${planId}/indicators`)).json();
    const officials = items.find(
      (i: { computedAudience: string | null }) => i.computedAudience === 'officials',
    );
    expect(
      (
        await put(focal, `/api/bodies/${hoaAn}/headcounts`, {
          audience: 'officials',
          year: 2026,
          headcount: 40,
        })
      ).statusCode,
    ).toBe(200);
    const briefing = (topic: string) =>
      createCourse(coordinator, province, {
        kind: 'briefing',
        topic,
        audiences: ['officials'],
        startsOn: '2026-08-22',
        quotas: [{ bodyId: hoaAn, quota: 40 }],
      });
    const first = await briefing('Hội nghị quán triệt Nghị quyết 57-NQ/TW');
    const count = (courseId: string, attended: number, agent = focal) =>
      put(agent, `/api/courses/${courseId}/counts`, { bodyId: hoaAn, audience: 'officials', attended });
    expect((await count(first, 30)).statusCode).toBe(200);
    expect((await count(first, 30, viewer)).statusCode).toBe(404);
    expect((await indicatorAt(officials.id, hoaAn)).value).toMatchObject({
      numerator: 30,
      denominator: 40,
      value: 75,
    });
    // A second briefing of 25: people counted are not named, so the two are not added (30, not 55).
    const second = await briefing('Hội nghị phổ biến Chương trình hành động');
    await count(second, 25);
    expect((await indicatorAt(officials.id, hoaAn)).value).toMatchObject({ numerator: 30, denominator: 40 });
    // More counted than the body has: capped at its head-count.
    await count(second, 55);
    expect((await indicatorAt(officials.id, hoaAn)).value).toMatchObject({
      numerator: 40,
      denominator: 40,
      value: 100,
    });
    const summary = (await focal.get(`/api/bodies/${hoaAn}/people?on=2026-08-22`)).json();
    expect(summary.audiences.find((a: { audience: string }) => a.audience === 'officials')).toMatchObject({
      headcount: 40,
      denominator: 40,
      informed: 40,
    });
  });

  it('shows the computed value in the commune’s report form, with the labels of its figures', async () => {
    const form = (await focal.get(`/api/periods/${periodId}/reports/${hoaAn}`)).json();
    const officials = form.indicators.find((i: { name: string }) => i.name.includes('công chức, viên chức'));
    expect(officials).toMatchObject({
      source: 'computed',
      numeratorLabel: 'Số cán bộ, công chức, viên chức đã được phổ biến, quán triệt trong năm',
      denominatorLabel: 'Tổng số cán bộ, công chức, viên chức',
      value: { numerator: 40, denominator: 40, value: 100 },
    });
  });
});
