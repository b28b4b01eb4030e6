import type { QuizQuestionInput } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { presentQuestion } from '../../presenters/quiz-question.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { loadBankBody } from './load-bank-body.ts';
import { assertQuestion, cleanQuestion, newQuestionCode } from './question-input.ts';

/** Adds a question to an organiser's bank; its code (given or drawn) is unique within the bank. */
export async function createQuestion(
  ctx: Context,
  bodyId: string,
  input: QuizQuestionInput & { code?: string | undefined },
) {
  const body = await loadBankBody(ctx, bodyId);
  assertQuestion(input);
  const code = input.code?.trim() || newQuestionCode();
  const row = await insertAudited(ctx.db, {
    table: 'quiz_questions',
    values: { body_id: body.id, code, ...cleanQuestion(input) },
    // The code is the key an exported bank is imported again by: unique within the bank.
    unique: {
      columns: ['body_id', 'code'],
      taken: () => new AppError('conflict', `Mã câu hỏi «${code}» đã có. Hãy dùng mã khác.`, 'code'),
    },
    audit: (inserted) => ({
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'quiz_question.create',
      entityType: 'quiz_question',
      after: presentQuestion(inserted),
    }),
  });
  return presentQuestion(row);
}
