import type { Database } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';
import { Gauge, type Registry } from 'prom-client';

interface QueueRow {
  kind: string;
  status: string;
  jobs: number;
  /** Seconds the oldest job of this kind has been due and still waits for a worker (queued only). */
  oldest_due_seconds: number | null;
}

/**
 * The job queue as the `jobs` table holds it, read at each scrape: the table is shared by every
 * instance, so each instance reports the same whole queue (a counter kept by one process's worker
 * would miss the others' jobs and restart at zero with it). Finished jobs are left out: they pile up
 * over the years, and what an operator watches is the work waiting, running and given up.
 */
export function jobQueueGauges(registry: Registry) {
  const jobs = new Gauge({
    name: 'lantoa_jobs',
    help: 'Jobs in the queue by kind and status (queued, running, failed: given up after their retries).',
    labelNames: ['kind', 'status'],
    registers: [registry],
  });
  const oldestDue = new Gauge({
    name: 'lantoa_jobs_oldest_due_seconds',
    help: 'Seconds the oldest due job of a kind has waited for a worker (0 when none waits).',
    labelNames: ['kind'],
    registers: [registry],
  });

  return {
    /** Reads the queue in one statement (the database's clock, as the jobs table runs on it). */
    async refresh(db: Kysely<Database>): Promise<void> {
      const result = await sql<QueueRow>`
        select kind, status, count(*)::int as jobs,
          extract(epoch from now() - min(run_after) filter (where status = 'queued' and run_after <= now()))::float8
            as oldest_due_seconds
        from jobs
        where status <> 'done'
        group by kind, status`.execute(db);
      // Reset first: a kind whose queue emptied must read 0, not its last value.
      jobs.reset();
      oldestDue.reset();
      for (const row of result.rows) {
        jobs.set({ kind: row.kind, status: row.status }, row.jobs);
        if (row.status === 'queued') oldestDue.set({ kind: row.kind }, row.oldest_due_seconds ?? 0);
      }
    },
    /** The database did not answer: no figure rather than a stale one. */
    clear(): void {
      jobs.reset();
      oldestDue.reset();
    },
  };
}
