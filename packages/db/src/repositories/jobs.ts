import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

/**
 * Every job kind and the payload it carries: a job is queued only with the payload its handler
 * parses. A new kind is added here and given a definition in apps/server/src/jobs.
 */
export interface JobPayloads {
  /** Read an uploaded plan document into a draft. */
  'plan.parse': { importId: string };
  /** The day's reminder scan (Vietnam calendar day, 'YYYY-MM-DD'). */
  'reminders.scan': { date: string };
  /** Synthesise a bulletin's speech. */
  'bulletin.speech': { bulletinId: string };
  /** The day's read of the channels' feeds (Vietnam calendar day, 'YYYY-MM-DD'). */
  'channels.read_feeds': { date: string };
  /** The day's backup into LANTOA_BACKUP_DIR (Vietnam calendar day, 'YYYY-MM-DD'). */
  'backup.run': { date: string };
}
export type JobKind = keyof JobPayloads;

/** Queues a job; call it in the transaction that creates what the job works on. */
export async function enqueueJob<K extends JobKind>(
  trx: Kysely<Database>,
  kind: K,
  payload: JobPayloads[K],
): Promise<number> {
  const row = await trx
    .insertInto('jobs')
    .values({ kind, payload: JSON.stringify(payload) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Queues a job unless one of the same kind and payload was ever queued once (whatever became of it);
 * true when this call queued it. Servers sharing a PostgreSQL database call it at the same moment
 * (each queues the day's jobs at its start): the job's once key (its kind and the payload as jsonb
 * prints it, keys in one order) is unique, so the insert itself is the check and exactly one of them
 * queues it, without a lock or a second statement.
 */
export async function enqueueJobOnce<K extends JobKind>(
  db: Kysely<Database>,
  kind: K,
  payload: JobPayloads[K],
): Promise<boolean> {
  const json = JSON.stringify(payload);
  const queued = await db
    .insertInto('jobs')
    .values({ kind, payload: json, once_key: sql<string>`${kind}::text || ' ' || ${json}::jsonb::text` })
    .onConflict((conflict) => conflict.column('once_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return queued !== undefined;
}

/**
 * Takes the oldest due job, marking it running. SKIP LOCKED lets several workers poll the same
 * table; a job left running by a crashed worker is taken again after `staleAfterMs`. The jobs table
 * runs on the database's clock alone (run_after, locked_at), so a server whose clock differs from the
 * database's (a test pinning the server's time) still runs its jobs.
 */
export async function claimJob(db: Kysely<Database>, kinds: string[], staleAfterMs = 10 * 60_000) {
  const result = await sql<ClaimedJob>`
    update jobs set status = 'running', attempts = attempts + 1, locked_at = now(), updated_at = now()
    where id = (
      select id from jobs
      where kind in (${sql.join(kinds)})
        and ((status = 'queued' and run_after <= now())
          or (status = 'running' and locked_at < now() - make_interval(secs => ${staleAfterMs / 1000})))
      order by id
      limit 1
      for update skip locked
    )
    returning id, kind, payload, attempts, max_attempts`.execute(db);
  return result.rows[0];
}

export async function finishJob(db: Kysely<Database>, id: number) {
  await db
    .updateTable('jobs')
    .set({ status: 'done', progress: 100, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Records the failure; the job is retried with back-off until its attempts run out. */
export async function failJob(db: Kysely<Database>, job: ClaimedJob, error: string) {
  const final = job.attempts >= job.max_attempts;
  await db
    .updateTable('jobs')
    .set({
      status: final ? 'failed' : 'queued',
      error,
      run_after: sql<Date>`now() + make_interval(secs => ${2 ** job.attempts})`,
      updated_at: new Date(),
    })
    .where('id', '=', job.id)
    .execute();
  return final;
}
