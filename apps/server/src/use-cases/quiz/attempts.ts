import { randomUUID } from 'node:crypto';
import type { Database } from '@lantoa/db';
import {
  awardPrizes,
  drawQuestions,
  rankRound,
  scoreAttempt,
  shuffleOptions,
  tallyByBody,
} from '@lantoa/domain';
import { type Kysely, sql, type Transaction } from 'kysely';
import { AppError, notFound } from '../../http/errors.ts';
import { batcherFor, type Outcome, WriteBatcher } from './write-batcher.ts';

type Db = Kysely<Database>;
interface StoredOption {
  key: string;
  text: string;
  correct: boolean;
}

// Batches committing side by side (PGlite runs them one after another on its single connection).
const batchOptions = {
  maxItems: 500,
  maxInFlight: Number(process.env.LANTOA_QUIZ_WRITE_BATCHES ?? 2),
};

/** Answers arriving this long after the deadline (network, clock skew) still count. */
const GRACE_MS = 5_000;

async function openRound(db: Db, contestId: string, now: Date) {
  const contest = await db
    .selectFrom('quiz_contests')
    .selectAll()
    .where('id', '=', contestId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!contest) throw notFound('cuộc thi');
  const round = await db
    .selectFrom('quiz_rounds')
    .selectAll()
    .where('contest_id', '=', contestId)
    .where('opens_at', '<=', now)
    .where('closes_at', '>=', now)
    .executeTakeFirst();
  if (!round)
    throw new AppError('conflict', 'Hiện không có vòng thi nào đang mở. Hãy xem lịch các vòng thi.');
  return { contest, round };
}

/** What the participant sees of an attempt: questions and options in its own order, never the answer key while the round is open. */
async function presentAttempt(db: Db, attemptId: string, now: Date) {
  const attempt = await db
    .selectFrom('quiz_attempts as a')
    .innerJoin('quiz_rounds as r', 'r.id', 'a.round_id')
    .selectAll('a')
    .select(['r.closes_at', 'r.number as round_number'])
    .where('a.id', '=', attemptId)
    .executeTakeFirstOrThrow();
  const ids = attempt.question_ids as string[];
  const [questions, answers] = await Promise.all([
    db
      .selectFrom('quiz_questions')
      .select(['id', 'text', 'options', 'explanation'])
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('quiz_answers')
      .select(['question_id', 'option_keys'])
      .where('attempt_id', '=', attemptId)
      .execute(),
  ]);
  const closed = attempt.closes_at < now;
  return {
    id: attempt.id,
    round: attempt.round_number,
    number: attempt.number,
    startedAt: attempt.started_at.toISOString(),
    deadlineAt: attempt.deadline_at.toISOString(),
    submittedAt: attempt.submitted_at?.toISOString() ?? null,
    // The score and the answer key come with the results, once the round has closed.
    result: closed && attempt.submitted_at ? { correct: attempt.correct, total: attempt.total } : null,
    questions: ids.map((id) => {
      const q = questions.find((x) => x.id === id);
      const options = (q?.options ?? []) as StoredOption[];
      const order = shuffleOptions(
        options.map((o) => o.key),
        `${attempt.id}:${id}`,
      );
      return {
        id,
        text: q?.text ?? '',
        options: order.map((key) => ({ key, text: options.find((o) => o.key === key)?.text ?? '' })),
        answer: answers.find((a) => a.question_id === id)?.option_keys ?? [],
        ...(closed
          ? { correct: options.filter((o) => o.correct).map((o) => o.key), explanation: q?.explanation ?? '' }
          : {}),
      };
    }),
  };
}

/**
 * Starts an attempt in the open round, or resumes the participant's unfinished one. Refused once
 * the round's quota of attempts is used. Two taps on "start" give one attempt.
 */
