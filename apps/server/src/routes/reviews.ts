import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';

/** Issue 18's reviews (being built). */
export const reviewRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (_app) => {};
