import {
  type ClaimedJob,
  claimJob,
  type Database,
  failJob,
  finishJob,
  type JobKind,
  type JobPayloads,
} from '@lantoa/db';
import type { Kysely } from 'kysely';

/**
 * A typed job: an idempotent handler for one kind (the payloads are @lantoa/db's JobPayloads), so a
 * retry after a crash does no harm. `parse` checks what the table holds before it is handled.
 */
export interface JobDefinition<K extends JobKind> {
  kind: K;
  parse(payload: unknown): JobPayloads[K];
  handle(db: Kysely<Database>, payload: JobPayloads[K]): Promise<void>;
  /** Called once retries are exhausted, to leave the job's subject in a clear state. */
  onFinalFailure?(db: Kysely<Database>, payload: JobPayloads[K], error: string): Promise<void>;
}

/** The definition of any one kind. */
export type AnyJobDefinition = { [K in JobKind]: JobDefinition<K> }[JobKind];

/** Runs one claimed job with its definition: finished, or failed (and given up once attempts run out). */
async function runJob<K extends JobKind>(
  db: Kysely<Database>,
  definition: JobDefinition<K>,
  job: ClaimedJob,
) {
  try {
    await definition.handle(db, definition.parse(job.payload));
    await finishJob(db, job.id);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const final = await failJob(db, job, message);
    if (final) await definition.onFinalFailure?.(db, definition.parse(job.payload), message).catch(() => {});
  }
}

export interface Worker {
  /** Look for work now (after an enqueue) instead of waiting for the next poll. */
  kick(): void;
  /** Resolves when no job is queued or running in this worker (tests, shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs jobs from the `jobs` table in this process, one at a time: PGlite has one connection, and the
 * jobs here (parsing, reminders) are short. A server deployment can run more workers on PostgreSQL.
 */
export function startWorker(db: Kysely<Database>, definitions: AnyJobDefinition[], pollMs = 1000): Worker {
  const byKind = new Map<string, AnyJobDefinition>(definitions.map((d) => [d.kind, d]));
  let running: Promise<void> | null = null;
  let stopped = false;
  const timer = setInterval(() => kick(), pollMs);
  timer.unref();

  async function drain() {
    for (;;) {
      if (stopped) return;
      const job = await claimJob(db, [...byKind.keys()]);
      if (!job) return;
      const definition = byKind.get(job.kind);
      if (!definition) continue;
      await runJob(db, definition, job);
    }
  }

  function kick() {
    if (running || stopped) return;
    running = drain()
      .catch((error) => console.error('job worker:', error))
      .finally(() => {
        running = null;
      });
  }

  return {
    kick,
    async idle() {
      kick();
      while (running !== null) await running;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (running !== null) await running;
    },
  };
}
