// Finding 3 of the security review: with `trustProxy: true` every client chose its own address
// through X-Forwarded-For, and so escaped every per-address limit. The header now counts only when
// it comes from a proxy named in LANTOA_TRUSTED_PROXIES.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

const PER_MINUTE = 3;
let t: TestApp;
let proxied: FastifyInstance;
beforeAll(async () => {
  t = await createTestApp({ signIn: { ...loadConfig({}).signIn, perMinutePerAddress: PER_MINUTE } });
  // The same database behind a second app that trusts the proxies of 10.0.0.0/8.
  const { trustedProxies } = loadConfig({ LANTOA_TRUSTED_PROXIES: ' 10.0.0.0/8 , 192.0.2.1' });
  expect(trustedProxies).toEqual(['10.0.0.0/8', '192.0.2.1']);
  proxied = await buildApp({ handle: t.handle, config: { ...t.config, trustedProxies }, version: 'test' });
  await proxied.ready();
});
afterAll(async () => {
  await proxied?.close();
  await t?.close();
});

/** Sign-in attempts (an unknown account) each claiming another client address. */
async function statuses(app: FastifyInstance, from: string, forwardedFor: (i: number) => string) {
  const seen: number[] = [];
  for (let i = 0; i <= PER_MINUTE; i++) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: from,
      headers: { 'x-forwarded-for': forwardedFor(i) },
      payload: { username: 'khong.ai', password: 'khong-dung-123' },
    });
    seen.push(res.statusCode);
  }
  return seen;
}
const limited = [...Array<number>(PER_MINUTE).fill(401), 429];

describe('client addresses', () => {
  it('ignores X-Forwarded-For by default: every claimed address shares the sender’s bucket', async () => {
    expect(await statuses(t.app, '203.0.113.20', (i) => `198.51.100.${i + 1}`)).toEqual(limited);
  });

  it('believes X-Forwarded-For from a trusted proxy: each client has its own bucket', async () => {
    const perClient = await statuses(proxied, '10.1.2.3', (i) => `198.51.100.${i + 101}`);
    expect(perClient).toEqual(Array<number>(PER_MINUTE + 1).fill(401));
    // One client behind the proxy is still limited, whatever proxy hop it comes through.
    expect(await statuses(proxied, '10.1.2.3', (i) => `198.51.100.200, 10.0.0.${i + 1}`)).toEqual(limited);
  });

  it('ignores X-Forwarded-For from an address that is not a trusted proxy', async () => {
    expect(await statuses(proxied, '203.0.113.21', (i) => `198.51.100.${i + 51}`)).toEqual(limited);
  });
});
