import { type Database, enqueueJobOnce } from '@lantoa/db';
import { vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/**
 * Queues today's daily jobs once each (checked now and every hour): the reminder scan, the read of
 * the channels' feeds and, when a backup folder is set, the backup. A server that runs for days runs
 * them every day, and a restart does not run them twice.
 */
export function scheduleDailyJobs(
  db: Kysely<Database>,
  onQueued: () => void,
  options: { backup: boolean } = { backup: false },
): () => void {
  const ensure = async () => {
    const date = vietnamToday();
    const reminders = await enqueueJobOnce(db, 'reminders.scan', { date });
    const feeds = await enqueueJobOnce(db, 'channels.read_feeds', { date });
    const backup = options.backup && (await enqueueJobOnce(db, 'backup.run', { date }));
    if (reminders || feeds || backup) onQueued();
  };
  const run = () => void ensure().catch((error) => console.error('daily schedule:', error));
  run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
