import { ROLE_ABILITIES } from '@lantoa/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createTestApp, signIn, type TestApp, userIdByName } from './support/test-app.ts';

const signInDefaults = loadConfig({}).signIn;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ signIn: { ...signInDefaults, perMinutePerAddress: 1000 } });
});
afterAll(async () => t?.close());
afterEach(() => {
  vi.useRealTimers();
});

const signInRaw = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password } });

describe('signing in and out', () => {
  it('stores passwords as argon2id hashes', async () => {
    const row = await t.handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('signs in with the right password and returns the account with its roles and abilities', async () => {
    const res = await signInRaw('TQ.DieuPhoi', 'LanToa@2026');
    expect(res.statusCode).toBe(200);
    const me = res.json();
    expect(me.user.username).toBe('tq.dieuphoi');
    expect(me.user.roles).toEqual([
      expect.objectContaining({ role: 'coordinator', scopeBodyName: 'Tỉnh Tuyên Quang' }),
    ]);
    // What the role table grants a coordinator: the API reports the table, it does not restate it.
    expect(me.abilities).toEqual(ROLE_ABILITIES.coordinator);
    expect(me.csrfToken).toEqual(expect.any(String));
  });

  it('refuses a wrong password and an unknown account with the same message', async () => {
    const wrong = await signInRaw('tq.lanhdao', 'sai-mat-khau-1');
    const unknown = await signInRaw('khong.ton.tai', 'sai-mat-khau-1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('makes the next attempt wait after repeated wrong passwords, even the right one, and records it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T08:00:00+07:00'));
    for (let i = 0; i < signInDefaults.freeFailures; i++) {
      expect((await signInRaw('hoaan.truyenthanh', 'sai-mat-khau-1')).statusCode).toBe(401);
    }
    const waiting = await signInRaw('hoaan.truyenthanh', 'LanToa@2026');
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json().error.message).toBe('Bạn đã nhập sai nhiều lần. Hãy thử lại sau 2 giây.');
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.throttled')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({ entity_type: 'sign_in', entity_id: 'hoaan.truyenthanh', actor_id: null }),
    ]);
    // A delay, not a lock: once it has passed the right password works.
    vi.setSystemTime(new Date('2026-03-02T08:00:02+07:00'));
    expect((await signInRaw('hoaan.truyenthanh', 'LanToa@2026')).statusCode).toBe(200);
  });

  it('lets an administrator reset a password', async () => {
    const admin = await signIn(t.app, 'admin');
    const id = await userIdByName(t.handle, 'hoaan.truyenthanh');
    const res = await admin.post(`/api/users/${id}/reset-password`, { newPassword: 'Trau-xanh-gam-co-2026' });
    expect(res.statusCode).toBe(204);
    expect((await signInRaw('hoaan.truyenthanh', 'Trau-xanh-gam-co-2026')).statusCode).toBe(200);
  });

  it('signs out: the session no longer works', async () => {
    const agent = await signIn(t.app, 'tq.lanhdao');
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    expect((await agent.post('/api/auth/sign-out')).statusCode).toBe(204);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('changes one’s own password, refusing a wrong current password and a weak new one', async () => {
    const agent = await signIn(t.app, 'hoaan.daumoi');
    const wrong = await agent.post('/api/auth/change-password', {
      currentPassword: 'x',
      newPassword: 'Trau-xanh-gam-co-2026',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('currentPassword');
    const weak = await agent.post('/api/auth/change-password', {
      currentPassword: 'LanToa@2026',
      newPassword: 'ngan',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toMatch(/ít nhất 12 ký tự/);
    const ok = await agent.post('/api/auth/change-password', {
      currentPassword: 'LanToa@2026',
      newPassword: 'Trau-xanh-gam-co-2026',
    });
    expect(ok.statusCode).toBe(204);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    expect((await signInRaw('hoaan.daumoi', 'LanToa@2026')).statusCode).toBe(401);
    expect((await signInRaw('hoaan.daumoi', 'Trau-xanh-gam-co-2026')).statusCode).toBe(200);
  });
});

describe('the sign-in rate limit', () => {
  it('answers 429 in Vietnamese once an address exceeds its budget', async () => {
    const limited = await createTestApp({ signIn: { ...signInDefaults, perMinutePerAddress: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { username: 'x', password: 'y' },
        });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) expect(res.json().error.message).toMatch(/thử lại/);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});
