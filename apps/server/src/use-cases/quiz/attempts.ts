import { randomUUID } from 'node:crypto';
import type { Database } from '@lantoa/db';
import {
  answerCutoff,
  answerKeysRevealed,
  attemptDeadline,
  drawQuestions,
  isRoundSettled,
  roundSettlesAt,
  scoreAttempt,
  shuffleOptions,
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

const excludedFromContest = () =>
  new AppError(
    'conflict',
    'Thành viên ban tổ chức không được dự thi. Nếu có nhầm lẫn, hãy liên hệ ban tổ chức.',
  );

/** Those of the participants whose citizen ID the organiser has excluded (at any time until now). */
async function excludedAmong(db: Db, participantIds: string[]): Promise<Set<string>> {
  if (participantIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('quiz_participants as p')
    .innerJoin('quiz_exclusions as e', (join) =>
      join.onRef('e.contest_id', '=', 'p.contest_id').onRef('e.citizen_key', '=', 'p.citizen_key'),
    )
    .select('p.id')
    .where('p.id', 'in', [...new Set(participantIds)])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The close of each round, by round id. */
async function roundCloses(db: Db, roundIds: string[]): Promise<Map<string, number>> {
  if (roundIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('quiz_rounds')
    .select(['id', 'closes_at'])
    .where('id', 'in', [...new Set(roundIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.closes_at.getTime()]));
}

/**
 * What the participant sees of an attempt: questions and options in its own order. The score comes
 * once the round has settled; the answer key and explanations only once the whole contest has
 * (a question may be drawn again in a later round).
 */
async function presentAttempt(db: Db, attemptId: string, now: Date) {
  const attempt = await db
    .selectFrom('quiz_attempts as a')
    .innerJoin('quiz_rounds as r', 'r.id', 'a.round_id')
    .selectAll('a')
    .select(['r.closes_at', 'r.number as round_number', 'r.contest_id'])
    .where('a.id', '=', attemptId)
    .executeTakeFirstOrThrow();
  const ids = attempt.question_ids as string[];
  const [questions, answers, rounds] = await Promise.all([
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
    db.selectFrom('quiz_rounds').select('closes_at').where('contest_id', '=', attempt.contest_id).execute(),
  ]);
  const settled = isRoundSettled(attempt.closes_at.getTime(), now.getTime());
  const revealed = answerKeysRevealed(
    rounds.map((r) => r.closes_at.getTime()),
    now.getTime(),
  );
  return {
    id: attempt.id,
    round: attempt.round_number,
    number: attempt.number,
    startedAt: attempt.started_at.toISOString(),
    deadlineAt: new Date(Math.min(attempt.deadline_at.getTime(), attempt.closes_at.getTime())).toISOString(),
    submittedAt: attempt.submitted_at?.toISOString() ?? null,
    result: settled && attempt.submitted_at ? { correct: attempt.correct, total: attempt.total } : null,
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
        ...(revealed
          ? { correct: options.filter((o) => o.correct).map((o) => o.key), explanation: q?.explanation ?? '' }
          : {}),
      };
    }),
  };
}

/**
 * Starts an attempt in the open round, or resumes the participant's unfinished one. Refused once
 * the round's quota of attempts is used, and to an excluded organiser. Two taps on "start" give one
 * attempt. The attempt's deadline never passes the round's close.
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
    if ((await excludedAmong(trx, [participantId])).size > 0) throw excludedFromContest();
    const mine = await trx
      .selectFrom('quiz_attempts')
      .selectAll()
      .where('round_id', '=', round.id)
      .where('participant_id', '=', participantId)
      .orderBy('number')
      .execute();
    const closesAt = round.closes_at.getTime();
    const unfinished = mine.find(
      (a) => !a.submitted_at && now.getTime() <= answerCutoff(a.deadline_at.getTime(), closesAt),
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
        deadline_at: new Date(attemptDeadline(now.getTime(), contest.time_limit_seconds, closesAt)),
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
  const closes = await roundCloses(
    trx,
    [...attempts.values()].map((a) => a.round_id),
  );
  const outcomes = items.map((item): Outcome<{ saved: true }> => {
    const attempt = attempts.get(item.attemptId);
    if (!attempt || attempt.participant_id !== item.participantId) return { error: notFound('lượt thi') };
    if (attempt.submitted_at)
      return { error: new AppError('conflict', 'Lượt thi đã nộp bài, không sửa được câu trả lời.') };
    const closesAt = closes.get(attempt.round_id) ?? 0;
    if (item.now.getTime() > answerCutoff(attempt.deadline_at.getTime(), closesAt)) {
      if (item.now.getTime() > closesAt) return { error: roundOver() };
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

const roundOver = () =>
  new AppError('conflict', 'Vòng thi đã kết thúc: không nhận thêm câu trả lời hay bài nộp của vòng này.');

const answerBatchers = new WeakMap<Db, WriteBatcher<AnswerWrite, { saved: true }>>();

/**
 * Keeps an answer as it is given; refused after the deadline (never later than the round's close,
 * plus the grace) or once submitted. Answers arriving together are written in one transaction
 * (group commit); the reply comes after it commits.
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

/**
 * Submissions of many participants in one transaction: scored together, one update. Refused once
 * the round has settled (nothing may change a round whose results can be published) and to an
 * excluded organiser; a submission already made is replayed as it was.
 */
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
  const open = [...attempts.values()].filter((a) => !a.submitted_at);
  const [closes, excluded] = await Promise.all([
    roundCloses(
      trx,
      open.map((a) => a.round_id),
    ),
    excludedAmong(
      trx,
      open.map((a) => a.participant_id),
    ),
  ]);
  // The first acceptable submission of an attempt in the batch is the one kept; the others replay it.
  const pending = new Map<string, SubmitWrite>();
  const refused = new Map<SubmitWrite, AppError>();
  for (const item of items) {
    const attempt = attempts.get(item.attemptId);
    if (!attempt || attempt.participant_id !== item.participantId) continue;
    if (attempt.submitted_at || pending.has(attempt.id)) continue;
    if (excluded.has(attempt.participant_id)) refused.set(item, excludedFromContest());
    else if (item.now.getTime() > roundSettlesAt(closes.get(attempt.round_id) ?? 0))
      refused.set(item, roundOver());
    else pending.set(attempt.id, item);
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
      const closesAt = closes.get(attempt.round_id) ?? 0;
      const deadline = Math.min(attempt.deadline_at.getTime(), closesAt);
      const latest = answerCutoff(attempt.deadline_at.getTime(), closesAt);
      const given = answers.filter((a) => a.attempt_id === id && a.answered_at.getTime() <= latest);
      const score = scoreAttempt(
        (attempt.question_ids as string[]).flatMap((q) => key.get(q) ?? []),
        Object.fromEntries(given.map((a) => [a.question_id, a.option_keys])),
      );
      // A late submission is recorded at the deadline: waiting gains no time.
      const submittedAt = new Date(Math.min(item.now.getTime(), deadline));
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
    const refusal = refused.get(item);
    if (refusal) return { error: refusal };
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
 * deadline (plus the grace), taken until the round settles. Submitting again returns the same submission (a replay changes nothing). Submissions
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
