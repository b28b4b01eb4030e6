import { health, live } from '@lantoa/api-contract/health';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { AppDeps } from '../http/context.ts';

export const healthRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Liveness: the process answers, nothing else is touched (also the benchmarks' trivial route).
    app.get(
      '/api/live',
      {
        schema: {
          tags: ['system'],
          summary: 'Liveness: the server process answers (no database)',
          response: { 200: live },
        },
      },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Service and database health',
          response: { 200: health },
        },
      },
      async () => {
        await sql`select 1`.execute(deps.handle.db);
        return { status: 'ok' as const, database: deps.handle.engine, version: deps.version };
      },
    );
  };
