import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from './context.ts';

/**
 * The API's rate limits: a global budget per client address, and the routes' own limits
 * (`config.rateLimit`). Counted in this process for now.
 */
export async function registerRateLimit(
  app: FastifyInstance,
  deps: AppDeps,
  options: { allowList: (request: FastifyRequest) => boolean },
): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: deps.config.apiPerMinute,
    timeWindow: '1 minute',
    // The staff app's own files (scripts, styles, icons) are static and cached: one page load fetches
    // dozens of them, and counting them against the API's budget would lock out a busy user.
    allowList: options.allowList,
  });
}
