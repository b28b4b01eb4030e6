import { type Database, enqueueJobOnce } from '@lantoa/db';
import { vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/**
 * Queues today's reminder scan once (checked now and every hour), so a server that runs for days
 * scans every day and a restart does not scan twice.
 */
export function scheduleDailyReminders(db: Kysely<Database>, onQueued: () => void): () => void {
  const ensure = async () => {
    if (await enqueueJobOnce(db, 'reminders.scan', { date: vietnamToday() })) onQueued();
  };
  const run = () => void ensure().catch((error) => console.error('reminder schedule:', error));
  run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
