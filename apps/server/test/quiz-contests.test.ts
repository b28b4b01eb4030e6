import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { YES_NO } from './support/quiz.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let coordinator: Agent;
let province: string;
let hoaAn: string;
let contestId: string;

/** A registration from the given client address (the rate limit counts per address). */
const register = (payload: object, ip = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/contests/${contestId}/register`,
    payload,
    remoteAddress: ip,
  });

const person = (citizenId: string, ip: string) => ({
  payload: { fullName: 'Nguyễn  Văn An', phone: '0912 345 678', citizenId, bodyId: hoaAn, group: 'citizens' },
  ip,
});

beforeAll(async () => {
  // A pinned clock: before the contest below opens, whatever the day the tests run.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-05-20T09:00:00+07:00') });
  ({ t, coordinator } = await signedInApp({ coordinator: 'tq.dieuphoi' }));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  for (let i = 0; i < 3; i++) {
    await coordinator.post('/api/quiz/questions', {
      bodyId: province,
      topic: 'Nghị quyết 57',
      difficulty: 1,
      text: `Câu hỏi số ${i + 1}?`,
      options: YES_NO,
    });
  }
});
afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});

describe('contests and rounds', () => {
  it('refuses quotas the bank cannot fill, naming the topic', async () => {
    const res = await coordinator.post('/api/quiz/contests', {
      bodyId: province,
      title: 'Tìm hiểu Nghị quyết 57',
      eligibleGroups: ['citizens'],
      topicQuotas: [{ topic: 'Nghị quyết 57', count: 5 }],
      startsOn: '2026-06-01',
      weeks: 4,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Nghị quyết 57.*chỉ có 3 câu hỏi, cần 5/);
  });

  it('creates weekly rounds closing at 23:59:59 Vietnam time on their seventh day', async () => {
    const res = await coordinator.post('/api/quiz/contests', {
      bodyId: province,
      title: 'Tìm hiểu Nghị quyết 57',
      eligibleGroups: ['citizens', 'students'],
      topicQuotas: [{ topic: 'Nghị quyết 57', count: 3 }],
      prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
      startsOn: '2026-06-01',
      weeks: 4,
    });
    expect(res.statusCode).toBe(201);
    contestId = res.json().id;
    const contest = (await coordinator.get(`/api/quiz/contests/${contestId}`)).json();
    expect(contest).toMatchObject({ status: 'draft', timeLimitSeconds: 600, attemptsPerRound: 7 });
    expect(contest.rounds).toHaveLength(4);
    expect(contest.rounds[0]).toMatchObject({
      opensAt: '2026-05-31T17:00:00.000Z',
      closesAt: '2026-06-07T16:59:59.000Z',
    });
    expect((await t.app.inject({ method: 'GET', url: `/api/public/contests/${contestId}` })).statusCode).toBe(
      404,
    );
    expect(
      (await coordinator.post(`/api/quiz/contests/${contestId}/publish`, { version: contest.version }))
        .statusCode,
    ).toBe(204);
    const open = await t.app.inject({ method: 'GET', url: `/api/public/contests/${contestId}` });
    expect(open.json()).toMatchObject({ title: 'Tìm hiểu Nghị quyết 57', rounds: expect.any(Array) });
    expect(open.body).not.toMatch(/Câu hỏi số/);
  });
});

describe('registration', () => {
  it('registers a participant, keeping the citizen ID only as a key and a mask', async () => {
    const { payload, ip } = person('001099012345', '10.0.0.1');
    const res = await register(payload, ip);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      citizenId: '001•••••••45',
      fullName: 'Nguyễn Văn An',
      returning: false,
    });
    const row = await t.handle.db.selectFrom('quiz_participants').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('001099012345');
    expect(row.phone).toBe('+84912345678');
  });

  it('gives a returning participant their token back only with the phone they registered, keeping their details', async () => {
    const first = await register(person('001099012345', '10.0.0.1').payload, '10.0.0.1');
    const { payload, ip } = person('001 099 012 345', '10.0.0.2');
    const res = await register({ ...payload, fullName: 'Tên Khác', phone: '+84 912.345.678' }, ip);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      participantId: first.json().participantId,
      token: first.json().token,
      fullName: 'Nguyễn Văn An',
      returning: true,
    });
    const rows = await t.handle.db.selectFrom('quiz_participants').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ full_name: 'Nguyễn Văn An', phone: '+84912345678' });
  });

  it('gives a stranger who knows only the citizen ID nothing, and the same refusal as for an unusable one (finding 4)', async () => {
    const before = await t.handle.db.selectFrom('quiz_participants').selectAll().execute();
    const { payload, ip } = person('001099012345', '10.0.0.3');
    const stranger = await register({ ...payload, fullName: 'Kẻ Mạo Danh', phone: '0987654321' }, ip);
    expect(stranger.statusCode).toBe(409);
    expect(stranger.body).not.toMatch(/token|participantId|Nguyễn|returning/);
    expect(stranger.json().error.message).toMatch(/nhập đúng số điện thoại đã khai khi đăng ký/);
    expect(await t.handle.db.selectFrom('quiz_participants').selectAll().execute()).toEqual(before);
    // An organiser's citizen ID that nobody registered is refused in exactly the same words: the
    // refusal does not tell a registered participant from an excluded one.
    await coordinator.post(`/api/quiz/contests/${contestId}/exclusions`, { citizenIds: ['001199012348'] });
    const excluded = await register(person('001199012348', '10.0.0.4').payload, '10.0.0.4');
    expect(excluded.statusCode).toBe(stranger.statusCode);
    expect(excluded.json()).toEqual(stranger.json());
  });

  it.each([
    ['an invalid citizen ID', { citizenId: '999099012345' }, 'citizenId'],
    ['a bad phone', { phone: '12345' }, 'phone'],
    ['a group not invited', { group: 'businesses' }, 'group'],
    ['a body outside the organiser', { bodyId: '00000000-0000-4000-8000-000000000000' }, 'bodyId'],
  ])('refuses %s, naming the field in Vietnamese', async (_name, change, field) => {
    const { payload, ip } = person('001099012346', `10.0.1.${field.length}`);
    const res = await register({ ...payload, ...change }, ip);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it('refuses organisers, and tells one who registered before being excluded why, once they prove it', async () => {
    const { payload, ip } = person('001199012349', '10.0.2.1');
    expect((await register(payload, ip)).statusCode).toBe(200);
    expect(
      (await coordinator.post(`/api/quiz/contests/${contestId}/exclusions`, { citizenIds: ['001199012349'] }))
        .statusCode,
    ).toBe(204);
    expect((await coordinator.get(`/api/quiz/contests/${contestId}`)).json().excluded).toEqual(
      expect.arrayContaining(['001•••••••49']),
    );
    const res = await register(payload, '10.0.2.2');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/ban tổ chức không được dự thi/);
    expect(res.body).not.toMatch(/token/);
  });

  it('limits registrations per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const { payload, ip } = person('001099012345', '10.9.9.9');
      statuses.push((await register(payload, ip)).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
