import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { participantsOf, publishNq57Contest, type QuizQuestionIds } from './support/quiz.ts';
import { createTestApp, signIn, type TestApp } from './support/test-app.ts';

// Fairness of a contest around its rounds' close, on a pinned clock (security review, findings 5,
// 6 and 12): nothing changes a round once it has closed, and its published results never change;
// an excluded organiser can neither start nor submit, nor appear in the results; the answer key of
// questions a later round may draw stays hidden until the contest ends.

// Two weekly rounds from Monday 1 June 2026 (Vietnam time).
const ROUND_1_CLOSES = '2026-06-07T16:59:59.000Z';
const ROUND_2_CLOSES = '2026-06-14T16:59:59.000Z';
const at = (iso: string, plusMs = 0) => vi.setSystemTime(new Date(Date.parse(iso) + plusMs));
const MINUTE = 60_000;

let t: TestApp;
let contestId: string;
let hoaAn: string;
let questionIds: QuizQuestionIds;

interface Attempt {
  id: string;
  deadlineAt: string;
  questions: { id: string }[];
}

const {
  call,
  registerAs,
  answerAll,
  start: startAttempt,
} = participantsOf(() => ({ t, contestId, hoaAn, questionIds }));
const start = (token: string) => startAttempt<Attempt>(token);

const submit = (token: string, attempt: Attempt, prediction: number | null) =>
  call('POST', `/api/public/attempts/${attempt.id}/submit`, token, { prediction });
const results = (round: number) => call('GET', `/api/public/contests/${contestId}/rounds/${round}/results`);
/** The organiser, signed in afresh: the clock jumps further than a session lasts. */
const organiser = () => signIn(t.app, 'tq.dieuphoi');
const exclude = async (citizenId: string) =>
  (await organiser()).post(`/api/quiz/contests/${contestId}/exclusions`, { citizenIds: [citizenId] });

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2026-06-02T09:00:00+07:00');
  t = await createTestApp({ registerPerMinute: 1000, attemptPerMinute: 10_000, publicPerMinute: 10_000 });
  ({ contestId, hoaAn, questionIds } = await publishNq57Contest(t, { attemptsPerRound: 3, weeks: 2 }));
});
afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});

describe('an organiser excluded after registering (finding 6)', () => {
  it('can no longer submit the attempt under way, nor start another', async () => {
    at('2026-06-03T10:00:00+07:00');
    const token = await registerAs('001099000005', 'Ban Tổ Chức');
    const attempt = await start(token);
    await answerAll(token, attempt, true);
    expect((await exclude('001099000005')).statusCode).toBe(204);
    const submitted = await submit(token, attempt, 3);
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().error.message).toMatch(/ban tổ chức không được dự thi/);
    const again = await call('POST', `/api/public/contests/${contestId}/attempts`, token);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/ban tổ chức không được dự thi/);
    const row = await t.handle.db
      .selectFrom('quiz_attempts')
      .select('submitted_at')
      .where('id', '=', attempt.id)
      .executeTakeFirstOrThrow();
    expect(row.submitted_at).toBeNull();
  });
});

