import type { Database } from '@lantoa/db';
import { createTestDatabase, type TestDatabase } from '@lantoa/db/testing';
import { type Kysely, sql } from 'kysely';
import { seedDemoIfEmpty } from '../../src/seed/demo-data.ts';

/** The template of the integration run that already holds the demo data (global-setup.ts builds it). */
export const DEMO_TEMPLATE = 'demo';

/** What the demo template adds to a migrated database: the demo data without the sample plans. */
export const seedDemoTemplate = (db: Kysely<Database>) => seedDemoIfEmpty(db, { plans: false });

/**
 * A fresh database with the demo data (without the sample plans), as if seeded now: a copy of the
 * run's demo template, or, without templates (a file run outside the integration project), seeded here.
 *
 * The one thing of the seed that follows the clock is the time of its audit entries (`recordAudit`
 * stamps them with the server's `new Date()`): a copy gets them stamped now, so a test that pinned the
 * clock before asking for its app finds the rows that seeding under that clock would have written.
 * (Column defaults such as `created_at` are the database's `now()`, which no test pins either way.)
 */
export async function demoDatabase(): Promise<TestDatabase> {
  const handle = await createTestDatabase({ template: DEMO_TEMPLATE });
  if (!(await seedDemoTemplate(handle.db))) {
    // Raw SQL: the schema types make audit entries append-only for the application.
    await sql`update audit_log set at = ${new Date()}`.execute(handle.db);
  }
  return handle;
}
