import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('the HTTP API basics', () => {
  it('answers health with the engine and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.handle.engine, version: 'test' });
    const live = await t.app.inject({ method: 'GET', url: '/api/live' });
    expect(live.json()).toEqual({ status: 'ok' });
  });

  it('publishes the OpenAPI document at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining(['/api/bodies/{id}', '/api/users', '/api/audit']),
    );
  });

  it('answers unknown API routes with 404 and a Vietnamese message', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/Không tìm thấy/);
  });

  it('answers invalid input with 400 naming the field, in Vietnamese', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'admin' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_input', field: 'password' });
    expect(res.json().error.message).toMatch(/«password»/);
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'admin', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/quá lớn/);
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('requires a session for API reads', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/bodies/roots' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/đăng nhập/);
  });

  it('rejects a state change without the CSRF token', async () => {
    const agent = await signIn(t.app, 'admin');
    const res = await agent.request({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { 'x-csrf-token': 'wrong' },
      payload: { currentPassword: 'a', newPassword: 'b' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
  });

  it('sets the session cookie httpOnly and SameSite', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'admin', password: 'LanToa@2026' },
    });
    const cookie = res.cookies.find((c) => c.name === 'lantoa_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });
});