describe('around the close of round 1', () => {
  const tokens: Record<string, string> = {};
  const attempts: Record<string, Attempt> = {};
  let published: unknown;

  it('takes the round: one submits a perfect attempt and is excluded afterwards', async () => {
    at('2026-06-03T11:00:00+07:00');
    tokens.an = await registerAs('001099000001', 'Nguyễn Văn An');
    attempts.an = await start(tokens.an);
    at('2026-06-03T11:02:00+07:00');
    await answerAll(tokens.an, attempts.an, true);
    expect((await submit(tokens.an, attempts.an, 3)).statusCode).toBe(200);

    tokens.binh = await registerAs('001099000002', 'Trần Thị Bình');
    attempts.binh = await start(tokens.binh);
    await answerAll(tokens.binh, attempts.binh, false);
    expect((await submit(tokens.binh, attempts.binh, 3)).statusCode).toBe(200);

    // Faster than An with the same score and prediction: first, until excluded before the close.
    at('2026-06-04T08:00:00+07:00');
    tokens.insider = await registerAs('001099000006', 'Người Trong Ban');
    attempts.insider = await start(tokens.insider);
    at('2026-06-04T08:00:30+07:00');
    await answerAll(tokens.insider, attempts.insider, true);
    expect((await submit(tokens.insider, attempts.insider, 3)).statusCode).toBe(200);
    at('2026-06-05T08:00:00+07:00');
    expect((await exclude('001099000006')).statusCode).toBe(204);

    // Answers everything right but does not submit before the close.
    tokens.late = await registerAs('001099000003', 'Lê Văn Muộn');
    attempts.late = await start(tokens.late);
    await answerAll(tokens.late, attempts.late, true);
  });

  it('ends an attempt started just before the close at the close, not after its time limit', async () => {
    at(ROUND_1_CLOSES, -2 * MINUTE);
    tokens.edge = await registerAs('001099000004', 'Phạm Thị Sát Giờ');
    attempts.edge = await start(tokens.edge);
    expect(attempts.edge.deadlineAt).toBe(ROUND_1_CLOSES);
    at(ROUND_1_CLOSES, -MINUTE);
    await answerAll(tokens.edge, attempts.edge, true);
  });

  it('takes a submission in flight during the grace after the close, at the close, and publishes nothing yet', async () => {
    at(ROUND_1_CLOSES, 3000);
    const edge = await submit(tokens.edge as string, attempts.edge as Attempt, 5);
    expect(edge.statusCode).toBe(200);
    expect(edge.json().submittedAt).toBe(ROUND_1_CLOSES);
    const early = await results(1);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/chưa kết thúc/);
  });

  it('publishes the results once settled, without the excluded organisers', async () => {
    at(ROUND_1_CLOSES, 6000);
    const res = await results(1);
    expect(res.statusCode).toBe(200);
    published = res.json();
    expect(res.json()).toMatchObject({
      participants: 3,
      winners: [{ tier: 'Giải Nhất', winners: [{ name: 'Nguyễn Văn An' }] }],
      tallies: [{ body: 'Xã Hòa An', participants: 3, attempts: 3 }],
    });
    expect(res.json().ranking.map((r: { name: string; correct: number }) => [r.name, r.correct])).toEqual([
      ['Nguyễn Văn An', 3],
      ['Phạm Thị Sát Giờ', 3],
      ['Trần Thị Bình', 0],
    ]);
    expect(res.body).not.toMatch(/Người Trong Ban|Ban Tổ Chức/);
  });

  it('refuses every answer and submission of the round once it has closed', async () => {
    at(ROUND_1_CLOSES, 6000);
    const late = attempts.late as Attempt;
    const answered = await call(
      'PUT',
      `/api/public/attempts/${late.id}/answers/${late.questions[0]?.id}`,
      tokens.late,
      { optionKeys: ['A'] },
    );
    expect(answered.statusCode).toBe(409);
    // A prediction taken from the published count does not get in.
    const submitted = await submit(tokens.late as string, late, 3);
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().error.message).toMatch(/Vòng thi đã kết thúc/);
    // A replayed submission still answers with what was submitted before.
    const replay = await submit(tokens.an as string, attempts.an as Attempt, 999);
    expect(replay.json()).toMatchObject({ prediction: 3 });
  });

  it('never changes the published results, whatever changes afterwards', async () => {
    at(ROUND_1_CLOSES, 60 * MINUTE);
    // Re-registering the winner under another name changes nothing; neither do a renamed body
    // nor the winner excluded after the round.
    await call('POST', `/api/public/contests/${contestId}/register`, undefined, {
      fullName: 'Kẻ Mạo Danh',
      phone: '0912345678',
      citizenId: '001099000001',
      bodyId: hoaAn,
      group: 'citizens',
    });
    await t.handle.db.updateTable('bodies').set({ name: 'Xã Đổi Tên' }).where('id', '=', hoaAn).execute();
    expect((await exclude('001099000001')).statusCode).toBe(204);
    expect((await results(1)).json()).toEqual(published);
    const organiserView = await (await organiser()).get(`/api/quiz/contests/${contestId}/rounds/1/results`);
    expect(organiserView.json()).toEqual(published);
    await t.handle.db.updateTable('bodies').set({ name: 'Xã Hòa An' }).where('id', '=', hoaAn).execute();
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['actor_id', 'entity_id'])
      .where('action', '=', 'quiz_round.results_publish')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_id).toBeNull();
  });

  it('keeps the answer key hidden while a later round may draw the questions (finding 12)', async () => {
    at(ROUND_1_CLOSES, 6000);
    const review = await call('GET', `/api/public/attempts/${attempts.binh?.id}`, tokens.binh);
    expect(review.statusCode).toBe(200);
    expect(review.json().result).toEqual({ correct: 0, total: 3 });
    expect(review.body).not.toMatch(/"correct":\[|explanation|Giải thích/);
    expect((await results(1)).body).not.toMatch(/explanation|Giải thích/);

    at(ROUND_2_CLOSES, 6000);
    const after = (await call('GET', `/api/public/attempts/${attempts.binh?.id}`, tokens.binh)).json();
    const multi = after.questions.find((q: { id: string }) => q.id === questionIds.multi);
    expect(multi).toMatchObject({ answer: ['A'], correct: ['A', 'C'], explanation: 'Giải thích multi.' });
  });
});
