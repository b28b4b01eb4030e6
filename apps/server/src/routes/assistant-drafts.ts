import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';

/** Bulletin drafts the assistant writes from a library item, a plan task or an answer. */
export const assistantDraftRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (_app) => {};
