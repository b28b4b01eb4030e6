import { randomUUID } from 'node:crypto';
import type { Database } from '@lantoa/db';
import { answerCutoff, attemptDeadline, drawQuestions } from '@lantoa/domain';
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { AppError, notFound } from '../../http/errors.ts';
import { presentAttempt } from '../../presenters/quiz-attempt.ts';
import type { AttemptView } from '../../rows/attempt-view.ts';
import { excludedFromContest } from './attempt-refusals.ts';
import { excludedAmong } from './excluded-participants.ts';
import { loadPublishedContest, type PublishedContest, roundOpenAt } from './load-published-contest.ts';
import { batcherFor, type Outcome, QUIZ_BATCH_OPTIONS, WriteBatcher } from './write-batcher.ts';

type Db = Kysely<Database>;
type AttemptRow = Selectable<Database['quiz_attempts']>;
type Round = PublishedContest['rounds'][number];

interface StartWrite {
  contest: PublishedContest;
  round: Round;
  participantId: string;
  now: Date;
}

type Started = ReturnType<typeof presentAttempt>;

const quotaUsed = (attemptsPerRound: number) =>
  new AppError(
    'conflict',
    `Bạn đã dùng hết ${attemptsPerRound} lượt thi của vòng này. Hẹn gặp lại ở vòng sau.`,
  );

const bankTooSmall = () =>
  new AppError('conflict', 'Ngân hàng câu hỏi chưa đủ cho lượt thi. Hãy báo ban tổ chức.');

/**
 * Starts of many participants in one transaction: their rows locked (one participant starts one
 * attempt at a time, across batches and server instances), their attempts of the round and the
 * banks read once, the new attempts inserted in one statement. Two starts of one participant in a
 * batch give one attempt, as two taps on "start" one after the other would.
 */
async function writeStarts(trx: Transaction<Database>, items: StartWrite[]): Promise<Outcome<Started>[]> {
  const participantIds = [...new Set(items.map((i) => i.participantId))];
  const participants = await trx
    .selectFrom('quiz_participants')
    .select(['id', 'contest_id'])
    .where('id', 'in', participantIds)
    .orderBy('id') // one lock order for every batch: no deadlock between them
    .forUpdate()
    .execute();
  const contestOf = new Map(participants.map((p) => [p.id, p.contest_id]));
  const [excluded, existing, bank] = await Promise.all([
    excludedAmong(trx, participantIds),
    trx
      .selectFrom('quiz_attempts')
      .selectAll()
      .where('participant_id', 'in', participantIds)
      .where('round_id', 'in', [...new Set(items.map((i) => i.round.id))])
      .orderBy('number')
      .execute(),
    trx
      .selectFrom('quiz_questions')
      .select(['id', 'body_id', 'topic', 'text', 'options', 'explanation'])
      .where('body_id', 'in', [...new Set(items.map((i) => i.contest.body_id))])
      .where('active', '=', true)
      .execute(),
  ]);
  // Each participant's attempts of the round, kept up to date as the batch creates new ones.
  const attemptsOf = new Map<string, AttemptRow[]>();
  for (const attempt of existing) {
    const key = `${attempt.participant_id}:${attempt.round_id}`;
    attemptsOf.set(key, [...(attemptsOf.get(key) ?? []), attempt]);
  }
  const created: Insertable<Database['quiz_attempts']>[] = [];
  const createdIds = new Set<string>();
  const chosen = items.map((item): Outcome<AttemptRow> => {
    const { contest, round, participantId, now } = item;
    if (contestOf.get(participantId) !== contest.id) return { error: notFound('thí sinh') };
    if (excluded.has(participantId)) return { error: excludedFromContest() };
    const key = `${participantId}:${round.id}`;
    const mine = attemptsOf.get(key) ?? [];
    const closesAt = round.closes_at.getTime();
    const unfinished = mine.find(
      (a) => !a.submitted_at && now.getTime() <= answerCutoff(a.deadline_at.getTime(), closesAt),
    );
    if (unfinished) return { value: unfinished };
    if (mine.length >= contest.attempts_per_round) return { error: quotaUsed(contest.attempts_per_round) };
    const id = randomUUID();
    let questionIds: string[];
    try {
      questionIds = drawQuestions(
        bank.filter((q) => q.body_id === contest.body_id),
        contest.topic_quotas as { topic: string; count: number }[],
        id,
      );
    } catch (error) {
      if (error instanceof RangeError) return { error: bankTooSmall() };
      throw error;
    }
    const attempt: AttemptRow = {
      id,
      round_id: round.id,
      participant_id: participantId,
      number: mine.length + 1,
      question_ids: questionIds,
      started_at: now,
      deadline_at: new Date(attemptDeadline(now.getTime(), contest.time_limit_seconds, closesAt)),
      submitted_at: null,
      correct: null,
      total: questionIds.length,
      prediction: null,
      duration_ms: null,
    };
    created.push({ ...attempt, question_ids: JSON.stringify(questionIds) });
    createdIds.add(id);
    attemptsOf.set(key, [...mine, attempt]);
    return { value: attempt };
  });
  if (created.length > 0) await trx.insertInto('quiz_attempts').values(created).execute();
  return present(trx, items, chosen, createdIds, bank);
}