export async function startAttempt(db: Db, contestId: string, participantId: string, now = new Date()) {
  const { contest, round } = await openRound(db, contestId, now);
  const id = await db.transaction().execute(async (trx) => {
    // One participant starts one attempt at a time (row lock on the participant).
    const participant = await trx
      .selectFrom('quiz_participants')
      .select('id')
      .where('id', '=', participantId)
      .where('contest_id', '=', contestId)
      .forUpdate()
      .executeTakeFirst();
    if (!participant) throw notFound('thí sinh');
    const mine = await trx
      .selectFrom('quiz_attempts')
      .selectAll()
      .where('round_id', '=', round.id)
      .where('participant_id', '=', participantId)
      .orderBy('number')
      .execute();
    const unfinished = mine.find(
      (a) => !a.submitted_at && a.deadline_at.getTime() + GRACE_MS > now.getTime(),
    );
    if (unfinished) return unfinished.id;
    if (mine.length >= contest.attempts_per_round) {
      throw new AppError(
        'conflict',
        `Bạn đã dùng hết ${contest.attempts_per_round} lượt thi của vòng này. Hẹn gặp lại ở vòng sau.`,
      );
    }
    const bank = await trx
      .selectFrom('quiz_questions')
      .select(['id', 'topic'])
      .where('body_id', '=', contest.body_id)
      .where('active', '=', true)
      .execute();
    const attemptId = randomUUID();
    let questionIds: string[];
    try {
      questionIds = drawQuestions(
        bank,
        contest.topic_quotas as { topic: string; count: number }[],
        attemptId,
      );
    } catch (error) {
      if (error instanceof RangeError)
        throw new AppError('conflict', 'Ngân hàng câu hỏi chưa đủ cho lượt thi. Hãy báo ban tổ chức.');
      throw error;
    }
    await trx
      .insertInto('quiz_attempts')
      .values({
        id: attemptId,
        round_id: round.id,
        participant_id: participantId,
        number: mine.length + 1,
        question_ids: JSON.stringify(questionIds),
        started_at: now,
        deadline_at: new Date(now.getTime() + contest.time_limit_seconds * 1000),
        total: questionIds.length,
      })
      .execute();
    return attemptId;
  });
  return presentAttempt(db, id, now);
}

async function loadOwnAttempt(db: Db, attemptId: string, participantId: string) {
  const attempt = await db
    .selectFrom('quiz_attempts')
    .selectAll()
    .where('id', '=', attemptId)
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
  if (!attempt) throw notFound('lượt thi');
  return attempt;
}

export async function getAttempt(db: Db, attemptId: string, participantId: string, now = new Date()) {
  await loadOwnAttempt(db, attemptId, participantId);
  return presentAttempt(db, attemptId, now);
}

interface AnswerWrite {
  attemptId: string;
  participantId: string;
  questionId: string;
  optionKeys: string[];
  now: Date;
}

/**
 * The attempts a batch touches, locked: answers take a key-share lock and a submission an update
 * lock, so an answer either lands before the submission reads the answers (and counts) or waits
 * for it and is refused; two batches submitting one attempt run one after the other.
 */
