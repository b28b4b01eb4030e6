import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, bodyIdByCode, createTestApp, signIn, type TestApp } from './support/test-app.ts';

let t: TestApp;
let coordinator: Agent;
let province: string;
let hoaAn: string;
let contestId: string;

const register = (payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/public/contests/${contestId}/register`, payload, headers });

const person = (citizenId: string, ip: string) => ({
  payload: { fullName: 'Nguyễn  Văn An', phone: '0912 345 678', citizenId, bodyId: hoaAn, group: 'citizens' },
  headers: { 'x-forwarded-for': ip },
});

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signIn(t.app, 'tq.dieuphoi');
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  for (let i = 0; i < 3; i++) {
    await coordinator.post('/api/quiz/questions', {
      bodyId: province,
      topic: 'Nghị quyết 57',
      difficulty: 1,
      text: `Câu hỏi số ${i + 1}?`,
      options: [
        { key: 'A', text: 'Đúng', correct: true },
        { key: 'B', text: 'Sai', correct: false },
      ],
    });
  }
});
afterAll(async () => t?.close());

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
    const { payload, headers } = person('001099012345', '10.0.0.1');
    const res = await register(payload, headers);
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

  it('recognises a returning participant by citizen ID', async () => {
    const { payload, headers } = person('001 099 012 345', '10.0.0.2');
    const res = await register({ ...payload, phone: '0987654321' }, headers);
    expect(res.json()).toMatchObject({ returning: true });
    const rows = await t.handle.db.selectFrom('quiz_participants').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.phone).toBe('+84987654321');
  });

  it.each([
    ['an invalid citizen ID', { citizenId: '999099012345' }, 'citizenId'],
    ['a bad phone', { phone: '12345' }, 'phone'],
    ['a group not invited', { group: 'businesses' }, 'group'],
    ['a body outside the organiser', { bodyId: '00000000-0000-4000-8000-000000000000' }, 'bodyId'],
  ])('refuses %s, naming the field in Vietnamese', async (_name, change, field) => {
    const { payload, headers } = person('001099012346', `10.0.1.${field.length}`);
    const res = await register({ ...payload, ...change }, headers);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it('refuses organisers', async () => {
    expect(
      (await coordinator.post(`/api/quiz/contests/${contestId}/exclusions`, { citizenIds: ['001199012349'] }))
        .statusCode,
    ).toBe(204);
    expect((await coordinator.get(`/api/quiz/contests/${contestId}`)).json().excluded).toEqual([
      '001•••••••49',
    ]);
    const { payload, headers } = person('001199012349', '10.0.2.1');
    const res = await register(payload, headers);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/ban tổ chức/);
  });

  it('limits registrations per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const { payload, headers } = person('001099012345', '10.9.9.9');
      statuses.push((await register(payload, headers)).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
