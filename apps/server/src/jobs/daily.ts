import { type Database, enqueueJobOnce } from '@lantoa/db';
import { vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/**
 * Queues today's daily jobs once each (checked now and every hour): the reminder scan and the read of
 * the channels' feeds. A server that runs for days runs them every day, and a restart does not run
 * them twice.
 */
export function scheduleDailyJobs(db: Kysely<Database>, onQueued: () => void): () => void {
  const ensure = async () => {
    const date = vietnamToday();
    const reminders = await enqueueJobOnce(db, 'reminders.scan', { date });
    const feeds = await enqueueJobOnce(db, 'channels.read_feeds', { date });
    if (reminders || feeds) onQueued();
  };
  const run = () => void ensure().catch((error) => console.error('daily schedule:', error));
  run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
