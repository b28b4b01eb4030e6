import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';

/** Issue 18's budget (being built). */
export const budgetRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (_app) => {};
