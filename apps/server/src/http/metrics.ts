import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Registry } from 'prom-client';
import { databaseGauges } from '../metrics/database-metrics.ts';
import { measureRequests } from '../metrics/http-metrics.ts';
import { jobQueueGauges } from '../metrics/job-queue-metrics.ts';
import { processRegistry, quizCommitSeconds, quizCommitWrites } from '../metrics/process-metrics.ts';
import type { AppDeps } from './context.ts';
import { AppError } from './errors.ts';

export const METRICS_ROUTE = '/metrics';

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** The request carries `Authorization: Bearer <token>`: compared in constant time (digests of equal length). */
function carriesToken(request: FastifyRequest, token: string): boolean {
  const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(sha256(given), sha256(token));
}

/**
 * A scrape of /metrics with the right token: left out of the API's rate limit. Prometheus comes every
 * few seconds from one address, which may be shared (a NAT, the proxy itself); counted, it could be
 * refused exactly when the service is busiest and the figures matter most. A wrong or missing token
 * is still counted, so guessing the token stays throttled.
 */
export function isAuthorisedScrape(request: FastifyRequest, token: string | undefined): boolean {
  return token !== undefined && request.routeOptions.url === METRICS_ROUTE && carriesToken(request, token);
}

/**
 * `/metrics` in Prometheus' text format and the hooks that measure requests. Each app has its own
 * registry (tests build many apps in one process, each with its own counts); the process's figures
 * (memory, event loop, quiz commits) come from one registry per process, printed after the app's.
 * Without LANTOA_METRICS_TOKEN nothing is measured and the route answers 404.
 */
export function registerMetrics(app: FastifyInstance, deps: AppDeps): void {
  const token = deps.config.metricsToken;
  const registry = new Registry();
  if (token) {
    measureRequests(app, registry);
    // Started now rather than at the first scrape, so garbage collections since the start are counted.
    processRegistry();
  }
  const queue = jobQueueGauges(registry);
  const database = databaseGauges(registry, deps.handle);

  app.get(
    METRICS_ROUTE,
    {
      schema: {
        tags: ['system'],
        summary:
          'Metrics in Prometheus text format (Authorization: Bearer LANTOA_METRICS_TOKEN; 404 when no token is set)',
      },
    },
    async (request, reply) => {
      if (!token) throw new AppError('not_found', 'Không tìm thấy địa chỉ này. Kiểm tra lại đường dẫn.');
      if (!carriesToken(request, token)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        throw new AppError(
          'unauthenticated',
          'Thiếu hoặc sai mã truy cập số liệu giám sát. Hãy gửi tiêu đề «Authorization: Bearer …» với mã LANTOA_METRICS_TOKEN của máy chủ.',
        );
      }
      try {
        await queue.refresh(deps.handle.db);
        database.answered(true);
      } catch (error) {
        // The scrape still answers: the process's figures matter most when the database does not.
        request.log.warn({ err: error }, 'metrics: the job queue could not be read');
        queue.clear();
        database.answered(false);
      }
      const text = (await registry.metrics()) + (await processRegistry().metrics());
      return reply.type(registry.contentType).send(text);
    },
  );
}

/** One group commit of quiz writes: how many writes it carried and how long the commit took. */
export function observeQuizCommit(writes: number, seconds: number): void {
  quizCommitWrites.observe(writes);
  quizCommitSeconds.observe(seconds);
}
