import type { Database } from '@lantoa/db';
import { isFeedbackOverdue, vietnamDateOf, vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';

// The joined row of a citizen's feedback and its summary in the API (a presenter kept beside its
// readers, as press-release-row.ts does).

/** An item with the names and paths of its site, handler and commune, and the staff who acted on it. */
export const feedbackQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('feedback as item')
    .innerJoin('bodies as site', 'site.id', 'item.site_body_id')
    .leftJoin('bodies as handler', 'handler.id', 'item.handler_body_id')
    .leftJoin('bodies as place', 'place.id', 'item.place_body_id')
    .leftJoin('users as answerer', 'answerer.id', 'item.answered_by')
    .leftJoin('users as moderator', 'moderator.id', 'item.moderated_by')
    .selectAll('item')
    .select([
      'site.name as site_name',
      'site.path as site_path',
      'site.code as site_code',
      'handler.name as handler_name',
      'handler.path as handler_path',
      'place.name as place_name',
      'answerer.full_name as answered_by_name',
      'moderator.full_name as moderated_by_name',
    ]);

export type FeedbackRow = Awaited<ReturnType<ReturnType<typeof feedbackQuery>['executeTakeFirstOrThrow']>>;

/** Reads an item without any scope check: callers must authorise with its paths (feedback-access.ts). */
export const unsafeFindFeedback = (db: Kysely<Database>, id: string) =>
  feedbackQuery(db).where('item.id', '=', id).executeTakeFirst();

const EXCERPT = 160;
/** The start of a text, cut between characters (never inside a surrogate pair). */
const excerpt = (text: string) => {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT - 1).join('')}…` : chars.join('');
};

const DAY_MS = 86_400_000;
/** Whole Vietnam days from `from` to `to`, both 'YYYY-MM-DD'. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The contract's `feedbackSummary`. */
export const presentFeedbackSummary = (row: FeedbackRow, now: Date) => {
  const today = vietnamToday(now);
  return {
    id: row.id,
    code: row.code,
    site: { id: row.site_body_id, name: row.site_name },
    handler:
      row.handler_body_id && row.handler_name ? { id: row.handler_body_id, name: row.handler_name } : null,
    topic: row.topic,
    excerpt: excerpt(row.text),
    hasPhoto: row.photo_file_id !== null,
    status: row.status,
    dueOn: row.due_on,
    overdue: isFeedbackOverdue(row.status, row.due_on, today),
    ageDays: Math.max(0, daysBetween(vietnamDateOf(row.created_at), today)),
    createdAt: row.created_at.toISOString(),
  };
};
