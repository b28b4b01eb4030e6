import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';

/** Issue 18's events (being built). */
export const eventRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (_app) => {};
