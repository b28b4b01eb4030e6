import { type Kysely, sql } from 'kysely';

// Sign-in failures are counted in sign_in_throttle (0009) with growing delays: the account's own lock
// counters are no longer read or written.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop column failed_sign_ins, drop column locked_until`.execute(db);
}
