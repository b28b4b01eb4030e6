import { type Database, enqueueJob } from '@lantoa/db';
import { vietnamToday } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';

/**
 * Queues today's reminder scan once (checked now and every hour), so a server that runs for days
 * scans every day and a restart does not scan twice.
 */
export function scheduleDailyReminders(db: Kysely<Database>, onQueued: () => void): () => void {
  const ensure = async () => {
    const date = vietnamToday();
    const queued = await db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', 'reminders.scan')
      .where(sql<boolean>`payload->>'date' = ${date}`)
      .executeTakeFirst();
    if (queued) return;
    await enqueueJob(db, 'reminders.scan', { date });
    onQueued();
  };
  const run = () => void ensure().catch((error) => console.error('reminder schedule:', error));
  run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
