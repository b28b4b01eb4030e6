import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './context.ts';

/** `/metrics` in Prometheus format and the hooks that measure requests (to be built: issue 21). */
export function registerMetrics(_app: FastifyInstance, _deps: AppDeps): void {}

/** One group commit of quiz writes: how many writes it carried and how long the commit took. */
export function observeQuizCommit(_writes: number, _seconds: number): void {}
