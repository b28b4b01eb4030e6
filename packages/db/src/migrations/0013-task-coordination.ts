import { type Kysely, sql } from 'kysely';

/**
 * A plan gives work only within its issuer's subtree (assignableBy): the bodies a task names above or
 * beside the issuer (a commune plan's "các sở, ngành") coordinate from above and are kept on the task
 * as written, `[{ role, writtenAs, bodyIds }]`, never assigned.
 *
 * Plans published before the rule assigned such bodies: their active assignments move to the list
 * and are retired in the plan's current version (kept with their history, no longer active), so no
 * department keeps work, reminders or counts from a commune's plan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table tasks add column coordination jsonb not null default '[]'::jsonb`.execute(db);
  // Active assignments of active tasks whose body lies outside the plan's issuer's subtree.
  const upper = sql`
    select a.id, a.task_id, a.role, a.written_as, a.body_id, p.current_version
    from assignments a
    join tasks t on t.id = a.task_id
    join plans p on p.id = t.plan_id
    join bodies issuer on issuer.id = p.body_id
    join bodies b on b.id = a.body_id
    where a.removed_in_version is null
      and t.removed_in_version is null
      and left(b.path, length(issuer.path)) <> issuer.path`;
  await sql`
    update tasks t set coordination = listed.entries
    from (
      select task_id, jsonb_agg(entry order by role, written_as) as entries
      from (
        select task_id, role, written_as,
          jsonb_build_object('role', role, 'writtenAs', written_as,
            'bodyIds', jsonb_agg(body_id::text order by body_id)) as entry
        from (${upper}) u
        group by task_id, role, written_as
      ) per_name
      group by task_id
    ) listed
    where listed.task_id = t.id`.execute(db);
  await sql`
    update assignments a set removed_in_version = u.current_version
    from (${upper}) u where u.id = a.id`.execute(db);
}
