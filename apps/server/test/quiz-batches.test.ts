import { createHmac } from 'node:crypto';
import { appSecret } from '@lantoa/db';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { participantsOf, publishNq57Contest, type QuizQuestionIds, register } from './support/quiz.ts';
import { createTestApp, signIn, type TestApp } from './support/test-app.ts';

// The quiz rush with fewer, cheaper requests: answers sent in batches and with the submission, each
// acknowledged only once committed; participant tokens checked without reading the database;
// registrations written together (group commit) without ever making two participants of one person.

// A pinned clock: Wednesday of the contest's only week (1–7 June 2026, Vietnam time).
const NOW = Date.parse('2026-06-03T10:00:00+07:00');
const ROUND_CLOSES = Date.parse('2026-06-07T16:59:59.000Z');

let t: TestApp;
let contestId: string;
let hoaAn: string;
let questionIds: QuizQuestionIds;

interface Attempt {
  id: string;
  questions: { id: string }[];
}

const {
  call,
  registerAs,
  start: startAttempt,
} = participantsOf(() => ({ t, contestId, hoaAn, questionIds }));
const start = (token: string) => startAttempt<Attempt>(token);

const sendAnswers = (
  token: string,
  attempt: Attempt,
  answers: { questionId: string; optionKeys: string[] }[],
) => call('POST', `/api/public/attempts/${attempt.id}/answers`, token, { answers });

/** The answers the database holds for an attempt, by question id. */
async function stored(attempt: Attempt): Promise<Record<string, string[]>> {
  const rows = await t.handle.db
    .selectFrom('quiz_answers')
    .select(['question_id', 'option_keys'])
    .where('attempt_id', '=', attempt.id)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.question_id, r.option_keys]));
}

/** The right answer to each question of the contest of publishNq57Contest. */
const right = (questionId: string) => ({
  questionId,
  optionKeys: questionId === questionIds.multi ? ['A', 'C'] : ['A'],
});

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  t = await createTestApp({ registerPerMinute: 1000, attemptPerMinute: 10_000, publicPerMinute: 10_000 });
  ({ contestId, hoaAn, questionIds } = await publishNq57Contest(t, { attemptsPerRound: 3, weeks: 1 }));
});
afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});
// Tests that move the clock leave it where the others expect it, even when they fail.
afterEach(() => {
  vi.setSystemTime(NOW);
});

describe('answers in batches', () => {
  let token: string;
  let attempt: Attempt;

  it('keeps a batch once acknowledged, and a batch sent again changes nothing', async () => {
    token = await registerAs('001099020001', 'Nguyễn Văn Lô');
    attempt = await start(token);
    const [first, second] = attempt.questions.map((q) => q.id) as [string, string];
    const batch = [right(first), { questionId: second, optionKeys: ['B'] }];
    const res = await sendAnswers(token, attempt, batch);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ saved: 2 });
    expect(await stored(attempt)).toEqual({ [first]: right(first).optionKeys, [second]: ['B'] });
    // The page resends a batch whose answer it did not get (a lost connection): nothing changes.
    expect((await sendAnswers(token, attempt, batch)).statusCode).toBe(200);
    expect(await stored(attempt)).toEqual({ [first]: right(first).optionKeys, [second]: ['B'] });
    // The last answer given to a question wins, within a batch too.
    const changed = [
      { questionId: second, optionKeys: ['A'] },
      { questionId: second, optionKeys: ['B', 'A'] },
    ];
    expect((await sendAnswers(token, attempt, changed)).statusCode).toBe(200);
    expect((await stored(attempt))[second]).toEqual(['A', 'B']);
  });

  it('refuses a whole batch with one answer to a question the attempt did not draw', async () => {
    const third = attempt.questions[2]?.id as string;
    const stranger = '00000000-0000-4000-8000-000000000000';
    const res = await sendAnswers(token, attempt, [
      right(third),
      { questionId: stranger, optionKeys: ['A'] },
    ]);
    expect(res.statusCode).toBe(404);
    expect(await stored(attempt)).not.toHaveProperty(third);
    // Nor may another participant answer for this one.
    const other = await registerAs('001099020002', 'Trần Thị Mận');
    expect((await sendAnswers(other, attempt, [right(third)])).statusCode).toBe(404);
  });

  it('takes the last answers with the submission and scores them', async () => {
    const [, second, third] = attempt.questions.map((q) => q.id) as [string, string, string];
    const res = await call('POST', `/api/public/attempts/${attempt.id}/submit`, token, {
      prediction: 7,
      answers: [right(second), right(third)],
    });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(await stored(attempt))).toHaveLength(3);
    const row = await t.handle.db
      .selectFrom('quiz_attempts')
      .select(['correct', 'prediction'])
      .where('id', '=', attempt.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ correct: 3, prediction: 7 });
    // Sent again (its answer lost on the way), the same submission comes back; answers after it are refused.
    const replay = await call('POST', `/api/public/attempts/${attempt.id}/submit`, token, {
      prediction: 7,
      answers: [right(second), right(third)],
    });
    expect(replay.json()).toEqual(res.json());
    const late = await sendAnswers(token, attempt, [{ questionId: second, optionKeys: ['B'] }]);
    expect(late.statusCode).toBe(409);
    expect((await stored(attempt))[second]).toEqual(right(second).optionKeys);
  });

  it('refuses every batch once the round has closed, alone or with a submission', async () => {
    const late = await registerAs('001099020003', 'Lê Văn Muộn');
    vi.setSystemTime(ROUND_CLOSES - 60_000);
    const open = await start(late);
    vi.setSystemTime(ROUND_CLOSES + 6000);
    const first = open.questions[0]?.id as string;
    const batch = await sendAnswers(late, open, [right(first)]);
    expect(batch.statusCode).toBe(409);
    expect(batch.json().error.message).toMatch(/Vòng thi đã kết thúc/);
    const submitted = await call('POST', `/api/public/attempts/${open.id}/submit`, late, {
      prediction: 1,
      answers: [right(first)],
    });
    expect(submitted.statusCode).toBe(409);
    expect(await stored(open)).toEqual({});
  });
});

