import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';

/** Issue 18's honours (being built). */
export const honourRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (_app) => {};
