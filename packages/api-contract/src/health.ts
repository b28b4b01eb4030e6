// The system's own routes: liveness, health and readiness.
import { z } from 'zod';

const engine = z.enum(['pglite', 'postgres']);

/** GET /api/live: the process answers (nothing else is touched). */
export const live = z.object({ status: z.literal('ok') });

/** GET /api/health: the service and its database answer. */
export const health = z.object({
  status: z.literal('ok'),
  database: engine,
  version: z.string(),
});

/** GET /api/ready, 200: the database answers and every migration this version knows is applied. */
export const ready = z.object({
  status: z.literal('ready'),
  database: engine,
  /** How many migrations are applied (all this version knows). */
  migrations: z.number().int(),
});

/** GET /api/ready, 503: what keeps this instance from taking traffic, in Vietnamese in `message`. */
export const notReady = z.object({
  status: z.literal('not_ready'),
  databaseReachable: z.boolean(),
  /** Migrations this version needs that the database has not applied (empty when it did not answer). */
  missingMigrations: z.array(z.string()),
  message: z.string(),
});
