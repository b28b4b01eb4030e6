import { randomUUID } from 'node:crypto';
import type { Database, ThrottleCount, ThrottleKey, ThrottleRule } from '@lantoa/db';
import {
  countSignInAttempt,
  createSession,
  forgetSignInFailures,
  grantsOf,
  recordAudit,
  signInSucceeded,
  toGrants,
  unsafeFindUser,
} from '@lantoa/db';
import type { Kysely } from 'kysely';
import { DUMMY_HASH, verifyPassword } from '../../auth/passwords.ts';
import type { Config, SignInConfig } from '../../config.ts';
import { AppError } from '../../http/errors.ts';
import { getMe } from './get-me.ts';

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng. Kiểm tra lại và thử lần nữa.';
/** Failures with nothing after them for this long are forgotten. */
const FORGET_AFTER_MS = 24 * 3_600_000;
/** An address the account signed in from within this time is spared the account-wide throttle. */
const KNOWN_ADDRESS_MS = 30 * 24 * 3_600_000;

type Scope = 'account_address' | 'address' | 'account';

function rules(config: SignInConfig): Record<Scope, ThrottleRule> {
  const { firstDelaySeconds, maxDelaySeconds } = config;
  return {
    account_address: { freeFailures: config.freeFailures, firstDelaySeconds, maxDelaySeconds },
    address: { freeFailures: config.addressFreeFailures, firstDelaySeconds, maxDelaySeconds },
    account: {
      freeFailures: config.accountFreeFailures,
      firstDelaySeconds,
      maxDelaySeconds: config.accountMaxDelaySeconds,
    },
  };
}

function waitMessage(blockedUntil: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000));
  const wait = seconds < 120 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
  return `Bạn đã nhập sai nhiều lần. Hãy thử lại sau ${wait}.`;
}

/**
 * Checks the password and opens a session, throttled as OWASP advises: each attempt is counted
 * before the (slow) password check, atomically in the database, for the account from this address,
 * for the address, and for the account as a whole, so parallel guesses cannot slip past the count.
 * Past a few failures the next attempt must wait a delay that doubles with each further failure;
 * while it runs, attempts are refused with 429 without looking at the password. The account-wide
 * count is gentler and skips addresses the account signed in from before: someone else's failures
 * from elsewhere slow its owner down at most a little, never lock them out.
 *
 * Unknown usernames are counted, verified (against a dummy hash) and answered exactly like
 * existing ones, so neither the message, the 429s nor the timing reveal whether an account exists.
 */
export async function signIn(
  db: Kysely<Database>,
  config: Config,
  input: { username: string; password: string; address: string },
) {
  const username = input.username.trim().toLowerCase();
  const { address } = input;
  const now = new Date();
  const at = {
    now,
    attemptId: randomUUID(),
    forgetBefore: new Date(now.getTime() - FORGET_AFTER_MS),
  };
  const rule = rules(config.signIn);
  const counted: { scope: Scope; key: ThrottleKey; count: ThrottleCount & { counted: true } }[] = [];
  // Address-bound keys first: an attempt they refuse never reaches the account-wide count, so one
  // address hammering an account does not slow its owner down elsewhere.
  const take = async (scope: Scope, key: ThrottleKey) => {
    const count = await countSignInAttempt(db, key, rule[scope], at);
    if (!count.counted) throw new AppError('locked', waitMessage(count.blockedUntil, now));
    counted.push({ scope, key, count });
    return count;
  };
  const pair = await take('account_address', { username, address });
  await take('address', { username: '', address });
  const known =
    pair.lastSuccessAt !== null && pair.lastSuccessAt.getTime() > now.getTime() - KNOWN_ADDRESS_MS;
  if (!known) await take('account', { username, address: '' });

  const user = await unsafeFindUser(db, { username });
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password);
  if (!user || !ok) {
    const started = counted.filter(({ scope, count }) => count.failures === rule[scope].freeFailures);
    await db.transaction().execute(async (trx) => {
      for (const { scope } of started) {
        // The same entry for unknown and existing accounts: the body is the only difference.
        await recordAudit(trx, {
          actorId: null,
          bodyId: user?.body_id ?? null,
          action: 'auth.throttled',
          entityType: 'sign_in',
          entityId: username,
          after: { scope, address, failures: rule[scope].freeFailures },
        });
      }
      await forgetSignInFailures(trx, {
        now,
        forgetBefore: at.forgetBefore,
        knownSince: new Date(now.getTime() - KNOWN_ADDRESS_MS),
      });
    });
    throw new AppError('unauthenticated', WRONG);
  }
  const session = await db.transaction().execute(async (trx) => {
    // The password was right: the attempt is given back even if the account is disabled.
    await signInSucceeded(trx, { username, address, now, addressRule: rule.address });
    if (user.disabled) return null;
    const opened = await createSession(trx, user.id, config.sessionHours);
    await recordAudit(trx, {
      actorId: user.id,
      bodyId: user.body_id,
      action: 'auth.sign_in',
      entityType: 'user',
      entityId: user.id,
      after: { address },
    });
    return opened;
  });
  if (!session) {
    throw new AppError('unauthenticated', 'Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.');
  }
  // What the web app needs to start: the account and its abilities, as GET /api/auth/me answers.
  const grants = (await grantsOf(db, [user.id])).get(user.id) ?? [];
  const me = await getMe({ db, actor: { userId: user.id, bodyId: user.body_id, grants: toGrants(grants) } });
  return { ...session, me };
}
