// Finding 3 of the security review: sign-in throttling that concurrency cannot bypass, that a
// stranger cannot turn into a lock-out of the real owner, and that answers unknown accounts alike.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-data.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

const rules = loadConfig({}).signIn;
let t: TestApp;
beforeAll(async () => {
  // The plain per-address rate limit is lifted here: these tests are about the throttle behind it.
  t = await createTestApp({ signIn: { ...rules, perMinutePerAddress: 100_000 } });
});
afterAll(async () => t?.close());
afterEach(() => {
  vi.useRealTimers();
});

const pinClock = (iso: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
};
const advanceSeconds = (seconds: number) => vi.setSystemTime(new Date(Date.now() + seconds * 1000));

const attempt = (username: string, password: string, from: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    remoteAddress: from,
    headers,
    payload: { username, password },
  });

/** The wait a 429 asks for, in seconds. */
const waitOf = (message: string) => {
  const found = /Hãy thử lại sau (\d+) (giây|phút)\./.exec(message);
  if (!found) throw new Error(`no wait in «${message}»`);
  return Number(found[1]) * (found[2] === 'phút' ? 60 : 1);
};

describe('sign-in throttling', () => {
  it('lets only the free failures of 40 parallel wrong passwords through, and the owner still signs in from elsewhere', async () => {
    pinClock('2026-04-06T09:00:00+07:00');
    const batch = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt('tq.lanhdao', `doan-sai-${i}`, '203.0.113.7')),
    );
    const statuses = batch.map((res) => res.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(rules.freeFailures);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - rules.freeFailures);
    for (const res of batch.filter((r) => r.statusCode === 429)) {
      expect(res.json().error.message).toBe('Bạn đã nhập sai nhiều lần. Hãy thử lại sau 2 giây.');
    }
    // The next batch, once the delay is over, gets one guess through and a doubled delay.
    advanceSeconds(2);
    const next = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt('tq.lanhdao', `doan-lai-${i}`, '203.0.113.7')),
    );
    expect(next.filter((r) => r.statusCode === 401)).toHaveLength(1);
    expect(waitOf(next.find((r) => r.statusCode === 429)?.json().error.message)).toBe(4);

    const owner = await attempt('tq.lanhdao', DEMO_PASSWORD, '198.51.100.20');
    expect(owner.statusCode).toBe(200);
    // Even the right password waits at the attacker's address.
    expect((await attempt('tq.lanhdao', DEMO_PASSWORD, '203.0.113.7')).statusCode).toBe(429);
  });

  it('answers an unknown account with the same statuses and messages as an existing one', async () => {
    pinClock('2026-04-07T09:00:00+07:00');
    const run = async (username: string, from: string) => {
      const seen: string[] = [];
      const note = async () => {
        const res = await attempt(username, 'khong-dung-123', from);
        seen.push(`${res.statusCode} ${res.json().error.message}`);
      };
      for (let i = 0; i < rules.freeFailures + 2; i++) await note();
      advanceSeconds(2);
      await note();
      await note();
      return seen;
    };
    const existing = await run('tq.dieuphoi', '198.51.100.41');
    const unknown = await run('khong.ton.tai', '198.51.100.42');
    expect(unknown).toEqual(existing);
    expect(existing.map((line) => Number(line.slice(0, 3)))).toEqual([
      ...Array<number>(rules.freeFailures).fill(401),
      429,
      429,
      401,
      429,
    ]);
    expect(existing.at(-1)).toBe('429 Bạn đã nhập sai nhiều lần. Hãy thử lại sau 4 giây.');
  });

  it('is not reset by a forged X-Forwarded-For nor by hopping inside an IPv6 /64', async () => {
    pinClock('2026-04-08T09:00:00+07:00');
    const forged: number[] = [];
    for (let i = 0; i < rules.freeFailures + 2; i++) {
      const res = await attempt('hoaan.daumoi', 'khong-dung-123', '203.0.113.50', {
        'x-forwarded-for': `10.9.${i}.${i + 1}`,
      });
      forged.push(res.statusCode);
    }
    const hopping: number[] = [];
    for (let i = 0; i < rules.freeFailures + 2; i++) {
      const res = await attempt('hoaan.daumoi', 'khong-dung-123', `2001:db8:77:1::${i + 1}`);
      hopping.push(res.statusCode);
    }
    const expected = [...Array<number>(rules.freeFailures).fill(401), 429, 429];
    expect(forged).toEqual(expected);
    expect(hopping).toEqual(expected);
  });

  it('slows an account attacked from many addresses gently, and never keeps its owner out', async () => {
    pinClock('2026-04-09T09:00:00+07:00');
    // The owner has signed in from the office before: that address is known.
    expect((await attempt('tq.quantri', DEMO_PASSWORD, '198.51.100.60')).statusCode).toBe(200);
    let host = 0;
    const stranger = () => `192.0.2.${++host}`;
    for (let i = 0; i < rules.accountFreeFailures; i++) {
      expect((await attempt('tq.quantri', 'khong-dung-123', stranger())).statusCode).toBe(401);
    }
    // A new address now waits a little, even with the right password …
    const travelling = await attempt('tq.quantri', DEMO_PASSWORD, '198.51.100.61');
    expect(travelling.statusCode).toBe(429);
    expect(waitOf(travelling.json().error.message)).toBe(rules.firstDelaySeconds);
    // … while the owner's known address is not slowed down at all.
    expect((await attempt('tq.quantri', DEMO_PASSWORD, '198.51.100.60')).statusCode).toBe(200);

    // That success started the account afresh; a long attack only ever asks for short waits.
    for (let i = 0; i < rules.accountFreeFailures; i++) {
      await attempt('tq.quantri', 'khong-dung-123', stranger());
    }
    const waits: number[] = [];
    for (let round = 0; round < 8; round++) {
      const refused = await attempt('tq.quantri', 'khong-dung-123', stranger());
      expect(refused.statusCode).toBe(429);
      const wait = waitOf(refused.json().error.message);
      waits.push(wait);
      advanceSeconds(wait);
      expect((await attempt('tq.quantri', 'khong-dung-123', stranger())).statusCode).toBe(401);
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 60, 60, 60]);
    expect(Math.max(...waits)).toBe(rules.accountMaxDelaySeconds);
    // Once the last wait is over, the owner gets in from a new address too.
    advanceSeconds(rules.accountMaxDelaySeconds);
    expect((await attempt('tq.quantri', DEMO_PASSWORD, '198.51.100.62')).statusCode).toBe(200);
  });

  it('slows down one address guessing many accounts, but not its successful sign-ins', async () => {
    pinClock('2026-04-10T09:00:00+07:00');
    const office = '198.51.100.77';
    for (let i = 0; i < rules.addressFreeFailures - 1; i++) {
      expect((await attempt(`nguoi.thu${i}`, 'khong-dung-123', office)).statusCode).toBe(401);
    }
    // Colleagues signing in from the same address get their attempts back.
    for (const username of ['hoaan.truyenthanh', 'tq.dieuphoi', 'admin']) {
      expect((await attempt(username, DEMO_PASSWORD, office)).statusCode).toBe(200);
    }
    expect((await attempt('nguoi.cuoi', 'khong-dung-123', office)).statusCode).toBe(401);
    const refused = await attempt('nguoi.moi', 'khong-dung-123', office);
    expect(refused.statusCode).toBe(429);
    expect(waitOf(refused.json().error.message)).toBe(rules.firstDelaySeconds);
  });

  it('lifts an account’s delays when an administrator resets its password', async () => {
    pinClock('2026-04-11T09:00:00+07:00');
    const from = '203.0.113.91';
    for (let i = 0; i <= rules.freeFailures; i++) await attempt('hoaan.daumoi', `sai-${i}`, from);
    expect((await attempt('hoaan.daumoi', DEMO_PASSWORD, from)).statusCode).toBe(429);

    const admin = await attempt('admin', DEMO_PASSWORD, '198.51.100.1');
    const cookie = admin.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    const focal = await t.handle.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'hoaan.daumoi')
      .executeTakeFirstOrThrow();
    const newPassword = 'Cay lua nuoc Hoa An mua thu';
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/users/${focal.id}/reset-password`,
      headers: { cookie, 'x-csrf-token': me.json().csrfToken },
      payload: { newPassword },
    });
    expect(reset.statusCode).toBe(204);
    expect((await attempt('hoaan.daumoi', newPassword, from)).statusCode).toBe(200);
  });
});
