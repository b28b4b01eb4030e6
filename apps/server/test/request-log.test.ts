import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('echoes a safe id sent by the proxy or client', async () => {
    const id = 'HAProxy.7f3a-01_abcdef';
    const res = await t.app.inject({ method: 'GET', url: '/api/live', headers: { 'x-request-id': id } });
    expect(res.headers['x-request-id']).toBe(id);
  });

  it('gives a new UUID when none is sent, on every kind of answer', async () => {
    const answers = await Promise.all([
      t.app.inject({ method: 'GET', url: '/api/live' }),
      t.app.inject({ method: 'GET', url: '/api/live' }),
      t.app.inject({ method: 'GET', url: '/api/bodies/roots' }),
      t.app.inject({ method: 'GET', url: '/api/khong-co' }),
    ]);
    expect(answers.map((res) => res.statusCode)).toEqual([200, 200, 401, 404]);
    for (const res of answers) expect(res.headers['x-request-id']).toMatch(UUID);
    expect(answers[0]?.headers['x-request-id']).not.toBe(answers[1]?.headers['x-request-id']);
  });

  it('refuses an unsafe id and gives its own', async () => {
    for (const unsafe of [
      'short',
      'x'.repeat(65),
      'has spaces in it',
      '<script>alert(1)</script>',
      'ab"cd{ef}gh',
    ]) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/live',
        headers: { 'x-request-id': unsafe },
      });
      expect(res.headers['x-request-id']).toMatch(UUID);
    }
  });
});

describe('the log', () => {
  it('writes JSON lines, each line of a request with its id, and no credential', async () => {
    const lines: string[] = [];
    const app = await buildApp(
      { handle: t.handle, config: t.config, version: 'test' },
      { logger: true, logDestination: { write: (line) => void lines.push(line) } },
    );
    try {
      const secrets = {
        session: 'session-secret-9c1d2e',
        csrf: 'csrf-secret-4b5a6f',
        bearer: 'bearer-secret-7e8d9c',
        participant: 'participant-secret-1a2b3c',
        station: 'station-secret-5d6e7f',
        unsubscribe: 'unsubscribeSecretToken0123456789',
      };
      const id = 'log-test-request-0001';
      const res = await app.inject({
        method: 'GET',
        url: `/huy-nhan-tin/${secrets.unsubscribe}`,
        cookies: { lantoa_session: secrets.session },
        headers: {
          'x-request-id': id,
          'x-csrf-token': secrets.csrf,
          authorization: `Bearer ${secrets.bearer}`,
          'x-participant': secrets.participant,
          'x-station-key': secrets.station,
        },
      });
      expect(res.headers['x-request-id']).toBe(id);
      // A line that holds the headers themselves (a handler logging them) has the credentials masked.
      app.log.info({
        headers: { cookie: `lantoa_session=${secrets.session}`, 'x-station-key': secrets.station },
      });

      const records = lines.map((line) => JSON.parse(line));
      const ofRequest = records.filter((record) => record.reqId === id);
      expect(ofRequest.map((record) => record.msg)).toEqual(
        expect.arrayContaining(['incoming request', 'request completed']),
      );
      const incoming = ofRequest.find((record) => record.msg === 'incoming request');
      expect(incoming.req).toMatchObject({ method: 'GET', route: '/huy-nhan-tin/:token' });
      expect(incoming.req.url).toBe('/huy-nhan-tin/[redacted]');
      expect(ofRequest.find((record) => record.msg === 'request completed').res.statusCode).toBe(
        res.statusCode,
      );
      expect(records.at(-1).headers).toEqual({ cookie: '[redacted]', 'x-station-key': '[redacted]' });
      const all = lines.join('');
      for (const secret of Object.values(secrets)) expect(all).not.toContain(secret);
    } finally {
      await app.close();
    }
  });
});
