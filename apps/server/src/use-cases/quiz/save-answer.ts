import type { Database } from '@lantoa/db';
import { answerCutoff } from '@lantoa/domain';
import { type Kysely, sql, type Transaction } from 'kysely';
import { AppError, notFound } from '../../http/errors.ts';
import { roundOver } from './attempt-refusals.ts';
import { loadLockedAttempts } from './load-locked-attempts.ts';
import { roundCloses } from './round-closes.ts';
import { batcherFor, type Outcome, QUIZ_BATCH_OPTIONS, WriteBatcher } from './write-batcher.ts';

type Db = Kysely<Database>;

interface AnswerWrite {
  attemptId: string;
  participantId: string;
  questionId: string;
  optionKeys: string[];
  now: Date;
}

/** Answers of many participants in one transaction: one read of their attempts, one upsert. */
async function writeAnswers(
  trx: Transaction<Database>,
  items: AnswerWrite[],
): Promise<Outcome<{ saved: true }>[]> {
  const attempts = await loadLockedAttempts(
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
      select given.attempt_id, given.question_id, array(select jsonb_array_elements_text(given.keys)),
             given.answered_at
      from unnest(${list.map((r) => r.attemptId)}::uuid[], ${list.map((r) => r.questionId)}::uuid[],
                  ${list.map((r) => JSON.stringify([...new Set(r.optionKeys)].sort()))}::jsonb[],
                  ${list.map((r) => r.now.toISOString())}::timestamptz[])
           as given(attempt_id, question_id, keys, answered_at)
      on conflict (attempt_id, question_id)
      do update set option_keys = excluded.option_keys, answered_at = excluded.answered_at`.execute(trx);
  }
  return outcomes;
}

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
  const batcher = batcherFor(
    answerBatchers,
    db,
    () => new WriteBatcher(db, writeAnswers, QUIZ_BATCH_OPTIONS),
  );
  return batcher.write({ attemptId, participantId, questionId, optionKeys, now });
}
