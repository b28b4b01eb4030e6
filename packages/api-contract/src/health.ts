// The system's own routes: liveness and health.
import { z } from 'zod';

/** GET /api/live: the process answers (nothing else is touched). */
export const live = z.object({ status: z.literal('ok') });

/** GET /api/health: the service and its database answer. */
export const health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
