import type { QuizQuestionsTable } from '@lantoa/db';
import type { QuizQuestionInput } from '@lantoa/domain';
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
  options: q.options as QuizQuestionInput['options'],
  active: q.active,
  version: q.version,
});
