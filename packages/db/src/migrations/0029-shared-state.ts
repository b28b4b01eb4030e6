import { type Kysely, sql } from 'kysely';

/**
 * State that several server instances on one PostgreSQL server share (issue 21): the rate limits'
 * counters, and a unique key for the jobs that must be queued once however many instances ask.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per counted key (a route and a client address, or a participant) for its current window.
  // Unlogged: counters are worth nothing after a crash, and skipping the write-ahead log makes the
  // upsert done for every request cheaper; a crash empties the table, which only restarts the windows.
  // No index on expires_at: the table holds one row per active key, and the occasional cleanup reads
  // it whole rather than every hit updating a second index.
  await sql`
    create unlogged table rate_limit_hits (
      key text primary key,
      hits int not null,
      expires_at timestamptz not null
    )`.execute(db);

  // A job queued "once" carries its key; the unique constraint makes the insert itself the check, so
  // two instances queueing the day's jobs at the same moment queue each one once.
  await sql`alter table jobs add column once_key text unique`.execute(db);
  // The daily jobs already queued by the check-then-insert of before keep their day taken: the key is
  // the kind and the payload as jsonb prints it (what enqueueJobOnce computes), one row per key.
  await sql`
    update jobs set once_key = kind || ' ' || payload::text
    where id in (
      select min(id) from jobs
      where kind in ('reminders.scan', 'channels.read_feeds', 'backup.run')
      group by kind, payload
    )`.execute(db);

  // The metrics read the unfinished jobs by kind and status at every scrape; done jobs pile up forever.
  await sql`create index jobs_unfinished_idx on jobs (kind, status) where status <> 'done'`.execute(db);
}
