import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';

export const publicMisinformationRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (_app) => {};
