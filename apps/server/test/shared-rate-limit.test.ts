import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedisServer, type RunningRedis, startRedis } from '../../../scripts/redis.ts';
import { buildApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { PostgresRateLimitStore } from '../src/http/rate-limit-postgres.ts';
import type { Counted, RateLimitStore } from '../src/http/rate-limit-store.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Rate limits counted in one store that several server instances share: PostgreSQL when they share
// a server, Redis when LANTOA_REDIS_URL is set; the embedded database's single process counts in
// memory. "Instances" here are apps built on one database, as two processes on one server would be.

const SIGN_IN_LIMIT = 3;
const onPostgres = process.env.LANTOA_TEST_ENGINE === 'postgres';

let t: TestApp;
const instances: TestApp['app'][] = [];

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  for (const app of instances) await app.close();
  await t?.close();
});

/** Another server instance on the test's database, with the sign-in limit at {@link SIGN_IN_LIMIT}. */
async function instance(overrides: Partial<Config> = {}) {
  const config = {
    ...t.config,
    signIn: { ...t.config.signIn, perMinutePerAddress: SIGN_IN_LIMIT },
    ...overrides,
  };
  const app = await buildApp({ handle: t.handle, config, version: 'test' });
  await app.ready();
  instances.push(app);
  return app;
}

/** A wrong password from `address`: 401 while allowed, 429 once the per-address limit is spent. */
const wrongPassword = (app: TestApp['app'], address: string) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username: 'khong.co.ai', password: 'sai mật khẩu' },
    remoteAddress: address,
  });

/** Sign-in attempts from one address, alternating between the instances: their status codes. */
async function alternate(apps: TestApp['app'][], address: string, attempts: number) {
  const codes: number[] = [];
  for (let i = 0; i < attempts; i++) {
    const res = await wrongPassword(apps[i % apps.length] as TestApp['app'], address);
    codes.push(res.statusCode);
    if (res.statusCode === 429) expect(res.json().error.code).toBe('rate_limited');
  }
  return codes;
}
const spentAfter = (limit: number) => [...Array<number>(limit).fill(401), 429];

const incr = (store: RateLimitStore, key: string, timeWindow: number) =>
  new Promise<Counted>((resolve, reject) =>
    store.incr(
      key,
      (error, result) => (error || !result ? reject(error) : resolve(result)),
      timeWindow,
      1000,
    ),
  );

