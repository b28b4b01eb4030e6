import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyServerOptions } from 'fastify';

/** The server's log: off, or Fastify's JSON lines at info. */
export function loggerOptions(enabled: boolean): FastifyServerOptions['logger'] {
  return enabled ? { level: 'info' } : false;
}

/** Each request's id, written in every log line about it. */
export function requestIdOf(_request: IncomingMessage): string {
  return randomUUID();
}