describe('participant tokens', () => {
  it('refuses a forged token, a token of another contest, and one past its expiry', async () => {
    const token = await registerAs('001099020004', 'Phạm Thị Tín');
    const attempt = await start(token);
    const [participantId, contest, expiry, mac] = token.split('.') as [string, string, string, string];
    expect(contest).toBe(contestId);
    const forgedMac = `${participantId}.${contest}.${expiry}.${mac.slice(0, -2)}${mac.endsWith('AA') ? 'BB' : 'AA'}`;
    const longer = `${participantId}.${contest}.${(Number.parseInt(expiry, 36) + 86_400).toString(36)}.${mac}`;
    for (const forged of [forgedMac, longer, `${participantId}.${mac}`, 'x.y.z.w', '']) {
      const res = await call('GET', `/api/public/attempts/${attempt.id}`, forged);
      expect(res.statusCode, forged).toBe(401);
    }
    // A second contest of the same organiser: the token of the first is no registration in it.
    const coordinator = await signIn(t.app, 'tq.dieuphoi');
    const created = await coordinator.post('/api/quiz/contests', {
      bodyId: (
        await t.handle.db.selectFrom('bodies').select('id').where('code', '=', '08').executeTakeFirstOrThrow()
      ).id,
      title: 'Cuộc thi thứ hai',
      eligibleGroups: ['citizens'],
      topicQuotas: [{ topic: 'Nghị quyết 57', count: 2 }],
      startsOn: '2026-06-01',
      weeks: 1,
    });
    const secondContest = created.json().id as string;
    await coordinator.post(`/api/quiz/contests/${secondContest}/publish`, { version: 1 });
    const elsewhere = await call('POST', `/api/public/contests/${secondContest}/attempts`, token);
    expect(elsewhere.statusCode).toBe(401);
    // Ninety days after the contest's last round the token has expired; registering again renews it.
    vi.setSystemTime(ROUND_CLOSES + 91 * 86_400_000);
    const expired = await call('GET', `/api/public/attempts/${attempt.id}`, token);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toMatch(/hết hạn/);
    const renewed = await registerAs('001099020004', 'Phạm Thị Tín');
    expect((await call('GET', `/api/public/attempts/${attempt.id}`, renewed)).statusCode).toBe(200);
  });

  it('still takes a token of the first form, and answers with its successor', async () => {
    const token = await registerAs('001099020005', 'Đỗ Văn Cũ');
    const participantId = token.split('.')[0] as string;
    const secret = await appSecret(t.handle.db, 'participant-token');
    const firstForm = `${participantId}.${createHmac('sha256', secret).update(participantId).digest('base64url')}`;
    const res = await call('POST', `/api/public/contests/${contestId}/attempts`, firstForm);
    expect(res.statusCode).toBe(200);
    const successor = res.headers['x-participant-token'] as string;
    expect(successor.split('.')).toHaveLength(4);
    expect(successor.startsWith(`${participantId}.${contestId}.`)).toBe(true);
    expect((await call('GET', `/api/public/attempts/${res.json().id}`, successor)).statusCode).toBe(200);
  });
});

describe('registrations written together', () => {
  it('makes one participant of two registrations of the same person racing', async () => {
    const person = { citizenId: '001099020006', fullName: 'Vũ Thị Đua' };
    const replies = await Promise.all([
      register(t, { contestId, hoaAn }, person),
      register(t, { contestId, hoaAn }, person),
    ]);
    for (const reply of replies) expect(reply.statusCode).toBe(200);
    const [a, b] = replies.map((r) => r.json());
    expect(a.participantId).toBe(b.participantId);
    expect([a.returning, b.returning].sort()).toEqual([false, true]);
    const rows = await t.handle.db
      .selectFrom('quiz_participants')
      .select('id')
      .where('full_name', '=', person.fullName)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('registers many people at once, each on their own, refusing only the faulty one', async () => {
    const people = Array.from({ length: 12 }, (_, i) => ({
      citizenId: `0010990210${String(i).padStart(2, '0')}`,
      fullName: `Thí sinh ${i}`,
    }));
    const replies = await Promise.all([
      ...people.map((person) => register(t, { contestId, hoaAn }, person)),
      register(
        t,
        { contestId, hoaAn: '00000000-0000-4000-8000-000000000000' },
        { citizenId: '001099021099', fullName: 'Sai Đơn Vị' },
      ),
    ]);
    const ids = replies.slice(0, -1).map((r) => {
      expect(r.statusCode).toBe(200);
      return r.json().participantId as string;
    });
    expect(new Set(ids).size).toBe(people.length);
    expect(replies.at(-1)?.statusCode).toBe(400);
    expect(replies.at(-1)?.json().error.field).toBe('bodyId');
  });
});