describe('the PostgreSQL rate-limit store', () => {
  it('counts every hit once when two instances count the same key at the same moment', async () => {
    const one = new PostgresRateLimitStore(t.handle.db, {});
    const other = new PostgresRateLimitStore(t.handle.db, {});
    const counts = await Promise.all(
      Array.from({ length: 40 }, (_, i) => incr(i % 2 ? one : other, '203.0.113.7', 60_000)),
    );
    expect(counts.map((c) => c.current).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    for (const { ttl } of counts) expect(ttl).toBeGreaterThan(55_000);
    for (const { ttl } of counts) expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('keeps a route’s counters apart from the global ones and starts a window again once it has passed', async () => {
    const store = new PostgresRateLimitStore(t.handle.db, {});
    const route = store.child({ routeInfo: { method: 'POST', url: '/api/auth/sign-in' } });
    expect((await incr(store, '198.51.100.1', 300)).current).toBe(1);
    expect((await incr(route, '198.51.100.1', 300)).current).toBe(1);
    expect((await incr(route, '198.51.100.1', 300)).current).toBe(2);
    const keys = await t.handle.db
      .selectFrom('rate_limit_hits')
      .select('key')
      .where('key', 'like', '%198.51.100.1')
      .execute();
    expect(keys.map((row) => row.key).sort()).toEqual(['198.51.100.1', 'POST/api/auth/sign-in-198.51.100.1']);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await incr(route, '198.51.100.1', 300)).toMatchObject({ current: 1 });
    const read = await new Promise<Counted | undefined>((resolve, reject) =>
      route.read('198.51.100.1', (error, result) => (error ? reject(error) : resolve(result))),
    );
    expect(read?.current).toBe(1);
  });

  it('refuses the window options it does not implement rather than counting otherwise', () => {
    expect(() => new PostgresRateLimitStore(t.handle.db, { continueExceeding: true })).toThrow(
      /LANTOA_REDIS_URL/,
    );
  });
});

describe.runIf(onPostgres)('instances sharing a PostgreSQL server', () => {
  it('share the sign-in limit: the attempt past it is refused whichever instance gets it', async () => {
    const apps = [await instance(), await instance()];
    expect(await alternate(apps, '192.0.2.10', SIGN_IN_LIMIT + 1)).toEqual(spentAfter(SIGN_IN_LIMIT));
    // Another address has its own budget.
    expect((await wrongPassword(apps[1] as TestApp['app'], '192.0.2.11')).statusCode).toBe(401);
  });

  it('count every route’s own limit and the global budget in the shared table', async () => {
    const [one, other] = [await instance(), await instance()];
    const first = await one.inject({ method: 'GET', url: '/api/health', remoteAddress: '192.0.2.20' });
    const second = await other.inject({ method: 'GET', url: '/api/health', remoteAddress: '192.0.2.20' });
    const budget = t.config.apiPerMinute;
    expect(first.headers['x-ratelimit-remaining']).toBe(String(budget - 1));
    expect(second.headers['x-ratelimit-remaining']).toBe(String(budget - 2));
    await other.inject({
      method: 'GET',
      url: '/api/public/contests/00000000-0000-4000-8000-000000000000',
      remoteAddress: '192.0.2.20',
    });
    await one.inject({ method: 'POST', url: '/api/auth/sign-in', payload: {}, remoteAddress: '192.0.2.20' });
    const rows = await t.handle.db
      .selectFrom('rate_limit_hits')
      .select(['key', 'hits'])
      .where('key', 'like', '%192.0.2.20')
      .execute();
    expect(Object.fromEntries(rows.map((row) => [row.key, row.hits]))).toEqual({
      '192.0.2.20': 2,
      'GET/api/public/contests/:id-192.0.2.20': 1,
      'POST/api/auth/sign-in-192.0.2.20': 1,
    });
  });
});

describe.skipIf(onPostgres)('the embedded database', () => {
  it('counts in the process that alone serves it', async () => {
    const app = await instance();
    expect(await alternate([app], '192.0.2.30', SIGN_IN_LIMIT + 1)).toEqual(spentAfter(SIGN_IN_LIMIT));
    const rows = await t.handle.db
      .selectFrom('rate_limit_hits')
      .select('key')
      .where('key', 'like', '%192.0.2.30')
      .execute();
    expect(rows).toEqual([]);
  });
});

const redisMissing = !hasRedisServer();
if (redisMissing)
  console.warn(
    'redis-server is not installed (apt-get install redis-server): the Redis store is not tested here.',
  );

describe.skipIf(redisMissing)('instances sharing a Redis server (LANTOA_REDIS_URL)', () => {
  let redis: RunningRedis;
  let client: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  it('share the limits, count in this process while Redis is down and in Redis again once it is back', async () => {
    const apps = [await instance({ redisUrl: redis.url }), await instance({ redisUrl: redis.url })];
    expect(await alternate(apps, '192.0.2.40', SIGN_IN_LIMIT + 1)).toEqual(spentAfter(SIGN_IN_LIMIT));
    expect(await client.get('lantoa:rate-limit:POST/api/auth/sign-in-192.0.2.40')).toBe(
      String(SIGN_IN_LIMIT + 1),
    );
    expect(Number(await client.get('lantoa:rate-limit:192.0.2.40'))).toBe(0);
    // Nothing went to the database's table.
    if (onPostgres) {
      const rows = await t.handle.db
        .selectFrom('rate_limit_hits')
        .select('key')
        .where('key', 'like', '%192.0.2.40')
        .execute();
      expect(rows).toEqual([]);
    }

    // Redis gone: every request is still answered, and each instance still holds the limit itself.
    client.disconnect();
    await redis.stop();
    const started = performance.now();
    const one = apps[0] as TestApp['app'];
    expect(await alternate([one], '192.0.2.41', SIGN_IN_LIMIT + 1)).toEqual(spentAfter(SIGN_IN_LIMIT));
    expect(performance.now() - started).toBeLessThan(5_000);

    // Back on the same port: the clients reconnect by themselves and count there again.
    redis = await startRedis({ port: redis.port });
    client = new Redis(redis.url);
    const until = Date.now() + 10_000;
    while (Date.now() < until && (await client.get('lantoa:rate-limit:192.0.2.42')) === null) {
      await one.inject({ method: 'GET', url: '/api/live', remoteAddress: '192.0.2.42' });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(Number(await client.get('lantoa:rate-limit:192.0.2.42'))).toBeGreaterThan(0);
  });
});
