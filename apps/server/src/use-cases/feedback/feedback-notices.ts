import type { Database } from '@lantoa/db';
import { FEEDBACK_TOPIC_NAMES, type FeedbackTopic, formatIsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { feedbackPeopleOf } from '../notifications/recipients.ts';

// The notices a citizen's feedback sends, each written in the transaction of the change (a change
// that rolls back tells nobody), each once per person and key. A notice leads to the item's page;
// the change that removes its cause marks it resolved (routing settles "new item", answering settles
// "routed" and the deadline reminders, publishing or refusing settles "answered").

export type FeedbackNoticeKind =
  | 'feedback_received'
  | 'feedback_routed'
  | 'feedback_answered'
  | 'feedback_due_soon'
  | 'feedback_overdue';

export const feedbackLink = (id: string) => `/feedback/${id}`;

interface FeedbackNotice {
  kind: FeedbackNoticeKind;
  title: string;
  body: string;
  dedupeKey: string;
}

/**
 * Writes one notice per person (the person who made the change is left out: they know); returns how
 * many were new.
 */
export async function sendFeedbackNotice(
  trx: Kysely<Database>,
  userIds: string[],
  itemId: string,
  notice: FeedbackNotice,
  actorId: string | null,
): Promise<number> {
  const to = userIds.filter((id) => id !== actorId);
  if (to.length === 0) return 0;
  const inserted = await trx
    .insertInto('notifications')
    .values(
      to.map((user_id) => ({
        user_id,
        kind: notice.kind,
        title: notice.title,
        body: notice.body,
        link: feedbackLink(itemId),
        dedupe_key: notice.dedupeKey,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

/** Marks resolved, now, the item's notices of these kinds. */
export function settleFeedbackNotices(trx: Kysely<Database>, itemId: string, kinds: FeedbackNoticeKind[]) {
  return trx
    .updateTable('notifications')
    .set({ resolved_at: new Date() })
    .where('kind', 'in', kinds)
    .where('link', '=', feedbackLink(itemId))
    .where('resolved_at', 'is', null)
    .execute();
}

const topicName = (topic: FeedbackTopic) => FEEDBACK_TOPIC_NAMES[topic].toLocaleLowerCase('vi');

/** A citizen sent an item from a site's page: the site's people are told, to route it. */
export async function feedbackReceived(
  trx: Kysely<Database>,
  item: { id: string; code: string; topic: FeedbackTopic },
  site: { path: string; name: string },
) {
  return sendFeedbackNotice(
    trx,
    await feedbackPeopleOf(trx, site.path),
    item.id,
    {
      kind: 'feedback_received',
      title: `Phản ánh mới ${item.code}: ${topicName(item.topic)}`,
      body: `Người dân gửi qua trang công khai của ${site.name}. Hãy chuyển đến cơ quan giải quyết hoặc không tiếp nhận kèm lý do.`,
      dedupeKey: `feedback_received:${item.id}`,
    },
    null,
  );
}

/** An item was routed to a body: its people are told, with the last day to answer. */
export async function feedbackRouted(
  trx: Kysely<Database>,
  item: { id: string; code: string; topic: FeedbackTopic; dueOn: string; version: number },
  handler: { path: string },
  actorId: string,
) {
  await settleFeedbackNotices(trx, item.id, [
    'feedback_received',
    'feedback_routed',
    'feedback_due_soon',
    'feedback_overdue',
  ]);
  return sendFeedbackNotice(
    trx,
    await feedbackPeopleOf(trx, handler.path),
    item.id,
    {
      kind: 'feedback_routed',
      title: `Phản ánh ${item.code} cần trả lời trước ${formatIsoDate(item.dueOn)}`,
      body: `Phản ánh, kiến nghị của người dân về ${topicName(item.topic)} được chuyển đến đơn vị. Hãy trả lời trước hạn.`,
      dedupeKey: `feedback_routed:${item.id}:${item.version}`,
    },
    actorId,
  );
}

/** The handler answered: the site's people are told, to publish the question and answer. */
export async function feedbackAnswered(
  trx: Kysely<Database>,
  item: { id: string; code: string },
  site: { path: string },
  actorId: string,
) {
  await settleFeedbackNotices(trx, item.id, ['feedback_routed', 'feedback_due_soon', 'feedback_overdue']);
  return sendFeedbackNotice(
    trx,
    await feedbackPeopleOf(trx, site.path),
    item.id,
    {
      kind: 'feedback_answered',
      title: `Phản ánh ${item.code} đã được trả lời`,
      body: 'Hãy xem câu trả lời và duyệt công khai hỏi – đáp (thông tin cá nhân đã được lược bỏ sẵn).',
      dedupeKey: `feedback_answered:${item.id}`,
    },
    actorId,
  );
}
