import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors.ts';
import { presentAttempt } from '../../presenters/quiz-attempt.ts';
import { loadAttemptView } from '../../rows/attempt-view.ts';

type Db = Kysely<Database>;

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

/** One of the participant's own attempts, to resume it (see presentAttempt for what it reveals when). */
export async function getAttempt(db: Db, attemptId: string, participantId: string, now = new Date()) {
  await loadOwnAttempt(db, attemptId, participantId);
  return presentAttempt(await loadAttemptView(db, attemptId), now);
}
