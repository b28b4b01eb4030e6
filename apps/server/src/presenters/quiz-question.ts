import type { QuizQuestionsTable } from '@lantoa/db';
import type { QUIZ_OPTION_KEYS, QuizQuestionInput } from '@lantoa/domain';
import type { Selectable } from 'kysely';

type QuestionRow = Selectable<QuizQuestionsTable>;

/** A question of the bank as its organiser edits it (with the answer key). */
export const presentQuestion = (q: QuestionRow) => ({
  id: q.id,
  code: q.code,
  topic: q.topic,
  difficulty: q.difficulty,
  text: q.text,
  explanation: q.explanation,
  // Stored as the request schema checked them (an import writes QUIZ_OPTION_KEYS only).
  options: q.options as (QuizQuestionInput['options'][number] & { key: (typeof QUIZ_OPTION_KEYS)[number] })[],
  active: q.active,
  version: q.version,
});
