import type { QuizQuestionInput } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { presentQuestion } from '../../presenters/quiz-question.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadBankBody } from './load-bank-body.ts';
import { assertQuestion, cleanQuestion } from './question-input.ts';

/** Edits a question of a bank the actor manages, or takes it out of draws (optimistic on `version`). */
export async function updateQuestion(
  ctx: Context,
  id: string,
  input: QuizQuestionInput & { active: boolean; version: number },
) {
  const current = await ctx.db
    .selectFrom('quiz_questions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!current) throw notFound('câu hỏi');
  await loadBankBody(ctx, current.body_id);
  assertQuestion(input);
  const row = await updateVersioned(ctx.db, {
    table: 'quiz_questions',
    id,
    version: input.version,
    what: 'Câu hỏi',
    set: { ...cleanQuestion(input), active: input.active, updated_at: new Date() },
    audit: (updated) => ({
      actorId: ctx.actor.userId,
      bodyId: current.body_id,
      action: 'quiz_question.update',
      entityType: 'quiz_question',
      before: presentQuestion(current),
      after: presentQuestion(updated),
    }),
  });
  return presentQuestion(row);
}
