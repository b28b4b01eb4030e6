import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';

export const misinformationRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (_app) => {};
