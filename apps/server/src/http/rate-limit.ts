import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from './context.ts';
import { PostgresRateLimitStore } from './rate-limit-postgres.ts';
import { connectRateLimitRedis, REDIS_KEY_PREFIX, RedisStore } from './rate-limit-redis.ts';
import {
  FallbackRateLimitStore,
  LocalStore,
  type RateLimitStore,
  type RateLimitStoreOptions,
} from './rate-limit-store.ts';

/** Where the counters are kept, as the server logs it at start. */
type RateLimitCounters = 'process' | 'postgres' | 'redis';

/**
 * The API's rate limits: a global budget per client address, and the routes' own limits
 * (`config.rateLimit`), all counted in one store. Several instances must share it, or each would
 * grant the whole budget and a client alternating between them would get it once per instance:
 * Redis when LANTOA_REDIS_URL is set, else the PostgreSQL server the instances share. The embedded
 * database serves one process only, which counts in memory. The client is the address Fastify's
 * trustProxy gives (X-Forwarded-For believed from LANTOA_TRUSTED_PROXIES only).
 */
export async function registerRateLimit(
  app: FastifyInstance,
  deps: AppDeps,
  options: { allowList: (request: FastifyRequest) => boolean },
): Promise<void> {
  const shared = await sharedStore(app, deps);
  await app.register(rateLimit, {
    global: true,
    max: deps.config.apiPerMinute,
    timeWindow: '1 minute',
    // The staff app's own files (scripts, styles, icons) are static and cached: one page load fetches
    // dozens of them, and counting them against the API's budget would lock out a busy user.
    allowList: options.allowList,
    ...(shared ? { store: shared.store } : {}),
  });
  app.log.info({ counters: shared?.counters ?? 'process' }, 'rate limits: where the counters are kept');
}

async function sharedStore(
  app: FastifyInstance,
  deps: AppDeps,
): Promise<{ store: FastifyRateLimitStoreCtor; counters: RateLimitCounters } | undefined> {
  const warn = throttledWarning(app);
  if (deps.config.redisUrl) {
    const redis = await connectRateLimitRedis(deps.config.redisUrl, warn);
    app.addHook('onClose', async () => redis.disconnect());
    return {
      counters: 'redis',
      store: withLocalFallback(
        (options) =>
          new RedisStore(options.continueExceeding, options.exponentialBackoff, redis, REDIS_KEY_PREFIX),
        warn,
      ),
    };
  }
  if (deps.handle.engine !== 'postgres') return undefined;
  return {
    counters: 'postgres',
    store: withLocalFallback(
      (options) => new PostgresRateLimitStore(deps.handle.db, { ...options, onCleanupError: warn }),
      warn,
    ),
  };
}

/** The store class the plugin instantiates with its options: the shared store, counted locally when it fails. */
function withLocalFallback(
  shared: (options: RateLimitStoreOptions) => RateLimitStore,
  onFailure: (error: Error) => void,
): FastifyRateLimitStoreCtor {
  return class extends FallbackRateLimitStore {
    constructor(options: RateLimitStoreOptions) {
      super(
        shared(options),
        new LocalStore(options.continueExceeding, options.exponentialBackoff, options.cache),
        onFailure,
      );
    }
  } as unknown as FastifyRateLimitStoreCtor;
}

/**
 * A failing store is reported once a minute, not once per request: during an outage every request
 * fails over, and a line each would drown the log.
 */
function throttledWarning(app: FastifyInstance): (error: Error) => void {
  let last = 0;
  let quiet = 0;
  return (error) => {
    if (Date.now() - last < 60_000) {
      quiet++;
      return;
    }
    app.log.warn(
      { err: error, failuresNotLogged: quiet },
      'rate limits: the shared store failed; counting in this process until it answers',
    );
    last = Date.now();
    quiet = 0;
  };
}
