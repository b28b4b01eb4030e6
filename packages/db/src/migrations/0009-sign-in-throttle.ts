import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Sign-in throttling (OWASP: growing delays per account and per address instead of a lock-out).
  // One row per (username, address) pair, per account (address '') and per address (username '').
  // Usernames are kept as typed, so unknown accounts are throttled exactly like existing ones.
  await sql`
    create table sign_in_throttle (
      username text not null,
      address text not null,
      failures int not null,
      last_failure_at timestamptz not null,
      blocked_until timestamptz,
      attempt_id text not null,
      last_success_at timestamptz,
      primary key (username, address),
      check (username <> '' or address <> '')
    )`.execute(db);
  await sql`create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at)`.execute(db);

  // Idle timeout beside the absolute one: the session's last use, written at most once a minute.
  await sql`alter table sessions add column last_seen_at timestamptz not null default now()`.execute(db);
}
