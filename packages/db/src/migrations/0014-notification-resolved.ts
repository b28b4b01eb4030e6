import { type Kysely, sql } from 'kysely';

// A notice whose cause is gone (the work done, the deadline moved, the report sent) is kept, marked
// resolved with the time it was found so, instead of vanishing from the person's list; resolved
// notices leave the unread count and the digest, and are deleted after a while (scan-reminders.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table notifications add column resolved_at timestamptz`.execute(db);
  await sql`create index notifications_resolved_idx on notifications (resolved_at) where resolved_at is not null`.execute(
    db,
  );
}
