import { createRequire } from 'node:module';
import { Redis } from 'ioredis';
import type { RateLimitStore } from './rate-limit-store.ts';

const require = createRequire(import.meta.url);
/** The plugin's own Redis store: one Lua script per hit (INCR, and PEXPIRE on the first). */
export const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as new (
  continueExceeding: boolean | undefined,
  exponentialBackoff: boolean | undefined,
  redis: Redis,
  key?: string,
) => RateLimitStore;

/** The prefix of the counters' keys, so the Redis server can be shared with other uses. */
export const REDIS_KEY_PREFIX = 'lantoa:rate-limit:';

/**
 * A client for the rate limits' counters that never makes a request wait on Redis: no queue while
 * disconnected and half a second at most per command, after which the caller counts in the process
 * instead (FallbackRateLimitStore). It reconnects by itself; errors go to `onError` (a connection
 * refused is reported at each retry, so the caller throttles its log).
 */
export async function connectRateLimitRedis(url: string, onError: (error: Error) => void): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    connectTimeout: 2_000,
  });
  redis.on('error', onError);
  // Started without Redis, the server still serves (counting in the process) and connects later.
  await redis.connect().catch(onError);
  return redis;
}
