import { expect } from 'vitest';
import { type Agent, bodyIdByCode, signIn, type TestApp } from './test-app.ts';

// Setup shared by the quiz suites: a question bank and a published contest in the province, and
// participants who register, answer and submit through the public routes.

type Response = Awaited<ReturnType<TestApp['app']['inject']>>;

export type QuizOption = { key: string; text: string; correct: boolean };

/** Two options, A right and B wrong. */
export const YES_NO: QuizOption[] = [
  { key: 'A', text: 'Đúng', correct: true },
  { key: 'B', text: 'Sai', correct: false },
];

/** The seeded questions by code: `one` and `two` are {@link YES_NO}, `multi` is right with A and C. */
export interface QuizQuestionIds {
  one: string;
  two: string;
  multi: string;
}

export interface PublishedContest {
  coordinator: Agent;
  /** Xã Hòa An (code 02353), the body participants register under. */
  hoaAn: string;
  contestId: string;
  questionIds: QuizQuestionIds;
}

/**
 * As the province's coordinator, adds the three questions of {@link QuizQuestionIds} on
 * 'Nghị quyết 57' and publishes a contest drawing all three, in weekly rounds from Monday
 * 1 June 2026 (Vietnam time), ten minutes an attempt and one prize.
 */
export async function publishNq57Contest(
  t: TestApp,
  rules: { attemptsPerRound: number; weeks: number },
): Promise<PublishedContest> {
  const coordinator = await signIn(t.app, 'tq.dieuphoi');
  const province = await bodyIdByCode(t.handle, '08');
  const hoaAn = await bodyIdByCode(t.handle, '02353');
  const make = async (code: string, options: QuizOption[]) => {
    const res = await coordinator.post('/api/quiz/questions', {
      bodyId: province,
      code,
      topic: 'Nghị quyết 57',
      difficulty: 1,
      text: `Câu ${code}?`,
      explanation: `Giải thích ${code}.`,
      options,
    });
    return res.json().id as string;
  };
  const questionIds = {
    one: await make('one', YES_NO),
    two: await make('two', YES_NO),
    multi: await make('multi', [
      { key: 'A', text: 'Khoa học', correct: true },
      { key: 'B', text: 'Thể thao', correct: false },
      { key: 'C', text: 'Chuyển đổi số', correct: true },
    ]),
  };
  const created = await coordinator.post('/api/quiz/contests', {
    bodyId: province,
    title: 'Tìm hiểu Nghị quyết 57',
    eligibleGroups: ['citizens'],
    topicQuotas: [{ topic: 'Nghị quyết 57', count: 3 }],
    timeLimitSeconds: 600,
    attemptsPerRound: rules.attemptsPerRound,
    prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
    startsOn: '2026-06-01',
    weeks: rules.weeks,
  });
  const contestId = created.json().id as string;
  await coordinator.post(`/api/quiz/contests/${contestId}/publish`, { version: 1 });
  return { coordinator, hoaAn, contestId, questionIds };
}

export type ParticipantRequest = [
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  token?: string,
  payload?: object,
];

/** A public quiz route, as the participant holding `token` (anonymous without one). */
export const participantCall = (
  t: TestApp,
  ...[method, url, token, payload]: ParticipantRequest
): Promise<Response> =>
  t.app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    headers: token ? { 'x-participant': token } : {},
  });

/** A citizen of Xã Hòa An registering for the contest, from `remoteAddress` when given. */
export const register = (
  t: TestApp,
  contest: { contestId: string; hoaAn: string },
  person: { citizenId: string; fullName: string },
  remoteAddress?: string,
): Promise<Response> =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/contests/${contest.contestId}/register`,
    payload: { ...person, phone: '0912345678', bodyId: contest.hoaAn, group: 'citizens' },
    ...(remoteAddress ? { remoteAddress } : {}),
  });

/** {@link register}, which must succeed; returns the participant's token. */
export async function registerParticipant(...args: Parameters<typeof register>): Promise<string> {
  const res = await register(...args);
  expect(res.statusCode).toBe(200);
  return res.json().token as string;
}

/**
 * Answers every question of an attempt at the contest of {@link publishNq57Contest}: correctly
 * when `right`, else with a wrong option.
 */
export async function answerEveryQuestion(
  t: TestApp,
  questionIds: QuizQuestionIds,
  token: string,
  attempt: { id: string; questions: { id: string }[] },
  right: boolean,
) {
  for (const q of attempt.questions) {
    const multi = q.id === questionIds.multi;
    const optionKeys = multi ? (right ? ['A', 'C'] : ['A']) : right ? ['A'] : ['B'];
    const res = await participantCall(t, 'PUT', `/api/public/attempts/${attempt.id}/answers/${q.id}`, token, {
      optionKeys,
    });
    expect(res.statusCode).toBe(200);
  }
}

/**
 * {@link participantCall}, {@link registerParticipant} and {@link answerEveryQuestion} bound to a
 * suite's app and contest. `suite` is read at each call, since both exist only once `beforeAll`
 * has run; `remoteAddress` gives each citizen their own client address when set.
 */
export function participantsOf(
  suite: () => { t: TestApp; contestId: string; hoaAn: string; questionIds: QuizQuestionIds },
  remoteAddress?: (citizenId: string) => string,
) {
  return {
    call: (...request: ParticipantRequest) => participantCall(suite().t, ...request),
    registerAs: (citizenId: string, fullName: string) =>
      registerParticipant(suite().t, suite(), { citizenId, fullName }, remoteAddress?.(citizenId)),
    answerAll: (token: string, attempt: { id: string; questions: { id: string }[] }, right: boolean) =>
      answerEveryQuestion(suite().t, suite().questionIds, token, attempt, right),
    /** Starts an attempt in the contest's open round; the test fails unless it is started. */
    start: async <Attempt>(token: string): Promise<Attempt> => {
      const res = await participantCall(
        suite().t,
        'POST',
        `/api/public/contests/${suite().contestId}/attempts`,
        token,
      );
      expect(res.statusCode).toBe(200);
      return res.json();
    },
  };
}
