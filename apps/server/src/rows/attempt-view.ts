import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** An attempt with what its screen needs: its round, questions, answers and the contest's closes. */
export async function loadAttemptView(db: Kysely<Database>, attemptId: string) {
  const attempt = await db
    .selectFrom('quiz_attempts as attempt')
    .innerJoin('quiz_rounds as round', 'round.id', 'attempt.round_id')
    .selectAll('attempt')
    .select(['round.closes_at', 'round.number as round_number', 'round.contest_id'])
    .where('attempt.id', '=', attemptId)
    .executeTakeFirstOrThrow();
  const [questions, answers, rounds] = await Promise.all([
    db
      .selectFrom('quiz_questions')
      .select(['id', 'text', 'options', 'explanation'])
      .where('id', 'in', attempt.question_ids as string[])
      .execute(),
    db
      .selectFrom('quiz_answers')
      .select(['question_id', 'option_keys'])
      .where('attempt_id', '=', attemptId)
      .execute(),
    db.selectFrom('quiz_rounds').select('closes_at').where('contest_id', '=', attempt.contest_id).execute(),
  ]);
  return { attempt, questions, answers, contestCloses: rounds.map((r) => r.closes_at.getTime()) };
}

export type AttemptView = Awaited<ReturnType<typeof loadAttemptView>>;
