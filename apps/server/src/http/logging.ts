import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';

/** Where the log's lines go: standard output unless a test captures them. */
export interface LogDestination {
  write(line: string): void;
}

/** Headers that carry credentials: a session, a CSRF token, a participant's or a station's key. */
const SECRET_HEADERS = ['cookie', 'authorization', 'x-csrf-token', 'x-participant', 'x-station-key'];

/**
 * Every place a log line may hold headers: the request's (a request object logged whole), headers
 * logged by themselves, and a response's cookie.
 */
const REDACTED_PATHS = [
  ...SECRET_HEADERS.flatMap((name) => [`req.headers["${name}"]`, `headers["${name}"]`]),
  'res.headers["set-cookie"]',
  'headers["set-cookie"]',
];

/** A path parameter that is itself a credential (an unsubscribe link's token): never written out. */
const SECRET_PARAMS = ['token'];

/** The address asked for, its secret path parameters replaced (the route pattern says where they were). */
function loggedUrl(request: FastifyRequest): string {
  let url = request.url;
  const params = (request.params ?? {}) as Record<string, unknown>;
  for (const name of SECRET_PARAMS) {
    const value = params[name];
    if (typeof value === 'string' && value) url = url.replaceAll(encodeURIComponent(value), '[redacted]');
  }
  return url;
}

/**
 * The server's log: off, or Fastify's JSON lines (pino) at info, one object per line, each line of a
 * request carrying its `reqId`. Requests are logged by method, address, route pattern and client; no
 * header is, and the credential headers are redacted wherever a line would hold them.
 */
export function loggerOptions(
  enabled: boolean,
  destination?: LogDestination,
): FastifyServerOptions['logger'] {
  if (!enabled) return false;
  return {
    level: 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: (request) => ({
        method: request.method,
        url: loggedUrl(request),
        route: request.routeOptions?.url,
        remoteAddress: request.ip,
      }),
    },
    ...(destination ? { stream: destination } : {}),
  };
}

/** A request id a client or proxy may hand us: short, and nothing that could forge a log line or header. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Each request's id, written in every log line about it: the `x-request-id` a proxy (HAProxy's
 * unique-id) or client sent when it is a safe token, so one request is followed across the proxy and
 * the instance; a new UUID otherwise.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Sends the request's id back in `x-request-id`, so a user's report or a proxy's log names the request. */
export function registerRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}
