import { withinScopes } from '@lantoa/db';
import {
  FEEDBACK_VIEWS,
  type FeedbackAge,
  type FeedbackView,
  feedbackAgeRange,
  feedbackViewOf,
  scopePaths,
  vietnamToday,
} from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { foldedMatches } from '../plans/task-search.ts';
import { normaliseReceiptCode } from '../public-site/receipt-code.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { type FeedbackRow, feedbackQuery, presentFeedbackSummary } from './feedback-row.ts';

export interface FeedbackFilter {
  view?: FeedbackView | undefined;
  age?: FeedbackAge | undefined;
  /** A receipt code, or words of the text or the place. */
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/** The tab an item falls in, in SQL: routed items split on their last day (`today` in Vietnam). */
const viewOf = (today: string) =>
  sql<FeedbackView>`case
    when item.status = 'received' then 'new'
    when item.status = 'routed' and item.due_on < ${today} then 'overdue'
    when item.status = 'routed' then 'in_progress'
    else item.status end`;

/**
 * The inbox: the items of the sites the actor communicates for, and those routed to the bodies they
 * communicate for (the rule of feedback-access.ts as a filter), one tab at a time, by age, with how
 * many each tab holds under the other filters. Work to do comes oldest first (the nearest deadline
 * first for routed items); what is done, newest first.
 */
export async function listFeedback(ctx: Context, f: FeedbackFilter) {
  const scopes = scopePaths(ctx.actor, 'communicate');
  const now = new Date();
  const today = vietnamToday(now);
  let query = feedbackQuery(ctx.db).where((eb) =>
    eb.or([withinScopes(eb, eb.ref('site.path'), scopes), withinScopes(eb, eb.ref('handler.path'), scopes)]),
  );
  if (f.age) {
    const { after, until } = feedbackAgeRange(f.age, now);
    if (after) query = query.where('item.created_at', '>', after);
    if (until) query = query.where('item.created_at', '<=', until);
  }
  const q = f.q?.trim();
  if (q) {
    query = query.where((eb) =>
      eb.or([
        eb('item.code', '=', normaliseReceiptCode(q)),
        foldedMatches(sql<string>`(item.text || ' ' || item.place)`, q),
      ]),
    );
  }
  let page = f.view ? query.where(viewOf(today), '=', f.view) : query;
  page =
    f.view === 'in_progress' || f.view === 'overdue'
      ? page.orderBy('item.due_on').orderBy('item.created_at')
      : f.view === 'new' || f.view === 'answered'
        ? page.orderBy('item.created_at')
        : page.orderBy('item.created_at', 'desc');
  const [{ rows, total }, counted] = await Promise.all([
    pageWithTotal(page.orderBy('item.id'), f),
    // By status and last day, split into tabs here: PostgreSQL would not group by the tab's
    // expression, whose `today` is a parameter of its own in the select and the group by.
    query
      .clearSelect()
      .select((eb) => ['item.status', 'item.due_on', eb.fn.countAll<number>().as('n')])
      .groupBy(['item.status', 'item.due_on'])
      .execute(),
  ]);
  const counts = Object.fromEntries(FEEDBACK_VIEWS.map((v) => [v, 0])) as Record<FeedbackView, number>;
  for (const c of counted) counts[feedbackViewOf(c.status, c.due_on, today)] += Number(c.n);
  return { items: rows.map((row: FeedbackRow) => presentFeedbackSummary(row, now)), total, counts };
}
