import type { Database } from '@lantoa/db';
import type { Kysely, Transaction } from 'kysely';
import { notFound } from '../../http/errors.ts';
import { answerRefusal } from './attempt-refusals.ts';
import { loadLockedAttempts } from './load-locked-attempts.ts';
import { type GivenAnswer, upsertAnswers } from './upsert-answers.ts';
import { batcherFor, type Outcome, QUIZ_BATCH_OPTIONS, WriteBatcher } from './write-batcher.ts';

type Db = Kysely<Database>;

/** The answers one request gives to one attempt: kept all together or refused all together. */
interface AnswersWrite {
  attemptId: string;
  participantId: string;
  answers: GivenAnswer[];
  now: Date;
}

/** Answers of many requests in one transaction: one read of their attempts (and rounds), one upsert. */
async function writeAnswers(
  trx: Transaction<Database>,
  items: AnswersWrite[],
): Promise<Outcome<{ saved: number }>[]> {
  const attempts = await loadLockedAttempts(
    trx,
    items.map((i) => i.attemptId),
    'key share',
  );
  const outcomes = items.map((item): Outcome<{ saved: number }> => {
    const attempt = attempts.get(item.attemptId);
    if (!attempt || attempt.participant_id !== item.participantId) return { error: notFound('lượt thi') };
    const refusal = answerRefusal(attempt, attempt.round_closes_at.getTime(), item.now);
    if (refusal) return { error: refusal };
    const drawn = attempt.question_ids as string[];
    if (item.answers.some((answer) => !drawn.includes(answer.questionId)))
      return { error: notFound('câu hỏi') };
    return { value: { saved: item.answers.length } };
  });
  await upsertAnswers(
    trx,
    items.filter((_, i) => 'value' in (outcomes[i] as Outcome<unknown>)),
  );
  return outcomes;
}

const answerBatchers = new WeakMap<Db, WriteBatcher<AnswersWrite, { saved: number }>>();

/**
 * Keeps answers to an attempt as they are given, several at once (the contest page sends them in
 * small batches): all of them, or none when one names a question the attempt did not draw. Refused
 * after the deadline (never later than the round's close, plus the grace) or once submitted.
 * Sending the same answers again changes nothing. Answers arriving together, from many
 * participants, are written in one transaction (group commit); the reply comes after it commits.
 */
export async function saveAnswers(
  db: Db,
  attemptId: string,
  participantId: string,
  answers: GivenAnswer[],
  now = new Date(),
): Promise<{ saved: number }> {
  const batcher = batcherFor(
    answerBatchers,
    db,
    () => new WriteBatcher(db, writeAnswers, QUIZ_BATCH_OPTIONS),
  );
  return batcher.write({ attemptId, participantId, answers, now });
}

/** {@link saveAnswers} of one answer. */
export async function saveAnswer(
  db: Db,
  attemptId: string,
  participantId: string,
  questionId: string,
  optionKeys: string[],
  now = new Date(),
): Promise<{ saved: true }> {
  await saveAnswers(db, attemptId, participantId, [{ questionId, optionKeys }], now);
  return { saved: true };
}
