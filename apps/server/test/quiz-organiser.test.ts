import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { participantCall, register, YES_NO } from './support/quiz.ts';
import { type Agent, bodyIdByCode, signedInApp, signIn, type TestApp } from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

// The organiser's screens: which banks one manages, the contests list, a round's results.

let t: TestApp;
let coordinator: Agent;
let admin: Agent;
let focal: Agent;
let province: string;
let sonLa: string;
let hoaAn: string;
let contestId: string;
let sonLaContestId: string;

async function seedQuestion(agent: Agent, bodyId: string, topic: string) {
  const res = await agent.post('/api/quiz/questions', {
    bodyId,
    topic,
    difficulty: 1,
    text: `Câu hỏi về ${topic}?`,
    options: YES_NO,
  });
  expect(res.statusCode).toBe(201);
}

beforeAll(async () => {
  // A pinned clock: in the first week of the contest below (from 1 June 2026, Vietnam time).
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-03T10:00:00+07:00') });
  ({ t, coordinator, admin, focal } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    admin: 'admin',
    focal: 'hoaan.daumoi',
  }));
  province = await bodyIdByCode(t.handle, '08');
  sonLa = await bodyIdByCode(t.handle, '14');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  await seedQuestion(coordinator, province, 'Nghị quyết 57');
  await seedQuestion(admin, sonLa, 'Sơn La');
  const mine = await coordinator.post('/api/quiz/contests', {
    bodyId: province,
    title: 'Tìm hiểu Nghị quyết 57',
    eligibleGroups: ['citizens'],
    topicQuotas: [{ topic: 'Nghị quyết 57', count: 1 }],
    prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
    startsOn: '2026-06-01',
    weeks: 3,
  });
  contestId = mine.json().id;
  const theirs = await admin.post('/api/quiz/contests', {
    bodyId: sonLa,
    title: 'Cuộc thi của Sơn La',
    eligibleGroups: ['citizens'],
    topicQuotas: [{ topic: 'Sơn La', count: 1 }],
    startsOn: '2026-06-01',
    weeks: 1,
  });
  sonLaContestId = theirs.json().id;
});
afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});

describe('organiser views', () => {
  it('names the bodies whose bank one manages, and none for those who may not organise', async () => {
    const mine = (await coordinator.get('/api/quiz/organisers')).json();
    expect(mine.items).toEqual([expect.objectContaining({ id: province, name: 'Tỉnh Tuyên Quang' })]);
    expect((await focal.get('/api/quiz/organisers')).json()).toEqual({ items: [] });
    expect((await focal.get('/api/quiz/contests')).json()).toEqual({ items: [] });
  });

  it('lists the contests of one’s own scope only, with their rounds and participants', async () => {
    const list = (await coordinator.get('/api/quiz/contests')).json();
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([contestId]);
    expect(list.items[0]).toMatchObject({
      title: 'Tìm hiểu Nghị quyết 57',
      status: 'draft',
      body: { id: province, name: 'Tỉnh Tuyên Quang' },
      rounds: 3,
      participants: 0,
      attemptsPerRound: 7,
      timeLimitSeconds: 600,
    });
    expect(Date.parse(list.items[0].closesAt) - Date.parse(list.items[0].opensAt)).toBe(
      21 * 86_400_000 - 1000,
    );
    const all = (await admin.get('/api/quiz/contests')).json();
    expect(all.items.map((c: { id: string }) => c.id).sort()).toEqual([contestId, sonLaContestId].sort());
  });

  it('shows a round’s results to its organiser once it closes, and to no one else', async () => {
    await coordinator.post(`/api/quiz/contests/${contestId}/publish`, { version: 1 });
    const early = await coordinator.get(`/api/quiz/contests/${contestId}/rounds/1/results`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/chưa kết thúc/);
    const registered = await register(
      t,
      { contestId, hoaAn },
      { citizenId: '001099012345', fullName: 'Nguyễn Văn An' },
    );
    const token = registered.json().token as string;
    const attempt = (
      await participantCall(t, 'POST', `/api/public/contests/${contestId}/attempts`, token)
    ).json();
    const question = attempt.questions[0];
    await participantCall(t, 'PUT', `/api/public/attempts/${attempt.id}/answers/${question.id}`, token, {
      optionKeys: ['A'],
    });
    await participantCall(t, 'POST', `/api/public/attempts/${attempt.id}/submit`, token, { prediction: 1 });
    const round = (await coordinator.get(`/api/quiz/contests/${contestId}`)).json().rounds[0];
    // Round 1 closed and its grace for answers in flight is over; new sessions after the days passed.
    vi.setSystemTime(Date.parse(round.closesAt) + 6000);
    coordinator = await signIn(t.app, 'tq.dieuphoi');
    focal = await signIn(t.app, 'hoaan.daumoi');
    const results = await coordinator.get(`/api/quiz/contests/${contestId}/rounds/1/results`);
    expect(results.statusCode).toBe(200);
    expect(results.json()).toMatchObject({
      participants: 1,
      ranking: [{ rank: 1, name: 'Nguyễn Văn An', correct: 1, citizenId: '001•••••••45' }],
      winners: [{ tier: 'Giải Nhất', winners: [{ name: 'Nguyễn Văn An' }] }],
      tallies: [{ body: 'Xã Hòa An', participants: 1 }],
    });
    expect((await focal.get(`/api/quiz/contests/${contestId}/rounds/1/results`)).statusCode).toBe(404);
  });
});

