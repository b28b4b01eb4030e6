import type { FastifyInstance } from 'fastify';
import { Counter, Histogram, type Registry } from 'prom-client';

/** The label of a request that matched no route: one series for every unknown address. */
export const UNMATCHED_ROUTE = '(unmatched)';
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Counts and times every response by method, route pattern and status. The route is the pattern it
 * matched (`/api/plans/:id`), never the address asked for: ids and probes of random addresses would
 * otherwise make a new series each, without bound.
 */
export function measureRequests(app: FastifyInstance, registry: Registry): void {
  const labelNames = ['method', 'route', 'status_code'] as const;
  const requests = new Counter({
    name: 'lantoa_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code.',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'lantoa_http_request_duration_seconds',
    help: 'Time from the request received to the response sent, by method, route pattern and status code.',
    labelNames,
    // Finer around the goals the issue sets (answers under 200 ms, roll-ups under 50 ms).
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const responses = new Counter({
    name: 'lantoa_http_responses_total',
    help: 'HTTP responses by status class (2xx, 3xx, 4xx, 5xx).',
    labelNames: ['class'],
    registers: [registry],
  });
  const serverErrors = new Counter({
    name: 'lantoa_http_server_errors_total',
    help: 'HTTP responses with a 5xx status, by method and route pattern.',
    labelNames: ['method', 'route'],
    registers: [registry],
  });

  // A callback hook, not an async one: no promise per request on the hottest path.
  app.addHook('onResponse', (request, reply, done) => {
    const method = METHODS.has(request.method) ? request.method : 'OTHER';
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    const labels = { method, route, status_code: String(reply.statusCode) };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
    responses.inc({ class: `${Math.floor(reply.statusCode / 100)}xx` });
    if (reply.statusCode >= 500) serverErrors.inc({ method, route });
    done();
  });
}
