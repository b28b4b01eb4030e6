import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';

/** The public list of those honoured (issue 18, being built). */
export const publicHonourRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (_app) => {};
