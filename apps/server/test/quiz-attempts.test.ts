import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { participantsOf, publishNq57Contest, type QuizQuestionIds } from './support/quiz.ts';
import { type Agent, createTestApp, signIn, type TestApp } from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

// A pinned clock: Wednesday of the contest's only week (1–7 June 2026, Vietnam time).
const NOW = Date.parse('2026-06-03T10:00:00+07:00');
const ROUND_CLOSES = '2026-06-07T16:59:59.000Z';

let t: TestApp;
let coordinator: Agent;
let contestId: string;
let hoaAn: string;
let questionIds: QuizQuestionIds;

const { call, registerAs, answerAll } = participantsOf(
  () => ({ t, contestId, hoaAn, questionIds }),
  (citizenId) => `10.1.${citizenId.slice(-2)}.1`,
);

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  t = await createTestApp();
  ({ coordinator, contestId, hoaAn, questionIds } = await publishNq57Contest(t, {
    attemptsPerRound: 2,
    weeks: 1,
  }));
});
afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});

describe('taking the quiz', () => {
  let token: string;
  let attempt: { id: string; questions: { id: string; options: { key: string }[] }[] };

  it('starts an attempt with its own order and no answer key in the payload', async () => {
    token = await registerAs('001099012345', 'Nguyễn Văn An');
    const res = await call('POST', `/api/public/contests/${contestId}/attempts`, token);
    expect(res.statusCode).toBe(200);
    attempt = res.json();
    expect(attempt.questions).toHaveLength(3);
    expect(res.body).not.toMatch(/"correct"|explanation|Giải thích/);
  });

  it('resumes the same attempt after a lost connection, with the answers given so far', async () => {
    await answerAll(token, { ...attempt, questions: attempt.questions.slice(0, 2) }, true);
    const again = (await call('POST', `/api/public/contests/${contestId}/attempts`, token)).json();
    expect(again.id).toBe(attempt.id);
    const resumed = (await call('GET', `/api/public/attempts/${attempt.id}`, token)).json();
    expect(resumed.questions.filter((q: { answer: string[] }) => q.answer.length > 0)).toHaveLength(2);
  });

  it('submits once: a replayed submission changes nothing, and answers after it are refused', async () => {
    await answerAll(token, attempt, true);
    const first = await call('POST', `/api/public/attempts/${attempt.id}/submit`, token, { prediction: 3 });
    const replay = await call('POST', `/api/public/attempts/${attempt.id}/submit`, token, {
      prediction: 999,
    });
    expect(replay.json()).toEqual(first.json());
    const late = await call(
      'PUT',
      `/api/public/attempts/${attempt.id}/answers/${attempt.questions[0]?.id}`,
      token,
      {
        optionKeys: ['B'],
      },
    );
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/đã nộp bài/);
  });

  it('refuses answers after the time limit, and attempts over the quota', async () => {
    const second = (await call('POST', `/api/public/contests/${contestId}/attempts`, token)).json();
    expect(second.id).not.toBe(attempt.id);
    // The 10 minutes and the 5 seconds of grace are over.
    vi.setSystemTime(NOW + 10 * 60_000 + 6000);
    const late = await call(
      'PUT',
      `/api/public/attempts/${second.id}/answers/${second.questions[0].id}`,
      token,
      { optionKeys: ['A'] },
    );
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/hết thời gian/);
    await call('POST', `/api/public/attempts/${second.id}/submit`, token, { prediction: null });
    const third = await call('POST', `/api/public/contests/${contestId}/attempts`, token);
    expect(third.statusCode).toBe(409);
    expect(third.json().error.message).toMatch(/hết 2 lượt thi/);
  });

  it('keeps one participant out of another’s attempt, and asks an unknown device to register', async () => {
    const other = await registerAs('001099012346', 'Trần Thị Bình');
    expect((await call('GET', `/api/public/attempts/${attempt.id}`, other)).statusCode).toBe(404);
    expect((await call('GET', `/api/public/attempts/${attempt.id}`, `${attempt.id}.forged`)).statusCode).toBe(
      401,
    );
    const mine = (await call('POST', `/api/public/contests/${contestId}/attempts`, other)).json();
    await answerAll(other, mine, false);
    await call('POST', `/api/public/attempts/${mine.id}/submit`, other, { prediction: 2 });
  });

  it('publishes the ranking, winners and tallies after the round closes, with answers and explanations', async () => {
    const early = await call('GET', `/api/public/contests/${contestId}/rounds/1/results`);
    expect(early.statusCode).toBe(409);
    // The round (the contest's last) closed, and the grace for answers in flight is over.
    vi.setSystemTime(Date.parse(ROUND_CLOSES) + 6000);
    const results = (await call('GET', `/api/public/contests/${contestId}/rounds/1/results`)).json();
    expect(results.participants).toBe(2);
    expect(
      results.ranking.map((r: { name: string; correct: number; attempts: number }) => [
        r.name,
        r.correct,
        r.attempts,
      ]),
    ).toEqual([
      ['Nguyễn Văn An', 3, 2],
      ['Trần Thị Bình', 0, 1],
    ]);
    expect(results.ranking[0].citizenId).toBe('001•••••••45');
    expect(results.winners).toEqual([
      { tier: 'Giải Nhất', winners: [expect.objectContaining({ name: 'Nguyễn Văn An' })] },
    ]);
    expect(results.tallies).toEqual([
      expect.objectContaining({ body: 'Xã Hòa An', participants: 2, attempts: 3, meanScore: 1.5 }),
    ]);
    const review = (await call('GET', `/api/public/attempts/${attempt.id}`, token)).json();
    expect(review.result).toEqual({ correct: 3, total: 3 });
    const multi = review.questions.find((q: { id: string }) => q.id === questionIds.multi);
    expect(multi).toMatchObject({ correct: ['A', 'C'], explanation: 'Giải thích multi.' });
  });

  it('exports the closed round’s results to the organiser as .xlsx', async () => {
    // Signed in again: days have passed since the first session.
    coordinator = await signIn(t.app, 'tq.dieuphoi');
    const res = await coordinator.get(`/api/quiz/contests/${contestId}/rounds/1/results.xlsx`);
    expect(res.statusCode).toBe(200);
    const book = await workbookOf(res);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Vòng 1 - xếp hạng', 'Giải thưởng', 'Theo đơn vị']);
    const first = book.worksheets[0]?.getRow(2).values as unknown[];
    expect(first).toEqual(expect.arrayContaining([1, 'Nguyễn Văn An', '001•••••••45', 'Xã Hòa An', 3]));
    const focal = await signIn(t.app, 'hoaan.daumoi');
    expect((await focal.get(`/api/quiz/contests/${contestId}/rounds/1/results.xlsx`)).statusCode).toBe(404);
  });
});
