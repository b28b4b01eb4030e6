import { type FeedbackRejectReason, moderationReasonText } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadManagedFeedback } from './feedback-access.ts';
import { settleFeedbackNotices } from './feedback-notices.ts';
import { checkFeedbackStep } from './feedback-step.ts';
import { getFeedback } from './get-feedback.ts';

/**
 * The site's coordinators do not take an item in (spam, abuse, out of scope, a duplicate), with a
 * note; any time before it is published. The sender's follow-up page names the reason, not the
 * note; the deadline stops and its reminders are settled.
 */
export async function rejectFeedback(
  ctx: Context,
  id: string,
  input: { reason: FeedbackRejectReason; note?: string | undefined; version: number },
) {
  const row = await loadManagedFeedback(ctx, id);
  checkFeedbackStep(row.status, 'reject');
  const reason = moderationReasonText(input.reason, input.note ?? '');
  await ctx.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, {
      table: 'feedback',
      id,
      version: input.version,
      what: 'Phản ánh',
      set: { status: 'rejected', moderation_reason: reason, moderated_by: ctx.actor.userId },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: row.site_body_id,
        action: 'feedback.reject',
        entityType: 'feedback',
        before: { status: row.status },
        after: { status: 'rejected', reason: input.reason, note: input.note ?? '' },
      }),
    });
    await settleFeedbackNotices(trx, id, [
      'feedback_received',
      'feedback_routed',
      'feedback_answered',
      'feedback_due_soon',
      'feedback_overdue',
    ]);
  });
  return getFeedback(ctx, id);
}
