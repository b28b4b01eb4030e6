import { type Kysely, sql } from 'kysely';

// Linked work (issue 14): a task of a body's own plan drafted from the plan above carries the task it
// came from, and the body's progress on it is carried up to the body's assignment on that task, so the
// same work is reported once. `carried` marks an occurrence whose state comes from the linked task
// below (recording progress on it directly is refused; it is recorded on the task below).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table tasks add column parent_task_id uuid references tasks(id)`.execute(db);
  await sql`create index tasks_parent_task_idx on tasks (parent_task_id) where parent_task_id is not null`.execute(
    db,
  );
  await sql`alter table occurrences add column carried boolean not null default false`.execute(db);
}
