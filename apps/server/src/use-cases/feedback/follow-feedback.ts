import type { Database } from '@lantoa/db';
import {
  type FeedbackRejectReason,
  type FeedbackStatus,
  type FeedbackTopic,
  readModerationReason,
  redactPersonalData,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { normaliseReceiptCode } from '../public-site/receipt-code.ts';

/** What the follow-up page shows of an item: its course, never its text, photo or contact details. */
export interface FeedbackFollowUp {
  code: string;
  topic: FeedbackTopic;
  status: FeedbackStatus;
  sentAt: Date;
  /** The body handling it, once routed. */
  handler: string | null;
  routedAt: Date | null;
  dueOn: string | null;
  /** The answer once given (personal data removed), or the published one. */
  answer: string | null;
  answeredAt: Date | null;
  /** The published question and answer's id (its page), once published. */
  publishedId: string | null;
  rejectReason: FeedbackRejectReason | null;
}

/**
 * An item followed by its receipt code, typed as people type it (lower case, spaces, no dashes), on
 * the site it was sent from; null when no such code was sent there. The code proves nothing about who
 * holds it, so nothing personal is shown, not even what the sender wrote: the status, the dates, the
 * body handling it and the answer, with phone numbers, e-mails and identity numbers removed.
 */
export async function followFeedback(
  db: Kysely<Database>,
  site: PublicSite,
  typed: string,
): Promise<FeedbackFollowUp | null> {
  const code = normaliseReceiptCode(typed);
  if (!/^PA-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code)) return null;
  const row = await db
    .selectFrom('feedback as item')
    .leftJoin('bodies as handler', 'handler.id', 'item.handler_body_id')
    .select([
      'item.id',
      'item.code',
      'item.topic',
      'item.status',
      'item.created_at',
      'item.routed_at',
      'item.due_on',
      'item.answer',
      'item.answered_at',
      'item.public_answer',
      'item.moderation_reason',
      'handler.name as handler_name',
    ])
    .where('item.code', '=', code)
    .where('item.site_body_id', '=', site.bodyId)
    .executeTakeFirst();
  if (!row) return null;
  const answered = row.status === 'answered' || row.status === 'published';
  return {
    code: row.code,
    topic: row.topic,
    status: row.status,
    sentAt: row.created_at,
    handler: row.status === 'rejected' ? null : (row.handler_name ?? null),
    routedAt: row.routed_at,
    dueOn: row.status === 'routed' ? row.due_on : null,
    answer: !answered
      ? null
      : row.status === 'published'
        ? row.public_answer
        : redactPersonalData(row.answer),
    answeredAt: answered ? row.answered_at : null,
    publishedId: row.status === 'published' ? row.id : null,
    rejectReason:
      row.status === 'rejected' ? (readModerationReason(row.moderation_reason)?.reason ?? null) : null,
  };
}
