import type { Database } from '@lantoa/db';
import { sql, type Transaction } from 'kysely';

export interface GivenAnswer {
  questionId: string;
  optionKeys: string[];
}

/**
 * Keeps answers in one statement, one row per (attempt, question): the last one given for a question
 * wins, as it would one by one, and sending the same answers again changes nothing.
 */
export async function upsertAnswers(
  trx: Transaction<Database>,
  given: { attemptId: string; answers: GivenAnswer[]; now: Date }[],
): Promise<void> {
  const rows = new Map<string, { attemptId: string; questionId: string; keys: string; at: string }>();
  for (const { attemptId, answers, now } of given)
    for (const answer of answers)
      rows.set(`${attemptId}:${answer.questionId}`, {
        attemptId,
        questionId: answer.questionId,
        keys: JSON.stringify([...new Set(answer.optionKeys)].sort()),
        at: now.toISOString(),
      });
  if (rows.size === 0) return;
  const list = [...rows.values()];
  await sql`
    insert into quiz_answers (attempt_id, question_id, option_keys, answered_at)
    select given.attempt_id, given.question_id, array(select jsonb_array_elements_text(given.keys)),
           given.answered_at
    from unnest(${list.map((r) => r.attemptId)}::uuid[], ${list.map((r) => r.questionId)}::uuid[],
                ${list.map((r) => r.keys)}::jsonb[], ${list.map((r) => r.at)}::timestamptz[])
         as given(attempt_id, question_id, keys, answered_at)
    on conflict (attempt_id, question_id)
    do update set option_keys = excluded.option_keys, answered_at = excluded.answered_at`.execute(trx);
}
