import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { observeQuizCommit } from '../src/http/metrics.ts';
import { UNMATCHED_ROUTE } from '../src/metrics/http-metrics.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

const TOKEN = 'metrics-token-for-the-test-0123456789';
const KIND = 'metrics.probe';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ metricsToken: TOKEN });
});
afterAll(async () => {
  await t?.handle.db.deleteFrom('jobs').where('kind', '=', KIND).execute();
  await t?.close();
});

const scrape = (token = TOKEN) =>
  t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } });

/** The value of one series of the exposition text, found by its name and (some of) its labels; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  it('is off (404) when no token is configured', async () => {
    const app = await buildApp({
      handle: t.handle,
      config: { ...t.config, metricsToken: undefined },
      version: 'test',
    });
    try {
      const res = await app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toMatch(/Không tìm thấy/);
    } finally {
      await app.close();
    }
  });

  it('refuses a wrong or missing token with 401 and says what to send', async () => {
    for (const headers of [{ authorization: 'Bearer wrong' }, { authorization: TOKEN }, {}]) {
      const res = await t.app.inject({ method: 'GET', url: '/metrics', headers });
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.json().error.message).toMatch(/mã truy cập.*Authorization: Bearer/);
      expect(res.body).not.toContain('lantoa_http_requests_total');
    }
  });

  it('counts and times requests by route pattern, never by the address asked for', async () => {
    const before = (await scrape()).body;
    const id = '00000000-0000-4000-8000-000000000000';
    await t.app.inject({ method: 'GET', url: `/api/bodies/${id}` });
    await t.app.inject({ method: 'GET', url: '/api/live' });
    await t.app.inject({ method: 'GET', url: '/api/khong-co-dia-chi-nay-7f3a' });
    const res = await scrape();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = res.body;

    const bodies = { method: 'GET', route: '/api/bodies/:id', status_code: '401' };
    expect(sample(after, 'lantoa_http_requests_total', bodies)).toBe(
      (sample(before, 'lantoa_http_requests_total', bodies) ?? 0) + 1,
    );
    expect(sample(after, 'lantoa_http_request_duration_seconds_count', bodies)).toBeGreaterThan(0);
    const live = { method: 'GET', route: '/api/live', status_code: '200' };
    expect(
      sample(after, 'lantoa_http_request_duration_seconds_bucket', { ...live, le: '+Inf' }),
    ).toBeGreaterThan(0);
    const unmatched = { route: UNMATCHED_ROUTE, status_code: '404' };
    expect(sample(after, 'lantoa_http_requests_total', unmatched)).toBeGreaterThan(0);
    expect(sample(after, 'lantoa_http_responses_total', { class: '4xx' })).toBeGreaterThan(
      sample(before, 'lantoa_http_responses_total', { class: '4xx' }) ?? 0,
    );
    // No label ever holds what a client typed.
    expect(after).not.toContain(id);
    expect(after).not.toContain('khong-co-dia-chi-nay');
  });

  it('reads the job queue from the jobs table: depth by kind and status, age of the oldest due job', async () => {
    const [job] = await sql<{ id: number }>`
      insert into jobs (kind, payload, run_after) values (${KIND}, '{}', now() - interval '90 seconds')
      returning id`
      .execute(t.handle.db)
      .then((r) => r.rows);
    // A job of the same kind waiting for its retry's back-off is queued but not yet due.
    await sql`insert into jobs (kind, payload, run_after) values (${KIND}, '{}', now() + interval '1 hour')`.execute(
      t.handle.db,
    );
    await sql`insert into jobs (kind, payload, status, error) values (${KIND}, '{}', 'failed', 'gave up')`.execute(
      t.handle.db,
    );
    let text = (await scrape()).body;
    expect(sample(text, 'lantoa_jobs', { kind: KIND, status: 'queued' })).toBe(2);
    expect(sample(text, 'lantoa_jobs', { kind: KIND, status: 'failed' })).toBe(1);
    const age = sample(text, 'lantoa_jobs_oldest_due_seconds', { kind: KIND });
    expect(age).toBeGreaterThanOrEqual(90);
    expect(age).toBeLessThan(3600);
    expect(sample(text, 'lantoa_database_up')).toBe(1);

    // Once the queue of a kind empties, its figures read nothing, not their last value.
    await t.handle.db.updateTable('jobs').set({ status: 'done' }).where('kind', '=', KIND).execute();
    text = (await scrape()).body;
    expect(sample(text, 'lantoa_jobs', { kind: KIND })).toBeUndefined();
    expect(sample(text, 'lantoa_jobs_oldest_due_seconds', { kind: KIND })).toBeUndefined();
    expect(job?.id).toBeGreaterThan(0);
  });

  it('shows the connection pool on PostgreSQL, and no pool on PGlite', async () => {
    const text = (await scrape()).body;
    if (t.handle.engine === 'postgres') {
      expect(sample(text, 'lantoa_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'lantoa_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'lantoa_db_pool_connections', { state: 'waiting' })).toBe(0);
    } else {
      expect(text).not.toContain('lantoa_db_pool_connections');
    }
  });

  it('carries the quiz group commits and the process figures', async () => {
    const before = (await scrape()).body;
    observeQuizCommit(37, 0.012);
    const after = (await scrape()).body;
    const count = (text: string) => sample(text, 'lantoa_quiz_commit_writes_count') ?? 0;
    expect(count(after)).toBe(count(before) + 1);
    expect(sample(after, 'lantoa_quiz_commit_writes_sum')).toBe(
      (sample(before, 'lantoa_quiz_commit_writes_sum') ?? 0) + 37,
    );
    expect(sample(after, 'lantoa_quiz_commit_seconds_bucket', { le: '0.025' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    // Apps built one after another in one process (as here) each print the process's figures once.
    expect(after.match(/^# TYPE process_resident_memory_bytes /gm)).toHaveLength(1);
  });

  it('leaves a scrape with the right token out of the API budget, and counts wrong tokens', async () => {
    const app = await buildApp({
      handle: t.handle,
      config: { ...t.config, apiPerMinute: 2 },
      version: 'test',
    });
    try {
      const statuses = async (authorization: string, times: number) => {
        const codes: number[] = [];
        for (let i = 0; i < times; i++) {
          codes.push(
            (await app.inject({ method: 'GET', url: '/metrics', headers: { authorization } })).statusCode,
          );
        }
        return codes;
      };
      expect(await statuses(`Bearer ${TOKEN}`, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(await statuses('Bearer guess', 4)).toContain(429);
    } finally {
      await app.close();
    }
  });
});
