import type { Database } from '@lantoa/db';
import { createTestDatabase, TEST_TEMPLATES_ENV, type TestDatabase } from '@lantoa/db/testing';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemoIfEmpty } from '../../src/seed/demo-data.ts';
import { demoDatabase } from './demo-database.ts';

// A test app's database is a copy of the run's demo template, seeded once before the files ran. It
// must hold what seeding inside the test would have written, even under a pinned clock.
const PINNED = new Date('2026-05-20T09:00:00+07:00');

/** The rows of every table, without what differs between two seedings (random ids, salts). */
async function content(db: Kysely<Database>) {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const row = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(db);
    counts[name] = row.rows[0]?.n ?? -1;
  }
  const audit = await db
    .selectFrom('audit_log')
    .select(['action', 'entity_type', 'at', 'after'])
    .orderBy('id')
    .execute();
  const bodies = await db
    .selectFrom('bodies')
    .select(['code', 'name', 'kind', 'depth'])
    .orderBy('depth')
    .orderBy('code')
    .orderBy('name')
    .execute();
  const users = await db.selectFrom('users').select(['username', 'full_name']).orderBy('username').execute();
  return { counts, audit, bodies, users };
}

let copied: TestDatabase;
let seededHere: TestDatabase;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: PINNED });
  copied = await demoDatabase();
  seededHere = await createTestDatabase();
  await seedDemoIfEmpty(seededHere.db, { plans: false });
});
afterAll(async () => {
  await copied?.close();
  await seededHere?.close();
});

describe('the demo database of a test app', () => {
  it('is copied from the template the integration run prepared', () => {
    expect(JSON.parse(process.env[TEST_TEMPLATES_ENV] ?? '{}').sources).toHaveProperty('demo');
  });

  it('holds the rows seeding in the test writes, its audit entries stamped with the pinned clock', async () => {
    const fromTemplate = await content(copied.db);
    expect(fromTemplate).toEqual(await content(seededHere.db));
    expect(fromTemplate.counts.users).toBeGreaterThan(0);
    expect(fromTemplate.audit.map((a) => a.at.getTime())).toEqual(
      fromTemplate.audit.map(() => PINNED.getTime()),
    );
  });
});