describe('names in the results workbook', () => {
  it('refuses at registration a name that begins like a formula or has no letter', async () => {
    const names = [
      '=HYPERLINK("http://example.invalid","Bấm")',
      '@SUM(1+1)',
      '+84 912 345',
      '-Nguyễn An',
      '12345 678',
    ];
    for (const [i, fullName] of names.entries()) {
      const res = await register(
        t,
        { contestId, hoaAn },
        { citizenId: `00109901230${i}`, fullName },
        `10.2.0.${i + 1}`,
      );
      expect(res.statusCode, fullName).toBe(400);
      expect(res.json().error).toMatchObject({
        field: 'fullName',
        message: expect.stringMatching(/phải có chữ cái và không được bắt đầu bằng dấu =, \+, - hoặc @/),
      });
    }
  });

  it('exports a round with the contest, its dates, each submission time and A4 pages, names as text', async () => {
    const registered = await register(
      t,
      { contestId, hoaAn },
      { citizenId: '001099012346', fullName: 'Trần Thị Bình' },
      '10.2.1.1',
    );
    expect(registered.statusCode, registered.body).toBe(200);
    const { token, participantId } = registered.json();
    // A name registered before names were checked is kept as typed: the workbook writes it as text.
    const formulaName = '=HYPERLINK("http://example.invalid","Bấm")';
    await t.handle.db
      .updateTable('quiz_participants')
      .set({ full_name: formulaName })
      .where('id', '=', participantId)
      .execute();
    const attempt = (
      await participantCall(t, 'POST', `/api/public/contests/${contestId}/attempts`, token)
    ).json();
    await participantCall(
      t,
      'PUT',
      `/api/public/attempts/${attempt.id}/answers/${attempt.questions[0].id}`,
      token,
      { optionKeys: ['A'] },
    );
    await participantCall(t, 'POST', `/api/public/attempts/${attempt.id}/submit`, token, { prediction: 1 });
    const { submitted_at } = await t.handle.db
      .selectFrom('quiz_attempts')
      .select('submitted_at')
      .where('id', '=', attempt.id)
      .executeTakeFirstOrThrow();
    const round = (await coordinator.get(`/api/quiz/contests/${contestId}`)).json().rounds[1];
    vi.setSystemTime(Date.parse(round.closesAt) + 6000);
    coordinator = await signIn(t.app, 'tq.dieuphoi');
    const res = await coordinator.get(`/api/quiz/contests/${contestId}/rounds/2/results.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    const book = await workbookOf(res);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const name = sheet.getRow(2).getCell(header.indexOf('Họ và tên'));
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe(formulaName);
    expect(name.formula).toBeUndefined();
    // Submitted at Vietnam's wall clock, dd/mm/yyyy hh:mm.
    const sent = sheet.getRow(2).getCell(header.indexOf('Nộp bài lúc'));
    expect((sent.value as Date).getTime()).toBe((submitted_at as Date).getTime() + 7 * 3_600_000);
    expect(sent.numFmt).toBe('dd/mm/yyyy hh:mm');
    const lines: string[] = [];
    sheet.eachRow((row) => {
      lines.push(String(row.getCell(1).value));
    });
    expect(lines).toContain('Cuộc thi: Tìm hiểu Nghị quyết 57.');
    expect(
      lines.some((l) => l.startsWith('Vòng 2: từ 08/06/2026 00:00 đến 14/06/2026 23:59 (giờ Việt Nam)')),
    ).toBe(true);
    for (const ws of book.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        printTitlesRow: '1:1',
      });
      expect(ws.headerFooter.oddHeader).toContain('Tìm hiểu Nghị quyết 57 — Vòng 2');
    }
    expect(sheet.pageSetup.orientation).toBe('landscape');
  });
});
