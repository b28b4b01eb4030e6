import type { DatabaseHandle } from '@lantoa/db';
import { Gauge, type Registry } from 'prom-client';

/**
 * Whether the database answered the scrape, and the connection pool's use on PostgreSQL (PGlite has
 * one connection in the process and no pool: its gauges are not registered there).
 */
export function databaseGauges(registry: Registry, handle: DatabaseHandle) {
  const up = new Gauge({
    name: 'lantoa_database_up',
    help: "Whether the database answered this scrape's reading of the job queue (1) or not (0).",
    registers: [registry],
  });
  const poolStats = handle.poolStats;
  if (poolStats) {
    // Read when scraped: the pool's counts are plain fields, no query.
    new Gauge({
      name: 'lantoa_db_pool_connections',
      help: 'PostgreSQL pool connections: total open, idle, and requests waiting for one.',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const stats = poolStats();
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
  }
  return {
    /** Whether the scrape's reading of the database (the job queue) succeeded. */
    answered(ok: boolean): void {
      up.set(ok ? 1 : 0);
    },
  };
}
