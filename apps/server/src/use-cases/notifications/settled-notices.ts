import type { Database } from '@lantoa/db';
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * True for a notice whose cause is gone, given the alias of the notifications table in the query:
 * - "overdue" / "due soon" (key `<kind>:<task id>:<due date>`): no open occurrence of that task and
 *   due date is left in the person's scopes (the work was done, or the deadline moved);
 * - "report missing" (link `/reports/<period>/<body>`): the body's report has been submitted since.
 * The notices the report workflow settles at once (report_submitted, report_returned) are removed in
 * the transaction that settles them (notify.ts).
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

/** Deletes every notice whose cause is gone (the daily scan's clean-up); returns how many. */
export async function deleteSettledNotices(db: Kysely<Database>) {
  const result = await db.deleteFrom('notifications').where(causeGone('notifications')).executeTakeFirst();
  return Number(result.numDeletedRows);
}
