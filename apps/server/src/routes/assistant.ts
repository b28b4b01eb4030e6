import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';

/** The assistant: answers with their sources, the passages they quote, reference documents. */
export const assistantRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (_app) => {};
