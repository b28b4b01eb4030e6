import { health, live, notReady, ready } from '@lantoa/api-contract/health';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { AppDeps } from '../http/context.ts';
import { readiness } from '../metrics/readiness.ts';

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

    // Readiness, for a load balancer: send this instance traffic only once its database answers and
    // carries every migration the code expects (an instance started against a database another
    // version has not migrated yet would fail on its first query of a new table).
    app.get(
      '/api/ready',
      {
        schema: {
          tags: ['system'],
          summary:
            'Readiness: the database answers and every migration is applied (503 with what is missing)',
          response: { 200: ready, 503: notReady },
        },
      },
      async (request, reply) => {
        const state = await readiness(deps.handle.db);
        if (state.ready) {
          return { status: 'ready' as const, database: deps.handle.engine, migrations: state.migrations };
        }
        if (!state.databaseReachable) {
          request.log.error({ err: state.error }, 'readiness: the database did not answer');
          return reply.status(503).send({
            status: 'not_ready' as const,
            databaseReachable: false,
            missingMigrations: [],
            message:
              'Máy chủ chưa sẵn sàng: không kết nối được cơ sở dữ liệu. Hãy kiểm tra máy chủ PostgreSQL (DATABASE_URL) hoặc thư mục dữ liệu rồi thử lại.',
          });
        }
        const missing = state.missingMigrations;
        return reply.status(503).send({
          status: 'not_ready' as const,
          databaseReachable: true,
          missingMigrations: missing,
          message: `Máy chủ chưa sẵn sàng: cơ sở dữ liệu còn thiếu ${missing.length} bản cập nhật cấu trúc (${missing.join(', ')}). Hãy chạy «lantoa db migrate» (hoặc khởi động lại máy chủ để tự cập nhật) rồi thử lại.`,
        });
      },
    );
  };