async function loadAttempts(trx: Transaction<Database>, ids: string[], lock: 'key share' | 'update') {
  const rows = await trx
    .selectFrom('quiz_attempts')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .orderBy('id') // one lock order for every batch: no deadlock between them
    .$call((q) => (lock === 'update' ? q.forUpdate() : q.forKeyShare()))
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Answers of many participants in one transaction: one read of their attempts, one upsert. */
async function writeAnswers(
  trx: Transaction<Database>,
  items: AnswerWrite[],
): Promise<Outcome<{ saved: true }>[]> {
  const attempts = await loadAttempts(
    trx,
    items.map((i) => i.attemptId),
    'key share',
  );
  const outcomes = items.map((item): Outcome<{ saved: true }> => {
    const attempt = attempts.get(item.attemptId);
    if (!attempt || attempt.participant_id !== item.participantId) return { error: notFound('lượt thi') };
    if (attempt.submitted_at)
      return { error: new AppError('conflict', 'Lượt thi đã nộp bài, không sửa được câu trả lời.') };
    if (item.now.getTime() > attempt.deadline_at.getTime() + GRACE_MS) {
      return {
        error: new AppError(
          'conflict',
          'Đã hết thời gian làm bài. Câu trả lời này không được tính; hãy nộp bài.',
        ),
      };
    }
    if (!(attempt.question_ids as string[]).includes(item.questionId)) return { error: notFound('câu hỏi') };
    return { value: { saved: true } };
  });
  // One row per (attempt, question): the last answer given in the batch wins, as it would one by one.
  const rows = new Map<string, AnswerWrite>();
  items.forEach((item, i) => {
    if ('value' in (outcomes[i] as Outcome<unknown>)) rows.set(`${item.attemptId}:${item.questionId}`, item);
  });
  if (rows.size > 0) {
    const list = [...rows.values()];
    await sql`
      insert into quiz_answers (attempt_id, question_id, option_keys, answered_at)
      select a, q, array(select jsonb_array_elements_text(k)), t
      from unnest(${list.map((r) => r.attemptId)}::uuid[], ${list.map((r) => r.questionId)}::uuid[],
                  ${list.map((r) => JSON.stringify([...new Set(r.optionKeys)].sort()))}::jsonb[],
                  ${list.map((r) => r.now.toISOString())}::timestamptz[]) as v(a, q, k, t)
      on conflict (attempt_id, question_id)
      do update set option_keys = excluded.option_keys, answered_at = excluded.answered_at`.execute(trx);
  }
  return outcomes;
}

const answerBatchers = new WeakMap<Db, WriteBatcher<AnswerWrite, { saved: true }>>();

/**
 * Keeps an answer as it is given; refused after the deadline or once submitted. Answers arriving
 * together are written in one transaction (group commit); the reply comes after it commits.
 */
export async function saveAnswer(
  db: Db,
  attemptId: string,
  participantId: string,
  questionId: string,
  optionKeys: string[],
  now = new Date(),
) {
  const batcher = batcherFor(answerBatchers, db, () => new WriteBatcher(db, writeAnswers, batchOptions));
  return batcher.write({ attemptId, participantId, questionId, optionKeys, now });
}

interface SubmitWrite {
  attemptId: string;
  participantId: string;
  prediction: number | null;
  now: Date;
}

interface Submission {
  id: string;
  submittedAt: string | null;
  prediction: number | null;
  durationMs: number | null;
}

/** Submissions of many participants in one transaction: scored together, one update. */
async function writeSubmissions(
  trx: Transaction<Database>,
  items: SubmitWrite[],
): Promise<Outcome<Submission>[]> {
  // A second batch submitting the same attempt waits here, then replays the stored submission.
  const attempts = await loadAttempts(
    trx,
    items.map((i) => i.attemptId),
    'update',
  );
  // The first submission of an attempt in the batch is the one kept; the others replay it.
  const pending = new Map<string, SubmitWrite>();
  for (const item of items) {
    const attempt = attempts.get(item.attemptId);
    if (
      attempt &&
      attempt.participant_id === item.participantId &&
      !attempt.submitted_at &&
      !pending.has(attempt.id)
    )
      pending.set(attempt.id, item);
  }
  const done = new Map<string, Submission>();
  if (pending.size > 0) {
    const ids = [...pending.keys()];
    const questionIds = [...new Set(ids.flatMap((id) => attempts.get(id)?.question_ids as string[]))];
    const [questions, answers] = await Promise.all([
      trx.selectFrom('quiz_questions').select(['id', 'options']).where('id', 'in', questionIds).execute(),
      trx
        .selectFrom('quiz_answers')
        .select(['attempt_id', 'question_id', 'option_keys', 'answered_at'])
        .where('attempt_id', 'in', ids)
        .execute(),
    ]);
    const key = new Map(
      questions.map((q) => [
        q.id,
        {
          id: q.id,
          correctOptionIds: (q.options as StoredOption[]).filter((o) => o.correct).map((o) => o.key),
        },
      ]),
    );
    const rows = ids.map((id) => {
      const attempt = attempts.get(id) as NonNullable<ReturnType<typeof attempts.get>>;
      const item = pending.get(id) as SubmitWrite;
      const latest = attempt.deadline_at.getTime() + GRACE_MS;
      const given = answers.filter((a) => a.attempt_id === id && a.answered_at.getTime() <= latest);
      const score = scoreAttempt(
        (attempt.question_ids as string[]).flatMap((q) => key.get(q) ?? []),
        Object.fromEntries(given.map((a) => [a.question_id, a.option_keys])),
      );
      const submittedAt = item.now.getTime() > attempt.deadline_at.getTime() ? attempt.deadline_at : item.now;
      const durationMs = Math.max(0, submittedAt.getTime() - attempt.started_at.getTime());
      done.set(id, { id, submittedAt: submittedAt.toISOString(), prediction: item.prediction, durationMs });
      return { id, submittedAt, correct: score.correct, prediction: item.prediction, durationMs };
    });
    await sql`
      update quiz_attempts as a
      set submitted_at = v.s, correct = v.c, prediction = v.p, duration_ms = v.d
      from unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.submittedAt.toISOString())}::timestamptz[],
                  ${rows.map((r) => r.correct)}::int[], ${rows.map((r) => r.prediction)}::int[],
                  ${rows.map((r) => r.durationMs)}::int[]) as v(id, s, c, p, d)
      where a.id = v.id and a.submitted_at is null`.execute(trx);
  }
  return items.map((item): Outcome<Submission> => {
    const attempt = attempts.get(item.attemptId);
    if (!attempt || attempt.participant_id !== item.participantId) return { error: notFound('lượt thi') };
    return {
      value: done.get(attempt.id) ?? {
        id: attempt.id,
        submittedAt: attempt.submitted_at?.toISOString() ?? null,
        prediction: attempt.prediction,
        durationMs: attempt.duration_ms,
      },
    };
  });
}

const submitBatchers = new WeakMap<Db, WriteBatcher<SubmitWrite, Submission>>();

/**
 * Submits an attempt with its prediction; scored on the server from the answers kept before the
 * deadline. Submitting again returns the same submission (a replay changes nothing). Submissions
 * arriving together are committed in one transaction; the reply comes after it commits.
 */
export async function submitAttempt(
  db: Db,
  attemptId: string,
  participantId: string,
  prediction: number | null,
  now = new Date(),
): Promise<Submission> {
  const batcher = batcherFor(submitBatchers, db, () => new WriteBatcher(db, writeSubmissions, batchOptions));
  return batcher.write({ attemptId, participantId, prediction, now });
}

/** A closed round's ranking (best attempt per participant), winners by prize tier, and tallies by body. */
export async function roundResults(db: Db, contestId: string, roundNumber: number, now = new Date()) {
  const contest = await db
    .selectFrom('quiz_contests')
    .selectAll()
    .where('id', '=', contestId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  const round = contest
    ? await db
        .selectFrom('quiz_rounds')
        .selectAll()
        .where('contest_id', '=', contestId)
        .where('number', '=', roundNumber)
        .executeTakeFirst()
    : undefined;
  if (!contest || !round) throw notFound('vòng thi');
  if (round.closes_at >= now)
    throw new AppError('conflict', 'Vòng thi chưa kết thúc. Kết quả được công bố sau khi vòng thi đóng.');
  const rows = await db
    .selectFrom('quiz_attempts as a')
    .innerJoin('quiz_participants as p', 'p.id', 'a.participant_id')
    .innerJoin('bodies as b', 'b.id', 'p.body_id')
    .select([
      'a.id',
      'a.participant_id',
      'a.correct',
      'a.total',
      'a.prediction',
      'a.duration_ms',
      'a.submitted_at',
      'p.full_name',
      'p.citizen_mask',
      'p.body_id',
      'b.name as body_name',
    ])
    .where('a.round_id', '=', round.id)
    .where('a.submitted_at', 'is not', null)
    .execute();
  const actual = new Set(rows.map((r) => r.participant_id)).size;
  const ranked = rankRound(
    rows.map((r) => ({
      participantId: r.participant_id,
      attemptId: r.id,
      correct: r.correct ?? 0,
      prediction: r.prediction,
      durationMs: r.duration_ms ?? 0,
      submittedAt: (r.submitted_at as Date).toISOString(),
    })),
    actual,
  );
  const who = new Map(rows.map((r) => [r.participant_id, r]));
  const entry = (e: (typeof ranked)[number]) => {
    const p = who.get(e.participantId);
    return {
      rank: e.rank,
      name: p?.full_name ?? '',
      citizenId: p?.citizen_mask ?? '',
      body: p?.body_name ?? '',
      correct: e.correct,
      total: p?.total ?? 0,
      prediction: e.prediction,
      predictionDistance: e.predictionDistance,
      durationMs: e.durationMs,
      attempts: e.attempts,
    };
  };
  const tiers = contest.prize_tiers as { name: string; count: number }[];
  const tallies = tallyByBody(
    ranked.map((e) => ({
      participantId: e.participantId,
      bodyId: who.get(e.participantId)?.body_id ?? '',
      attempts: e.attempts,
      bestCorrect: e.correct,
    })),
  );
  const bodyNames = new Map(rows.map((r) => [r.body_id, r.body_name]));
  return {
    round: { number: round.number, closesAt: round.closes_at.toISOString() },
    participants: actual,
    ranking: ranked.map(entry),
    winners: awardPrizes(ranked, tiers).map((t) => ({ tier: t.tier, winners: t.winners.map(entry) })),
    tallies: tallies.map((t) => ({ ...t, body: bodyNames.get(t.bodyId) ?? '' })),
  };
}