/** Each started or resumed attempt as its participant sees it (the answers of a resumed one read once). */
async function present(
  trx: Transaction<Database>,
  items: StartWrite[],
  chosen: Outcome<AttemptRow>[],
  createdIds: Set<string>,
  bank: { id: string; text: string; options: unknown; explanation: string }[],
): Promise<Outcome<Started>[]> {
  const attempts = chosen.flatMap((c) => ('value' in c ? [c.value] : []));
  const resumed = attempts.filter((a) => !createdIds.has(a.id));
  const questionById = new Map(bank.map((q) => [q.id, q]));
  // A resumed attempt may hold a question made inactive since it was drawn.
  const missing = [...new Set(attempts.flatMap((a) => a.question_ids as string[]))].filter(
    (id) => !questionById.has(id),
  );
  const [answers, retired] = await Promise.all([
    resumed.length
      ? trx
          .selectFrom('quiz_answers')
          .select(['attempt_id', 'question_id', 'option_keys'])
          .where(
            'attempt_id',
            'in',
            resumed.map((a) => a.id),
          )
          .execute()
      : [],
    missing.length
      ? trx
          .selectFrom('quiz_questions')
          .select(['id', 'text', 'options', 'explanation'])
          .where('id', 'in', missing)
          .execute()
      : [],
  ]);
  for (const q of retired) questionById.set(q.id, q);
  return chosen.map((outcome, i): Outcome<Started> => {
    if ('error' in outcome) return outcome;
    const attempt = outcome.value;
    const { contest, round, now } = items[i] as StartWrite;
    const view: AttemptView = {
      attempt: { ...attempt, closes_at: round.closes_at, round_number: round.number, contest_id: contest.id },
      questions: (attempt.question_ids as string[]).flatMap((id) => questionById.get(id) ?? []),
      answers: answers.filter((a) => a.attempt_id === attempt.id),
      contestCloses: contest.rounds.map((r) => r.closes_at.getTime()),
    };
    return { value: presentAttempt(view, now) };
  });
}

const startBatchers = new WeakMap<Db, WriteBatcher<StartWrite, Started>>();

/**
 * Starts an attempt in the open round, or resumes the participant's unfinished one. Refused once
 * the round's quota of attempts is used, and to an excluded organiser. Two taps on "start" give one
 * attempt. The attempt's deadline never passes the round's close. Starts arriving together are
 * written in one transaction (group commit); the reply comes after it commits.
 */
export async function startAttempt(db: Db, contestId: string, participantId: string, now = new Date()) {
  const contest = await loadPublishedContest(db, contestId);
  const round = roundOpenAt(contest, now);
  if (!round)
    throw new AppError('conflict', 'Hiện không có vòng thi nào đang mở. Hãy xem lịch các vòng thi.');
  const batcher = batcherFor(startBatchers, db, () => new WriteBatcher(db, writeStarts, QUIZ_BATCH_OPTIONS));
  return batcher.write({ contest, round, participantId, now });
}
