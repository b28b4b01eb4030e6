import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../src/http/errors.ts';
import { type Agent, bodyIdByCode, createTestApp, signIn, type TestApp } from './support/test-app.ts';

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

describe('bad input is a 400 naming the field, never a 500', () => {
  let admin: Agent;
  let hoaAn: string;
  beforeAll(async () => {
    admin = await signIn(t.app, 'admin');
    hoaAn = await bodyIdByCode(t.handle, '02353');
  });
  const expectRefused = (
    res: { statusCode: number; json(): { error: { field?: string; message: string } } },
    field: string,
  ) => {
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_input', field });
    expect(res.json().error.message).toContain(`«${field}»`);
  };

  it('refuses NUL bytes and lone surrogates in query strings, JSON values and keys, signed in or not', async () => {
    expectRefused(await admin.get('/api/library/items?q=a%00b'), 'q');
    expectRefused(await admin.get('/api/users?q=%00'), 'q');
    expectRefused(
      await admin.post('/api/bodies/match', { contextId: hoaAn, texts: ['a', 'x\udfff'] }),
      'texts.1',
    );
    expectRefused(
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username: 'ad\u0000min', password: 'x' },
      }),
      'username',
    );
    expectRefused(
      await admin.post('/api/bodies', { parentId: hoaAn, kind: 'village', name: 'Thôn \ud800' }),
      'name',
    );
    expectRefused(
      await admin.post('/api/bodies', {
        parentId: hoaAn,
        kind: 'village',
        name: 'Thôn',
        aliases: ['a', 'b\u0000'],
      }),
      'aliases.1',
    );
    const key = await admin.post('/api/bodies/match', { contextId: hoaAn, texts: ['a'], 'x\u0000': 1 });
    expect(key.statusCode).toBe(400);
    expect(key.json().error.message).toMatch(/ký tự không hợp lệ/);
    // Nested 200,000 deep (within the 1 MB body limit): refused in linear time, without a stack overflow.
    const deep = await admin.request({
      method: 'POST',
      url: '/api/bodies/match',
      headers: { 'content-type': 'application/json' },
      payload: `${'['.repeat(200_000)}"\\u0000"${']'.repeat(200_000)}`,
    });
    expect(deep.statusCode).toBe(400);
    // The contest page has an error handler of its own: bad text there is its 404 page, not a crash.
    const page = await t.app.inject({ method: 'GET', url: '/thi/a%00b' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });

  it('refuses impossible calendar dates and years outside 1900–2100, in Vietnamese', async () => {
    for (const date of ['2026-02-31', '2026-02-29', '2026-13-01', '0000-00-00', '9999-12-31', '1899-12-31']) {
      const res = await admin.get(`/api/audit?from=${date}`);
      expectRefused(res, 'from');
      expect(res.json().error.message).toMatch(/ngày có thật/);
    }
    expect((await admin.get('/api/audit?from=2024-02-29&to=2100-12-31')).statusCode).toBe(200);
  });

  it('refuses a version whose next value would not fit the int4 column', async () => {
    for (const version of [2_147_483_647, 2_147_483_648, 0, -1]) {
      expectRefused(await admin.patch(`/api/bodies/${hoaAn}`, { name: 'Xã Hòa An', version }), 'version');
    }
  });

  it('refuses names made only of invisible characters or carrying bidi overrides, and stores names as NFC', async () => {
    for (const name of ['\u200b\u200b', '\u0301\u0301\u0301', '\u3164', 'Thôn \u202eABC', 'Thôn\nMới']) {
      expectRefused(await admin.post('/api/bodies', { parentId: hoaAn, kind: 'village', name }), 'name');
    }
    const nfd = 'Tho\u0302n Ba\u0309n Ve\u0300'.normalize('NFD');
    const created = await admin.post('/api/bodies', { parentId: hoaAn, kind: 'village', name: nfd });
    expect(created.statusCode).toBe(201);
    expect(created.json().body.name).toBe('Thôn Bản Vè'.normalize('NFC'));
  });

  it('holds titles of bulletins, stations and library items to the same rule', async () => {
    for (const title of ['\u200b\u200b', 'Bản tin \u202eABC', 'Bản\ntin']) {
      expectRefused(
        await admin.post('/api/broadcast/bulletins', {
          title,
          text: 'Nội dung',
          priority: 'normal',
          targetBodyId: hoaAn,
        }),
        'title',
      );
      expectRefused(
        await admin.patch(`/api/library/items/${crypto.randomUUID()}`, { title, version: 1 }),
        'title',
      );
    }
  });
});

describe('the error handler’s safety net for input the database refuses', () => {
  // A bare app with the real error handler and the test's database engine (PGlite or PostgreSQL):
  // each route makes the database refuse a value, as a route whose schema let it through would.
  const statements: Record<string, (trx: TestApp['handle']['db']) => Promise<unknown>> = {
    nul: (db) => sql`select ${'a\u0000b'}::text`.execute(db),
    uuid: (db) => sql`select ${'not-a-uuid'}::uuid`.execute(db),
    int4: (db) => sql`select ${'2147483647'}::int + 1`.execute(db),
    date: (db) => sql`select ${'2026-02-31'}::date`.execute(db),
    jsonb: (db) => sql`select ${JSON.stringify({ a: '\u0000' })}::jsonb`.execute(db),
    unique: (db) =>
      sql`insert into users (body_id, username, full_name, password_hash)
      select body_id, username, full_name, password_hash from users where username = 'admin'`.execute(db),
    fk: (db) =>
      sql`insert into role_grants (user_id, role, scope_body_id)
      values (gen_random_uuid(), 'viewer', gen_random_uuid())`.execute(db),
  };
  const expected: Record<string, [number, RegExp]> = {
    nul: [400, /ký tự không hợp lệ/],
    uuid: [400, /không đúng định dạng/],
    int4: [400, /Số quá lớn/],
    date: [400, /Ngày giờ không hợp lệ/],
    jsonb: [400, /ký tự không hợp lệ/],
    unique: [409, /đã có/],
    fk: [404, /Không tìm thấy/],
  };

  it('answers each with a Vietnamese 4xx that names no table or column', async () => {
    const bare = Fastify();
    bare.setErrorHandler(errorHandler);
    bare.get('/:case', async (request) => {
      const { case: name } = request.params as { case: string };
      await statements[name]?.(t.handle.db);
      return { ok: true };
    });
    for (const [name, [status, message]] of Object.entries(expected)) {
      const res = await bare.inject({ method: 'GET', url: `/${name}` });
      expect({ name, status: res.statusCode }).toEqual({ name, status });
      expect(res.json().error.message).toMatch(message);
      expect(res.body).not.toMatch(/users|role_grants|constraint|integer|uuid|UTF8|jsonb/);
    }
    await bare.close();
  });
});
