import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Who a throttle counts: an account from one address, an account from anywhere (`address: ''`) or an
 * address over every account (`username: ''`). Usernames are kept as typed (trimmed, lower case).
 */
export interface ThrottleKey {
  username: string;
  address: string;
}

/** Failures allowed without delay, then a delay of `firstDelaySeconds` that doubles per failure. */
export interface ThrottleRule {
  freeFailures: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
}

export type ThrottleCount =
  | { counted: true; failures: number; lastSuccessAt: Date | null }
  | { counted: false; blockedUntil: Date };

/**
 * Counts a sign-in attempt under `key` before its password is checked, unless the key is waiting out
 * a delay (then nothing changes and the attempt is refused). One INSERT … ON CONFLICT DO UPDATE: the
 * row lock orders concurrent attempts, so 40 parallel guesses count 40 and only the first
 * `freeFailures` get through. The attempt that reaches `freeFailures` failures (and each one after
 * it) sets the delay before the next: first × 2^(failures − free), at most `maxDelaySeconds`.
 * Failures older than `forgetBefore` are forgotten. A right password gives the attempt back
 * (`signInSucceeded`).
 */
export async function countSignInAttempt(
  db: Kysely<Database>,
  key: ThrottleKey,
  rule: ThrottleRule,
  at: { now: Date; attemptId: string; forgetBefore: Date },
): Promise<ThrottleCount> {
  const { now, attemptId, forgetBefore } = at;
  const free = sql`${rule.freeFailures}::int`;
  const delayAfter = (failures: ReturnType<typeof sql>) =>
    sql`${now}::timestamptz + least(${rule.maxDelaySeconds}::float8,
      ${rule.firstDelaySeconds}::float8 * power(2::float8, least(${failures} - ${free}, 40)))
      * interval '1 second'`;
  const waiting = sql`t.blocked_until > ${now}::timestamptz`;
  const failures = sql`(case when t.last_failure_at < ${forgetBefore}::timestamptz then 1 else t.failures + 1 end)`;
  const result = await sql<{
    failures: number;
    blocked_until: Date | null;
    attempt_id: string;
    last_success_at: Date | null;
  }>`
    insert into sign_in_throttle as t (username, address, failures, last_failure_at, blocked_until, attempt_id)
    values (${key.username}, ${key.address}, 1, ${now}::timestamptz,
      case when 1 >= ${free} then ${delayAfter(sql`1`)} end, ${attemptId})
    on conflict (username, address) do update set
      failures = case when ${waiting} then t.failures else ${failures} end,
      last_failure_at = case when ${waiting} then t.last_failure_at else ${now}::timestamptz end,
      blocked_until = case
        when ${waiting} then t.blocked_until
        when ${failures} >= ${free} then ${delayAfter(failures)}
      end,
      attempt_id = case when ${waiting} then t.attempt_id else ${attemptId} end
    returning failures, blocked_until, attempt_id, last_success_at`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('sign-in throttle: no row returned');
  if (row.attempt_id === attemptId) {
    return { counted: true, failures: row.failures, lastSuccessAt: row.last_success_at };
  }
  return { counted: false, blockedUntil: row.blocked_until ?? now };
}

/**
 * A right password: the account and the account from this address start afresh (the pair also
 * remembers the address as known), and the address gets back the attempt counted for it, so an
 * office behind one address is not slowed down by its colleagues' successful sign-ins.
 */
export async function signInSucceeded(
  db: Kysely<Database>,
  at: { username: string; address: string; now: Date; addressRule: ThrottleRule },
): Promise<void> {
  const { username, address, now, addressRule } = at;
  await db
    .updateTable('sign_in_throttle')
    .set({ failures: 0, blocked_until: null, last_success_at: now })
    .where('username', '=', username)
    .where('address', '=', address)
    .execute();
  await db
    .updateTable('sign_in_throttle')
    .set({ failures: 0, blocked_until: null })
    .where('username', '=', username)
    .where('address', '=', '')
    .execute();
  await db
    .updateTable('sign_in_throttle')
    .set({
      failures: sql`greatest(failures - 1, 0)`,
      blocked_until: sql`case when failures - 1 < ${addressRule.freeFailures}::int then null else blocked_until end`,
    })
    .where('username', '=', '')
    .where('address', '=', address)
    .execute();
}

/** Drops rows with no recent failure, no delay running and no recent success to remember. */
export async function forgetSignInFailures(
  db: Kysely<Database>,
  at: { now: Date; forgetBefore: Date; knownSince: Date },
): Promise<void> {
  await db
    .deleteFrom('sign_in_throttle')
    .where('last_failure_at', '<', at.forgetBefore)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', at.now)]))
    .where((eb) => eb.or([eb('last_success_at', 'is', null), eb('last_success_at', '<', at.knownSince)]))
    .execute();
}

/** Lifts every delay on an account (after an administrator sets a new password). */
export async function clearSignInThrottle(db: Kysely<Database>, username: string): Promise<void> {
  await db
    .updateTable('sign_in_throttle')
    .set({ failures: 0, blocked_until: null })
    .where('username', '=', username)
    .execute();
}
