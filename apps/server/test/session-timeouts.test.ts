// Findings 8 and 21 of the security review: the session cookie lacked `Secure` unless a separate
// switch was set, and a session lived its 12 hours however long it lay unused.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { BACKGROUND_HEADER } from '../src/http/session.ts';
import { createTestApp, signIn, type TestApp } from './support/test-app.ts';

const httpsConfig = loadConfig({ LANTOA_PUBLIC_URL: 'https://lantoa.tuyenquang.gov.vn' });
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ publicUrl: httpsConfig.publicUrl, secureCookies: httpsConfig.secureCookies });
});
afterAll(async () => t?.close());
afterEach(() => {
  vi.useRealTimers();
});

const at = (iso: string) => vi.setSystemTime(new Date(iso));

describe('the session cookie', () => {
  it('is Secure whenever the public address is https, or when asked for', async () => {
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(loadConfig({ LANTOA_SECURE_COOKIES: '1' }).secureCookies).toBe(true);
    expect(httpsConfig.secureCookies).toBe(true);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'tq.lanhdao', password: 'LanToa@2026' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'lantoa_session');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    // Its lifetime is counted from now, not dated by the server's clock (the browser's may differ).
    expect(cookie?.maxAge).toBe(t.config.sessionHours * 3600);
    expect(cookie?.expires).toBeUndefined();
  });
});

describe('session lifetime', () => {
  it('ends a session left unused for the idle timeout, and is kept alive by use', async () => {
    expect(loadConfig({}).sessionIdleMinutes).toBe(30);
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-05-04T08:00:00+07:00');
    const agent = await signIn(t.app, 'tq.dieuphoi');
    const lastSeen = async () =>
      (
        await t.handle.db
          .selectFrom('sessions as s')
          .innerJoin('users as u', 'u.id', 's.user_id')
          .select('s.last_seen_at')
          .where('u.username', '=', 'tq.dieuphoi')
          .executeTakeFirstOrThrow()
      ).last_seen_at.toISOString();

    at('2026-05-04T08:29:00+07:00');
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    expect(await lastSeen()).toBe('2026-05-04T01:29:00.000Z');
    // Within a minute of the last write, a request does not write again.
    at('2026-05-04T08:29:50+07:00');
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    expect(await lastSeen()).toBe('2026-05-04T01:29:00.000Z');

    at('2026-05-04T08:58:00+07:00');
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    // The web app's own polling (the notification count) is not the user's activity.
    at('2026-05-04T09:20:00+07:00');
    const poll = await agent.request({
      method: 'GET',
      url: '/api/notifications?unread=1&limit=1',
      headers: { [BACKGROUND_HEADER]: '1' },
    });
    expect(poll.statusCode).toBe(200);
    expect(await lastSeen()).toBe('2026-05-04T01:58:00.000Z');

    at('2026-05-04T09:28:01+07:00');
    const idle = await agent.get('/api/auth/me');
    expect(idle.statusCode).toBe(401);
    expect(idle.json().error.message).toMatch(/hết hạn/);
  });

  it('still ends a session in use at its absolute expiry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-05-05T07:00:00+07:00').getTime();
    vi.setSystemTime(start);
    const agent = await signIn(t.app, 'hoaan.daumoi');
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      vi.setSystemTime(start + minutes * 60_000);
      expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    }
    vi.setSystemTime(start + (12 * 60 + 1) * 60_000);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });
});
