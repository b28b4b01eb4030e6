import type { Database } from '@lantoa/db';
import type { FeedbackTopic } from '@lantoa/domain';
import type { Kysely } from 'kysely';

// A published question and answer as the public pages read it: the texts the coordinator approved
// (personal data removed), the topic, the body that answered and the days. Nothing else of the item
// — its original text, photo, place or contact details — is ever selected here.

/** The published items of a site, newest first. */
export const publishedFeedback = (db: Kysely<Database>, siteBodyId: string) =>
  db
    .selectFrom('feedback as item')
    .leftJoin('bodies as handler', 'handler.id', 'item.handler_body_id')
    .select([
      'item.id',
      'item.topic',
      'item.public_question',
      'item.public_answer',
      'item.created_at',
      'item.answered_at',
      'item.published_at',
      'handler.name as handler_name',
    ])
    .where('item.site_body_id', '=', siteBodyId)
    .where('item.status', '=', 'published')
    .where('item.published_at', 'is not', null)
    .orderBy('item.published_at', 'desc')
    .orderBy('item.id');

type PublishedRow = Awaited<ReturnType<ReturnType<typeof publishedFeedback>['executeTakeFirstOrThrow']>>;

export interface PublicFeedback {
  id: string;
  topic: FeedbackTopic;
  question: string;
  answer: string;
  /** The body that answered, if it still exists. */
  answeredBy: string | null;
  sentAt: Date;
  answeredAt: Date | null;
  publishedAt: Date;
}

export const presentPublicFeedback = (row: PublishedRow): PublicFeedback => ({
  id: row.id,
  topic: row.topic,
  question: row.public_question,
  answer: row.public_answer,
  answeredBy: row.handler_name ?? null,
  sentAt: row.created_at,
  answeredAt: row.answered_at,
  publishedAt: row.published_at ?? row.created_at,
});
