import type { Context } from '../../http/context.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadHandledFeedback } from './feedback-access.ts';
import { feedbackAnswered } from './feedback-notices.ts';
import { checkFeedbackStep } from './feedback-step.ts';
import { getFeedback } from './get-feedback.ts';

/**
 * The handler's people answer an item routed to their body, and may correct the answer until it is
 * published (optimistic on version: two people answering at once do not overwrite each other). The
 * site's coordinators are told, to publish it.
 */
export async function answerFeedback(
  ctx: Context,
  id: string,
  input: { answer: string; version: number },
  now = new Date(),
) {
  const row = await loadHandledFeedback(ctx, id);
  checkFeedbackStep(row.status, 'answer');
  await ctx.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, {
      table: 'feedback',
      id,
      version: input.version,
      what: 'Phản ánh',
      set: { status: 'answered', answer: input.answer, answered_by: ctx.actor.userId, answered_at: now },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: row.handler_body_id,
        action: 'feedback.answer',
        entityType: 'feedback',
        before: { status: row.status, answer: row.answer },
        after: { status: 'answered', answer: input.answer },
      }),
    });
    await feedbackAnswered(trx, { id, code: row.code }, { path: row.site_path }, ctx.actor.userId);
  });
  return getFeedback(ctx, id);
}
