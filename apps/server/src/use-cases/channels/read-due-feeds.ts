import type { Database } from '@lantoa/db';
import { startOfDayInVietnam } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { type FeedReading, unsafeReadChannelFeed } from './read-channel-feed.ts';

/**
 * The daily job stops starting channels after this long: the worker runs one job at a time, and a
 * job running past 10 minutes is taken for abandoned and run again (claimJob's staleAfterMs). The
 * channels left are the first read the next day (least recently read first).
 */
export const FEEDS_JOB_BUDGET_MS = 8 * 60_000;

/**
 * The daily read of every channel with a feed not yet read on `date` (Vietnam day), least recently
 * read first, one after another, each within its own timeout. A feed that fails is the channel's
 * error, not the job's; a fault of the database is thrown once the other channels are read, so the
 * job is retried (a retry reads only the channels still due).
 */
export async function readDueFeeds(
  db: Kysely<Database>,
  reading: FeedReading,
  date: string,
  budgetMs = FEEDS_JOB_BUDGET_MS,
) {
  const started = Date.now();
  const dayStart = new Date(startOfDayInVietnam(date));
  const due = await db
    .selectFrom('channels')
    .select('id')
    .where('feed_url', 'is not', null)
    .where((eb) => eb.or([eb('last_read_at', 'is', null), eb('last_read_at', '<', dayStart)]))
    .orderBy((eb) => eb.fn.coalesce('last_read_at', eb.val(new Date(0))))
    .orderBy('id')
    .execute();
  const summary = { due: due.length, read: 0, failed: 0, recorded: 0 };
  const faults: unknown[] = [];
  for (const { id } of due) {
    if (Date.now() - started > budgetMs) break;
    try {
      const result = await unsafeReadChannelFeed(db, id, reading);
      if (!result) continue;
      summary.read += 1;
      summary.recorded += result.recorded;
      if (result.error) summary.failed += 1;
    } catch (fault) {
      console.error(`feed of channel ${id}:`, fault);
      faults.push(fault);
    }
  }
  if (faults.length > 0)
    throw new AggregateError(faults, `${faults.length} channel feed(s) could not be recorded`);
  return summary;
}
