import type { FastifyReply } from 'fastify';

/** One year: the longest lifetime browsers and proxies honour. */
const ONE_YEAR_SECONDS = 31_536_000;

/**
 * How long a browser keeps a file of the staff app. The build names every script and style under
 * /assets/ by a hash of its content, so a changed file gets a new name: they are kept a year and never
 * asked again (`immutable`). Everything else (index.html, which names the current assets, and the
 * icon) is checked with the server on every load (`no-cache` still allows a 304), so a new version
 * reaches users at their next visit.
 */
export function setWebFileCaching(reply: FastifyReply, path: string): void {
  const hashed = /[\\/]assets[\\/]/.test(path);
  reply.header('cache-control', hashed ? `public, max-age=${ONE_YEAR_SECONDS}, immutable` : 'no-cache');
}
