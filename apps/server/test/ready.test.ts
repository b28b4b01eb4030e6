import { openDatabase } from '@lantoa/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const ready = () => t.app.inject({ method: 'GET', url: '/api/ready' });

describe('GET /api/ready', () => {
  it('is ready on a migrated database, with the number of migrations applied', async () => {
    const applied = await sql<{ n: number }>`select count(*)::int as n from kysely_migration`.execute(
      t.handle.db,
    );
    const res = await ready();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ready',
      database: t.handle.engine,
      migrations: applied.rows[0]?.n,
    });
  });

  it('answers 503 naming the migration missing, and what to do', async () => {
    const [last] = await sql<{ name: string }>`
      delete from kysely_migration where name = (select max(name) from kysely_migration) returning name`
      .execute(t.handle.db)
      .then((r) => r.rows);
    expect(last).toBeDefined();
    const res = await ready();
    expect(res.statusCode).toBe(503);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'not_ready',
      databaseReachable: true,
      missingMigrations: [last?.name],
    });
    expect(body.message).toMatch(/chưa sẵn sàng.*thiếu 1 bản cập nhật.*lantoa db migrate/);
    expect(body.message).toContain(last?.name);

    // Applied again, the instance is ready again: nothing is cached.
    await sql`insert into kysely_migration (name, timestamp) values (${last?.name}, ${new Date().toISOString()})`.execute(
      t.handle.db,
    );
    expect((await ready()).statusCode).toBe(200);
  });

  it('answers 503 when the database does not answer, while /api/live still answers', async () => {
    // A PostgreSQL server that is not there: nothing listens on port 1, the connection is refused.
    const unreachable = await openDatabase({ databaseUrl: 'postgresql://lantoa@127.0.0.1:1/lantoa' });
    const app = await buildApp({ handle: unreachable, config: t.config, version: 'test' });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({
        status: 'not_ready',
        databaseReachable: false,
        missingMigrations: [],
      });
      expect(res.json().message).toMatch(/không kết nối được cơ sở dữ liệu/);
      expect((await app.inject({ method: 'GET', url: '/api/live' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await unreachable.close();
    }
  });
});
