import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';

/** Ready to be spoken: the text as the speech engine will say it, and a body's pronunciation list. */
export const pronunciationRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (_app) => {};
