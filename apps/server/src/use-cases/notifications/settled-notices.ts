import type { Database } from '@lantoa/db';
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';

// A notice resolves itself when its cause is gone: it stays in its person's list marked resolved
// ("Đã xử lý" with the time), leaves the unread count and the digest, and is deleted after
// RESOLVED_KEPT_DAYS. The cause is found gone where the work happens (the report workflow, notify.ts),
// when the person opens the list, and by the daily scan.

/**
 * True for a notice whose cause is gone, given the alias of the notifications table in the query:
 * - "overdue" / "due soon" (key `<kind>:<task id>:<due date>`): no open occurrence of that task and
 *   due date is left in the person's scopes (the work was done, or the deadline moved);
 * - "report missing" (link `/reports/<period>/<body>`): the body's report has been submitted since.
 * - "plan missing" (link `/plans/<parent plan>`): a plan based on that one has been issued since by a
 *   body in the person's scopes.
 * The notices the report workflow settles at once (report_submitted, report_returned) are marked
 * resolved in the transaction that settles them (notify.ts).
 */
export function causeGone(alias: 'notifications' | 'n'): RawBuilder<SqlBool> {
  const n = sql.raw(alias);
  return sql<SqlBool>`(
    (${n}.kind in ('overdue', 'due_soon') and not exists (
      select 1
      from occurrences o
      join assignments a on a.id = o.assignment_id
      join tasks t on t.id = a.task_id
      join bodies b on b.id = a.body_id
      where a.task_id::text = split_part(${n}.dedupe_key, ':', 2)
        and to_char(o.due_on, 'YYYY-MM-DD') = split_part(${n}.dedupe_key, ':', 3)
        and o.completed_on is null
        and a.removed_in_version is null
        and t.removed_in_version is null
        and exists (
          select 1 from role_grants g join bodies s on s.id = g.scope_body_id
          where g.user_id = ${n}.user_id and b.path like s.path || '%'
        )
    ))
    or (${n}.kind = 'plan_missing' and exists (
      select 1 from plans p join bodies b on b.id = p.body_id
      where p.parent_plan_id::text = split_part(${n}.link, '/', 3)
        and exists (
          select 1 from role_grants g join bodies s on s.id = g.scope_body_id
          where g.user_id = ${n}.user_id and b.path like s.path || '%'
        )
    ))
    or (${n}.kind = 'report_missing' and exists (
      select 1 from reports r
      where r.period_id::text = split_part(${n}.link, '/', 3)
        and r.body_id::text = split_part(${n}.link, '/', 4)
        and r.status in ('submitted', 'accepted')
    ))
  )`;
}

/** The notices still standing: those whose cause has not gone (see {@link causeGone}). */
export const stillStanding = (alias: 'notifications' | 'n') => sql<SqlBool>`not ${causeGone(alias)}`;

/** How long a resolved notice stays in its person's list, greyed, before the daily scan deletes it. */
export const RESOLVED_KEPT_DAYS = 30;

/**
 * Marks resolved, now, the notices whose cause is gone (see {@link causeGone}) and not yet marked,
 * of one person or (the daily scan) of everyone; returns how many.
 */
export async function resolveSettledNotices(db: Kysely<Database>, userId?: string) {
  let query = db
    .updateTable('notifications')
    .set({ resolved_at: new Date() })
    .where('resolved_at', 'is', null)
    .where(causeGone('notifications'));
  if (userId) query = query.where('user_id', '=', userId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Deletes the notices resolved more than {@link RESOLVED_KEPT_DAYS} days before `now`; returns how many. */
export async function deleteOldResolvedNotices(db: Kysely<Database>, now = new Date()) {
  const before = new Date(now.getTime() - RESOLVED_KEPT_DAYS * 24 * 60 * 60 * 1000);
  const result = await db.deleteFrom('notifications').where('resolved_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
