import { randomUUID } from 'node:crypto';
import type { Database } from '@lantoa/db';
import { answerCutoff, attemptDeadline, drawQuestions } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../http/errors.ts';
import { presentAttempt } from '../../presenters/quiz-attempt.ts';
import { loadAttemptView } from '../../rows/attempt-view.ts';
import { excludedFromContest } from './attempt-refusals.ts';
import { excludedAmong } from './excluded-participants.ts';
import { loadPublishedContest } from './load-published-contest.ts';

type Db = Kysely<Database>;

/** The published contest and its round open at `now`; 404 / 409 otherwise. */
async function openRound(db: Db, contestId: string, now: Date) {
  const contest = await loadPublishedContest(db, contestId);
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
  return presentAttempt(await loadAttemptView(db, id), now);
}
