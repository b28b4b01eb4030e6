import { feedbackStepAllowed, readModerationReason, redactPersonalData } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { feedbackFollowPath } from '../../public-pages/feedback-pages.ts';
import { publicPath } from '../../public-pages/public-layout.ts';
import { handlesFeedback, loadVisibleFeedback, managesFeedback } from './feedback-access.ts';
import { presentFeedbackSummary } from './feedback-row.ts';

/**
 * An item as its page shows it to the site's coordinators and the handler's people (nobody else
 * reads it): the text, photo, place and contact details, the answer, the publication and what the
 * reader may do. The publication form starts from the texts with personal data removed.
 */
export async function getFeedback(ctx: Context, id: string) {
  const row = await loadVisibleFeedback(ctx, id);
  const manages = managesFeedback(ctx.actor, row);
  const rejection = row.status === 'rejected' ? readModerationReason(row.moderation_reason) : null;
  const published = row.published_at !== null;
  return {
    ...presentFeedbackSummary(row, new Date()),
    text: row.text,
    place: row.place,
    placeBody: row.place_body_id && row.place_name ? { id: row.place_body_id, name: row.place_name } : null,
    contact: { name: row.contact_name, phone: row.contact_phone, email: row.contact_email },
    routedAt: row.routed_at?.toISOString() ?? null,
    answer: row.answer,
    answeredBy: row.answered_by_name ?? null,
    answeredAt: row.answered_at?.toISOString() ?? null,
    publicQuestion: row.public_question,
    publicAnswer: row.public_answer,
    publishedAt: row.published_at?.toISOString() ?? null,
    publicPath: published && row.site_code ? publicPath(row.site_code, 'feedback', row.id) : null,
    followPath: row.site_code ? feedbackFollowPath(row.site_code, row.code) : '',
    rejection: rejection ? { ...rejection, by: row.moderated_by_name ?? null } : null,
    can: {
      route: manages && feedbackStepAllowed(row.status, 'route'),
      answer: handlesFeedback(ctx.actor, row) && feedbackStepAllowed(row.status, 'answer'),
      publish: manages && feedbackStepAllowed(row.status, 'publish'),
      reject: manages && feedbackStepAllowed(row.status, 'reject'),
    },
    proposedPublication: published
      ? { question: row.public_question, answer: row.public_answer }
      : { question: redactPersonalData(row.text), answer: redactPersonalData(row.answer) },
    version: row.version,
  };
}
