import { noContent } from '@lantoa/api-contract/common';
import {
  pronunciationInput,
  pronunciationList,
  pronunciationSaved,
  speechReadiness,
  speechReadinessInput,
} from '@lantoa/api-contract/pronunciations';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { checkSpeechReadiness } from '../use-cases/pronunciations/check-speech-readiness.ts';
import { deletePronunciation } from '../use-cases/pronunciations/delete-pronunciation.ts';
import { listPronunciations } from '../use-cases/pronunciations/list-pronunciations.ts';
import { savePronunciation } from '../use-cases/pronunciations/save-pronunciation.ts';
import { idParams, version } from './schemas.ts';

/** Ready to be spoken: the text as the speech engine will say it, and a body's pronunciation list. */
export const pronunciationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['speech'];

    app.get(
      '/api/bodies/:id/pronunciations',
      {
        schema: {
          tags,
          summary:
            'The pronunciation list in force for a body: its own entries and those of the bodies above',
          params: idParams,
          response: { 200: pronunciationList },
        },
      },
      async (request) => listPronunciations(contextOf(request, deps), request.params.id),
    );
    app.post(
      '/api/bodies/:id/pronunciations',
      {
        schema: {
          tags,
          summary: "Add a word to a body's pronunciation list, or replace the entry with that written form",
          params: idParams,
          body: pronunciationInput,
          response: { 200: pronunciationSaved },
        },
      },
      async (request) => savePronunciation(contextOf(request, deps), request.params.id, request.body),
    );
    app.delete(
      '/api/pronunciations/:id',
      {
        schema: {
          tags,
          summary: 'Remove an entry of a pronunciation list (optimistic on version)',
          params: idParams,
          querystring: z.object({ version: z.coerce.number().pipe(version) }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await deletePronunciation(contextOf(request, deps), request.params.id, request.query.version);
        return reply.status(204).send();
      },
    );
    app.post(
      '/api/speech/readiness',
      {
        schema: {
          tags,
          summary:
            "A text as the speech engine will say it with a body's pronunciation list, and what it may say wrong",
          body: speechReadinessInput,
          response: { 200: speechReadiness },
        },
      },
      async (request) => checkSpeechReadiness(contextOf(request, deps), request.body),
    );
  };
