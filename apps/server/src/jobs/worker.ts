import { claimJob, type Database, failJob, finishJob } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** A typed job: an idempotent handler for one kind, so a retry after a crash does no harm. */
export interface JobDefinition<P> {
  kind: string;
  parse(payload: unknown): P;
  handle(db: Kysely<Database>, payload: P): Promise<void>;
  /** Called once retries are exhausted, to leave the job's subject in a clear state. */
  onFinalFailure?(db: Kysely<Database>, payload: P, error: string): Promise<void>;
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
export function startWorker(
  db: Kysely<Database>,
  definitions: JobDefinition<unknown>[],
  pollMs = 1000,
): Worker {
  const byKind = new Map(definitions.map((d) => [d.kind, d]));
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
      try {
        const payload = definition.parse(job.payload);
        await definition.handle(db, payload);
        await finishJob(db, job.id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const final = await failJob(db, job, message);
        if (final)
          await definition.onFinalFailure?.(db, definition.parse(job.payload), message).catch(() => {});
      }
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
