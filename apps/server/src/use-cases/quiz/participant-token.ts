import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import { appSecret, type Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';

// A participant proves who they are with a token the server signed: no account, no session table.
// The phone keeps it; on another phone the participant gets it back by registering again with their
// citizen ID and the phone number they registered with.
//
// `<participant id>.<contest id>.<expiry, seconds in base 36>.<HMAC of the three>`: everything a
// route needs to trust the caller is in the token, so checking it reads no database (the secret is
// read once per process). Tokens of the first form, `<participant id>.<HMAC of it>`, still work: their
// contest is read once from the participant, and the answer carries a token of the new form in
// `x-participant-token`, which the contest page keeps instead.

const SECRET = 'participant-token';

/** How long a token outlives its contest's last round: the results and one's own corrected attempts stay readable. */
export const TOKEN_DAYS_AFTER_CONTEST = 90;

export interface ParticipantClaims {
  participantId: string;
  contestId: string;
}

/** The checked claims of a token; `renewed` when it was of the first form (sent back to the page). */
export interface VerifiedParticipant extends ParticipantClaims {
  renewed?: string;
}

// The secret as a key object, made once: an HMAC over raw bytes makes one on every call (measured).
const keys = new WeakMap<Uint8Array, KeyObject>();
function keyOf(secret: Uint8Array): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(secret);
    keys.set(secret, key);
  }
  return key;
}

const mac = (payload: string, secret: Uint8Array) =>
  createHmac('sha256', keyOf(secret)).update(payload).digest('base64url');

const sameMac = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * When a token given at `now` expires: {@link TOKEN_DAYS_AFTER_CONTEST} days after the contest's last
 * round closes, or after `now` for one given later (registering again renews an expired token).
 */
export const tokenExpiry = (lastRoundClosesAt: number, now: number) =>
  Math.max(lastRoundClosesAt, now) + TOKEN_DAYS_AFTER_CONTEST * 86_400_000;

/** Signs a token with a secret already read (see {@link participantTokenSecret}). */
export function signParticipantToken(
  secret: Uint8Array,
  claims: ParticipantClaims & { expiresAt: number },
): string {
  const payload = `${claims.participantId}.${claims.contestId}.${Math.ceil(claims.expiresAt / 1000).toString(36)}`;
  return `${payload}.${mac(payload, secret)}`;
}

/** The signing secret (read from the database once per process). */
export const participantTokenSecret = (db: Kysely<Database>) => appSecret(db, SECRET);

const unregistered = () =>
  new AppError(
    'unauthenticated',
    'Bạn chưa đăng ký dự thi trên thiết bị này. Hãy đăng ký; nếu đã đăng ký trên máy khác, hãy đăng ký lại với đúng số CCCD và số điện thoại đã khai.',
  );

const expired = () =>
  new AppError(
    'unauthenticated',
    'Phiên dự thi trên thiết bị này đã hết hạn. Hãy đăng ký lại với đúng số CCCD và số điện thoại đã khai.',
  );

/** A token of the first form: its participant's contest and that contest's last close, read once. */
async function upgradeFirstForm(
  db: Kysely<Database>,
  secret: Uint8Array,
  participantId: string,
  now: number,
): Promise<VerifiedParticipant> {
  const row = await db
    .selectFrom('quiz_participants as participant')
    .innerJoin('quiz_rounds as round', 'round.contest_id', 'participant.contest_id')
    .select(['participant.contest_id'])
    .select((eb) => eb.fn.max('round.closes_at').as('last_close'))
    .where('participant.id', '=', participantId)
    .groupBy('participant.contest_id')
    .executeTakeFirst();
  if (!row) throw unregistered();
  const contestId = row.contest_id;
  const lastClose = new Date(row.last_close).getTime();
  if (now > tokenExpiry(lastClose, lastClose)) throw expired();
  const expiresAt = tokenExpiry(lastClose, now);
  return {
    participantId,
    contestId,
    renewed: signParticipantToken(secret, { participantId, contestId, expiresAt }),
  };
}

/**
 * The claims of a valid, unexpired token (of the contest `contestId` when given: a token of another
 * contest is no registration in this one); 401 in Vietnamese otherwise. A token of the current form
 * is checked without reading the database.
 */
export async function verifyParticipantToken(
  db: Kysely<Database>,
  token: string | undefined,
  expected: { contestId?: string | undefined; now?: number } = {},
): Promise<VerifiedParticipant> {
  const verified = await verifyToken(db, token, expected.now ?? Date.now());
  if (expected.contestId !== undefined && verified.contestId !== expected.contestId) throw unregistered();
  return verified;
}

async function verifyToken(db: Kysely<Database>, token: string | undefined, now: number) {
  const parts = (token ?? '').split('.');
  const secret = await participantTokenSecret(db);
  if (parts.length === 4) {
    const [participantId, contestId, expiry, given] = parts as [string, string, string, string];
    if (!sameMac(given, mac(`${participantId}.${contestId}.${expiry}`, secret))) throw unregistered();
    if (now > Number.parseInt(expiry, 36) * 1000) throw expired();
    return { participantId, contestId };
  }
  if (parts.length === 2) {
    const [participantId, given] = parts as [string, string];
    // The id is checked by the signature before it reaches SQL (a uuid column).
    if (participantId && sameMac(given, mac(participantId, secret)))
      return upgradeFirstForm(db, secret, participantId, now);
  }
  throw unregistered();
}
