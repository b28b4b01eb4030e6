import { assistantDraftInput, assistantDraftResponse } from '@lantoa/api-contract/assistant-drafts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { createBulletinDraft } from '../use-cases/assistant-drafts/create-bulletin-draft.ts';

/** Bulletin drafts the assistant writes from a library item, a plan task or an answer. */
export const assistantDraftRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/assistant/drafts',
      {
        schema: {
          tags: ['assistant'],
          summary:
            'Draft a bulletin of a given length from a library item, a plan task, an S&T task of the registry or an answer, citing its sources',
          body: assistantDraftInput,
          response: { 201: assistantDraftResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createBulletinDraft(contextOf(request, deps), request.body, {
            llm: deps.config.llm,
            speech: deps.config.speech,
          }),
        ),
    );
  };
