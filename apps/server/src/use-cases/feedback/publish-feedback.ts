import { redactPersonalData } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadManagedFeedback } from './feedback-access.ts';
import { settleFeedbackNotices } from './feedback-notices.ts';
import { checkFeedbackStep } from './feedback-step.ts';
import { getFeedback } from './get-feedback.ts';

/**
 * The site's coordinators approve the publication of an answered item: the question and answer as
 * they edited them, shown on the site's public page (corrected later the same way). The question,
 * the citizen's words, goes through the redaction once more, so their phone number pasted back by
 * mistake is not published; the answer is published as the coordinator wrote it (it may rightly
 * give an office's hotline).
 */
export async function publishFeedback(
  ctx: Context,
  id: string,
  input: { publicQuestion: string; publicAnswer: string; version: number },
  now = new Date(),
) {
  const row = await loadManagedFeedback(ctx, id);
  checkFeedbackStep(row.status, 'publish');
  const publicQuestion = redactPersonalData(input.publicQuestion);
  const publicAnswer = input.publicAnswer;
  await ctx.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, {
      table: 'feedback',
      id,
      version: input.version,
      what: 'Phản ánh',
      set: {
        status: 'published',
        public_question: publicQuestion,
        public_answer: publicAnswer,
        published_at: row.published_at ?? now,
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: row.site_body_id,
        action: 'feedback.publish',
        entityType: 'feedback',
        before: { status: row.status, publicQuestion: row.public_question, publicAnswer: row.public_answer },
        after: { status: 'published', publicQuestion, publicAnswer },
      }),
    });
    await settleFeedbackNotices(trx, id, ['feedback_answered']);
  });
  return getFeedback(ctx, id);
}
