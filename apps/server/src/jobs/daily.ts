import { type Database, enqueueJobOnce } from '@lantoa/db';
import { vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/**
 * Queues today's daily jobs unless queued already: the reminder scan, the read of the channels' feeds
 * and, when a backup folder is set, the backup. True when this call queued any of them. Each is
 * queued through its once key (the kind and the day), so instances sharing a database that call this
 * at the same moment queue each job once between them.
 */
export async function queueDailyJobs(db: Kysely<Database>, options: { backup: boolean }): Promise<boolean> {
  const date = vietnamToday();
  const reminders = await enqueueJobOnce(db, 'reminders.scan', { date });
  const feeds = await enqueueJobOnce(db, 'channels.read_feeds', { date });
  const backup = options.backup && (await enqueueJobOnce(db, 'backup.run', { date }));
  return reminders || feeds || backup;
}

/**
 * Queues today's daily jobs once each (checked now and every hour): a server that runs for days runs
 * them every day, and neither a restart nor a second instance runs them twice.
 */
export function scheduleDailyJobs(
  db: Kysely<Database>,
  onQueued: () => void,
  options: { backup: boolean } = { backup: false },
): () => void {
  const run = () =>
    void queueDailyJobs(db, options)
      .then((queued) => {
        if (queued) onQueued();
      })
      .catch((error) => console.error('daily schedule:', error));
  run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
