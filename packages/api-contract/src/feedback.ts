// Citizens' feedback (phản ánh, kiến nghị; issue 17, item 4) as staff handle it: the site's
// coordinators route each item to a body of the site, that body answers within the site's deadline,
// the coordinators publish the question and answer with personal data removed, or refuse the item
// with a reason. Items arrive through the public page's form (HTML, not this API). The sender's
// contact details are answered only to the site's coordinators and the handler. Request bodies the
// web sends live here too, typed by the web as z.input<…>.
import {
  FEEDBACK_AGES,
  FEEDBACK_REJECT_REASONS,
  FEEDBACK_STATUSES,
  FEEDBACK_TOPICS,
  FEEDBACK_VIEWS,
} from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyRef, id, isoDate, isoDateTime, pageOf } from './common.ts';
import { page, pageSize, version } from './request-fields.ts';
import { text } from './text-field.ts';

export const feedbackTopic = z.enum(FEEDBACK_TOPICS);
export const feedbackStatus = z.enum(FEEDBACK_STATUSES);
export const feedbackView = z.enum(FEEDBACK_VIEWS);
export const feedbackAge = z.enum(FEEDBACK_AGES);
export const feedbackRejectReason = z.enum(FEEDBACK_REJECT_REASONS);

/** GET /api/feedback (query string): one tab of the inbox, by age; `q` a receipt code or words. */
export const feedbackQuery = z.object({
  view: feedbackView.optional(),
  age: feedbackAge.optional(),
  q: text(100, { optional: true }).optional(),
  page,
  pageSize,
});

/** POST /api/feedback/:id/route: the body of the site that answers it (the deadline starts today). */
export const feedbackRouteInput = z.object({ handlerBodyId: z.uuid(), version });
/** PUT /api/feedback/:id/answer: the handler's answer (changed until the item is published). */
export const feedbackAnswerInput = z.object({ answer: text(10_000, { multiline: true }), version });
/**
 * POST /api/feedback/:id/publish: the question and answer as the public page will show them (the
 * screen proposes them with personal data removed; the coordinator edits them).
 */
export const feedbackPublishInput = z.object({
  publicQuestion: text(5000, { multiline: true }),
  publicAnswer: text(10_000, { multiline: true }),
  version,
});
/** POST /api/feedback/:id/reject: why it is not taken in, and a note. */
export const feedbackRejectInput = z.object({
  reason: feedbackRejectReason,
  note: text(1500, { multiline: true, optional: true }).optional(),
  version,
});

export const feedbackSummary = z.object({
  id,
  /** The receipt code ("PA-7K3M-Q9TD"). */
  code: z.string(),
  /** The public home it was sent from, whose coordinators route it. */
  site: bodyRef,
  /** The body that answers it; null until routed. */
  handler: bodyRef.nullable(),
  topic: feedbackTopic,
  /** The start of the text. */
  excerpt: z.string(),
  hasPhoto: z.boolean(),
  status: feedbackStatus,
  /** The last day to answer (routed items). */
  dueOn: isoDate.nullable(),
  overdue: z.boolean(),
  /** Whole days since it was sent (Vietnam days). */
  ageDays: z.number().int(),
  createdAt: isoDateTime,
});
/** GET /api/feedback: a page of items, and how many each tab holds with the other filters. */
export const feedbackPage = pageOf(feedbackSummary).extend({
  counts: z.record(feedbackView, z.number().int()),
});

export const feedbackItem = feedbackSummary.extend({
  text: z.string(),
  place: z.string(),
  /** The commune picked on the form, if any. */
  placeBody: bodyRef.nullable(),
  /** The sender's contact details: to the site's coordinators and the handler only, else null. */
  contact: z
    .object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() })
    .nullable(),
  routedAt: isoDateTime.nullable(),
  answer: z.string(),
  answeredBy: z.string().nullable(),
  answeredAt: isoDateTime.nullable(),
  publicQuestion: z.string(),
  publicAnswer: z.string(),
  publishedAt: isoDateTime.nullable(),
  /** The published page, once published. */
  publicPath: z.string().nullable(),
  /** The follow-up page of the code, as the sender opens it. */
  followPath: z.string(),
  rejection: z
    .object({ reason: feedbackRejectReason, note: z.string(), by: z.string().nullable() })
    .nullable(),
  /**
   * What the reader may do: route, reject and publish (the site's coordinators), answer (the
   * handler's people), each only where the item's status allows it.
   */
  can: z.object({ route: z.boolean(), answer: z.boolean(), publish: z.boolean(), reject: z.boolean() }),
  /**
   * The texts the publication form starts from: the question and the answer with phone numbers,
   * e-mails and identity numbers removed (the published texts once published).
   */
  proposedPublication: z.object({ question: z.string(), answer: z.string() }),
  version: z.number().int(),
});
