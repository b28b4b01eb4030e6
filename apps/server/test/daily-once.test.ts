import { type DatabaseHandle, openDatabase } from '@lantoa/db';
import { createTestDatabase, type TestDatabase } from '@lantoa/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueDailyJobs, scheduleDailyJobs } from '../src/jobs/daily.ts';
import { pinClock } from './support/clock.ts';

// The day's jobs are queued once however many server instances start together: the insert is the
// check (a unique once key), not a read followed by an insert. On PostgreSQL the callers use two
// connections pools on one database, as two processes would.

const DAY = '2026-11-20';
let database: TestDatabase;
let other: DatabaseHandle;

beforeAll(async () => {
  pinClock(`${DAY}T06:30:00+07:00`);
  database = await createTestDatabase();
  other = database.url ? await openDatabase({ databaseUrl: database.url }) : database;
});
afterAll(async () => {
  if (other !== database) await other?.close();
  await database?.close();
});

/** The jobs of the pinned day, by kind: how many rows each. */
async function jobsOfTheDay() {
  const rows = await database.db
    .selectFrom('jobs')
    .select(['kind', sql<number>`count(*)::int`.as('count')])
    .where(sql<boolean>`payload->>'date' = ${DAY}`)
    .groupBy('kind')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.kind, row.count]));
}

describe('the daily jobs', () => {
  it('are queued once when several instances queue them at the same moment', async () => {
    // Each pool's connections opened first, so the callers really run side by side on PostgreSQL.
    // (Not on PGlite: one connection, and its pg_sleep spins on a clock this file has pinned.)
    if (database.engine === 'postgres')
      await Promise.all(
        [database, other].flatMap((handle) =>
          Array.from({ length: 3 }, () => sql`select pg_sleep(0.05)`.execute(handle.db)),
        ),
      );
    const queued = await Promise.all(
      Array.from({ length: 6 }, (_, i) => queueDailyJobs((i % 2 ? other : database).db, { backup: true })),
    );
    expect(queued.some(Boolean)).toBe(true);
    expect(await jobsOfTheDay()).toEqual({ 'reminders.scan': 1, 'channels.read_feeds': 1, 'backup.run': 1 });
    // Later (the hourly check, a restart): nothing new for the day.
    expect(await queueDailyJobs(other.db, { backup: true })).toBe(false);
  });

  it('are scheduled by each instance at its start, and the instance that queued them is told', async () => {
    await database.db.deleteFrom('jobs').execute();
    const told: string[] = [];
    const stops = [
      scheduleDailyJobs(database.db, () => told.push('one'), { backup: false }),
      scheduleDailyJobs(other.db, () => told.push('other'), { backup: false }),
    ];
    try {
      await expect.poll(jobsOfTheDay).toEqual({ 'reminders.scan': 1, 'channels.read_feeds': 1 });
      await expect.poll(() => told.length).toBeGreaterThan(0);
      expect(told.length).toBeLessThanOrEqual(2);
    } finally {
      for (const stop of stops) stop();
    }
  });
});
