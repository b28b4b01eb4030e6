import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

// Only a hash of the session token is stored, so a leaked table cannot be replayed as cookies.
const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** `last_seen_at` is written at most this often, so a busy session does not write on every request. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export async function createSession(db: Kysely<Database>, userId: string, hours: number) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: expiresAt,
      last_seen_at: now,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/**
 * The live session of a token with its (enabled) account, or undefined: not past its absolute
 * expiry, and used within the last `idleMinutes`.
 */
export function findSession(db: Kysely<Database>, token: string, idleMinutes: number) {
  const now = Date.now();
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.csrf_token', 's.expires_at', 's.last_seen_at', 'u.id as user_id', 'u.body_id'])
    .where('s.token_hash', '=', hashToken(token))
    .where('s.expires_at', '>', new Date(now))
    .where('s.last_seen_at', '>', new Date(now - idleMinutes * 60_000))
    .where('u.disabled', '=', false)
    .executeTakeFirst();
}

/** Records a use of the session now, unless one was recorded less than a minute ago. */
export async function touchSession(db: Kysely<Database>, token: string): Promise<void> {
  const now = Date.now();
  await db
    .updateTable('sessions')
    .set({ last_seen_at: new Date(now) })
    .where('token_hash', '=', hashToken(token))
    .where('last_seen_at', '<=', new Date(now - SESSION_TOUCH_INTERVAL_MS))
    .execute();
}

export async function deleteSession(db: Kysely<Database>, token: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

/** Ends every session of an account except, optionally, the current one (after a password change). */
export async function deleteSessionsOf(db: Kysely<Database>, userId: string, keepToken?: string) {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepToken) query = query.where('token_hash', '!=', hashToken(keepToken));
  await query.execute();
}
