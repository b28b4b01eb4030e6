import type { Database } from '@lantoa/db';
import { answerCutoff, type QuizQuestionInput, roundSettlesAt, scoreAttempt } from '@lantoa/domain';
import { type Kysely, sql, type Transaction } from 'kysely';
import { type AppError, notFound } from '../../http/errors.ts';
import { answerRefusal, excludedFromContest, roundOver } from './attempt-refusals.ts';
import { excludedAmong } from './excluded-participants.ts';
import { loadLockedAttempts } from './load-locked-attempts.ts';
import { type GivenAnswer, upsertAnswers } from './upsert-answers.ts';
import { batcherFor, type Outcome, QUIZ_BATCH_OPTIONS, WriteBatcher } from './write-batcher.ts';

type Db = Kysely<Database>;

interface SubmitWrite {
  attemptId: string;
  participantId: string;
  prediction: number | null;
  /** Answers sent with the submission (the last ones the page had not sent yet). */
  answers: GivenAnswer[];
  now: Date;
}

interface Submission {
  id: string;
  submittedAt: string | null;
  prediction: number | null;
  durationMs: number | null;
}

/**
 * Submissions of many participants in one transaction: their answers kept, scored together, one
 * update. Refused once the round has settled (nothing may change a round whose results can be
 * published) and to an excluded organiser; a submission already made is replayed as it was (the
 * answers sent with it again change nothing). Answers sent with a submission count as the answer
 * routes' do: those past the attempt's deadline and grace are not kept, the submission is.
 */
async function writeSubmissions(
  trx: Transaction<Database>,
  items: SubmitWrite[],
): Promise<Outcome<Submission>[]> {
  // A second batch submitting the same attempt waits here, then replays the stored submission.
  const attempts = await loadLockedAttempts(
    trx,
    items.map((i) => i.attemptId),
    'update',
  );
  const open = [...attempts.values()].filter((a) => !a.submitted_at);
  const excluded = await excludedAmong(
    trx,
    open.map((a) => a.participant_id),
  );
  // The first acceptable submission of an attempt in the batch is the one kept; the others replay it.
  const pending = new Map<string, SubmitWrite>();
  const refused = new Map<SubmitWrite, AppError>();
  const kept: SubmitWrite[] = [];
  for (const item of items) {
    const attempt = attempts.get(item.attemptId);
    if (!attempt || attempt.participant_id !== item.participantId) continue;
    const drawn = attempt.question_ids as string[];
    if (item.answers.some((answer) => !drawn.includes(answer.questionId)))
      refused.set(item, notFound('câu hỏi'));
    else if (attempt.submitted_at || pending.has(attempt.id)) continue;
    else if (excluded.has(attempt.participant_id)) refused.set(item, excludedFromContest());
    else if (item.now.getTime() > roundSettlesAt(attempt.round_closes_at.getTime()))
      refused.set(item, roundOver());
    else {
      pending.set(attempt.id, item);
      if (!answerRefusal(attempt, attempt.round_closes_at.getTime(), item.now)) kept.push(item);
    }
  }
  await upsertAnswers(trx, kept);
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
          correctOptionIds: (q.options as QuizQuestionInput['options'])
            .filter((o) => o.correct)
            .map((o) => o.key),
        },
      ]),
    );
    const rows = ids.map((id) => {
      const attempt = attempts.get(id) as NonNullable<ReturnType<typeof attempts.get>>;
      const item = pending.get(id) as SubmitWrite;
      const closesAt = attempt.round_closes_at.getTime();
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
      update quiz_attempts as attempt
      set submitted_at = scored.submitted_at, correct = scored.correct, prediction = scored.prediction,
          duration_ms = scored.duration_ms
      from unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.submittedAt.toISOString())}::timestamptz[],
                  ${rows.map((r) => r.correct)}::int[], ${rows.map((r) => r.prediction)}::int[],
                  ${rows.map((r) => r.durationMs)}::int[])
           as scored(id, submitted_at, correct, prediction, duration_ms)
      where attempt.id = scored.id and attempt.submitted_at is null`.execute(trx);
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
 * Submits an attempt with its prediction and the answers not sent yet; scored on the server from the
 * answers kept before the deadline (plus the grace), taken until the round settles. Submitting again
 * returns the same submission (a replay changes nothing). Submissions arriving together are
 * committed in one transaction; the reply comes after it commits.
 */
export async function submitAttempt(
  db: Db,
  attemptId: string,
  participantId: string,
  prediction: number | null,
  now = new Date(),
  answers: GivenAnswer[] = [],
): Promise<Submission> {
  const batcher = batcherFor(
    submitBatchers,
    db,
    () => new WriteBatcher(db, writeSubmissions, QUIZ_BATCH_OPTIONS),
  );
  return batcher.write({ attemptId, participantId, prediction, answers, now });
}
