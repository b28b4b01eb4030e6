import type { Database } from '@lantoa/db';
import { addDays, formatIsoDate } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { feedbackPeopleOf } from '../notifications/recipients.ts';
import { type FeedbackNoticeKind, sendFeedbackNotice } from './feedback-notices.ts';

const REMINDER_KINDS: FeedbackNoticeKind[] = ['feedback_due_soon', 'feedback_overdue'];

/**
 * The daily scan's part for citizens' feedback: the people of the body an item was routed to hear
 * once when its last day comes within `daysBefore` days and once when it has passed unanswered (the
 * key holds the item and its last day, so routing it again with a new deadline reminds again). First,
 * the reminders whose cause is gone (answered, refused, routed elsewhere, or "due soon" now overdue)
 * are marked resolved. Returns how many reminders were written.
 */
export async function remindFeedbackDeadlines(
  db: Kysely<Database>,
  options: { today: string; daysBefore: number },
): Promise<number> {
  const { today } = options;
  await db
    .updateTable('notifications')
    .set({ resolved_at: new Date() })
    .where('kind', 'in', REMINDER_KINDS)
    .where('resolved_at', 'is', null)
    .where(
      sql<boolean>`not exists (
        select 1 from feedback item
        where item.id::text = split_part(notifications.dedupe_key, ':', 2)
          and item.status = 'routed'
          and to_char(item.due_on, 'YYYY-MM-DD') = split_part(notifications.dedupe_key, ':', 3)
          and (notifications.kind = 'feedback_overdue' or item.due_on >= ${today})
      )`,
    )
    .execute();
  const due = await db
    .selectFrom('feedback as item')
    .innerJoin('bodies as handler', 'handler.id', 'item.handler_body_id')
    .select(['item.id', 'item.code', 'item.due_on', 'handler.path as handler_path'])
    .where('item.status', '=', 'routed')
    .where('item.due_on', '<=', addDays(today, options.daysBefore))
    .execute();
  let written = 0;
  for (const item of due) {
    if (!item.due_on) continue;
    const overdue = item.due_on < today;
    const kind: FeedbackNoticeKind = overdue ? 'feedback_overdue' : 'feedback_due_soon';
    const last = formatIsoDate(item.due_on);
    written += await sendFeedbackNotice(
      db,
      await feedbackPeopleOf(db, item.handler_path),
      item.id,
      {
        kind,
        title: overdue
          ? `Quá hạn trả lời phản ánh ${item.code} (hạn ${last})`
          : `Sắp đến hạn trả lời phản ánh ${item.code}: ${last}`,
        body: overdue
          ? 'Phản ánh, kiến nghị của người dân đã quá hạn trả lời. Hãy trả lời ngay.'
          : 'Phản ánh, kiến nghị của người dân sắp đến hạn trả lời. Hãy trả lời trước hạn.',
        dedupeKey: `${kind}:${item.id}:${item.due_on}`,
      },
      null,
    );
  }
  return written;
}
