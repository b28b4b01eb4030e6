import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimJob, type DatabaseHandle, enqueueJob, enqueueJobOnce, finishJob } from '../src/index.ts';
import { createTestDatabase } from '../src/testing/test-database.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const jobsOf = (date: string) =>
  handle.db
    .selectFrom('jobs')
    .select(['id', 'status'])
    .where('kind', '=', 'reminders.scan')
    .where('payload', '=', JSON.stringify({ date }))
    .execute();

describe('the jobs table', () => {
  it('queues a job once however many servers ask at the same moment', async () => {
    // Every connection of the pool open first, so the askers really run side by side on PostgreSQL.
    await Promise.all(Array.from({ length: 10 }, () => sql`select pg_sleep(0.05)`.execute(handle.db)));
    const asked = await Promise.all(
      Array.from({ length: 10 }, () => enqueueJobOnce(handle.db, 'reminders.scan', { date: '2031-03-04' })),
    );
    expect(asked.filter(Boolean)).toHaveLength(1);
    expect(await jobsOf('2031-03-04')).toHaveLength(1);
  });

  it('never queues the same job again once it has run, while another payload is a new job', async () => {
    const job = await claimJob(handle.db, ['reminders.scan']);
    if (!job) throw new Error('nothing claimed');
    await finishJob(handle.db, job.id);
    expect(await enqueueJobOnce(handle.db, 'reminders.scan', { date: '2031-03-04' })).toBe(false);
    expect(await enqueueJobOnce(handle.db, 'reminders.scan', { date: '2031-03-05' })).toBe(true);
    expect(await jobsOf('2031-03-04')).toEqual([expect.objectContaining({ status: 'done' })]);
    expect(await jobsOf('2031-03-05')).toEqual([expect.objectContaining({ status: 'queued' })]);
  });

  it('queues a job with the payload its kind declares', async () => {
    const id = await enqueueJob(handle.db, 'plan.parse', {
      importId: '00000000-0000-4000-8000-000000000001',
    });
    const row = await handle.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'plan.parse', status: 'queued' });
    expect(row.payload).toEqual({ importId: '00000000-0000-4000-8000-000000000001' });
    // @ts-expect-error a payload that is not the kind's is refused by the type checker
    void (() => enqueueJob(handle.db, 'plan.parse', { date: '2031-03-04' }));
  });
});
