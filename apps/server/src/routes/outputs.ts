import { noContent } from '@lantoa/api-contract/common';
import {
  output,
  outputCreated,
  outputInput,
  outputPage,
  outputQuery,
  outputUpdate,
} from '@lantoa/api-contract/outputs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { createOutput } from '../use-cases/outputs/create-output.ts';
import { deleteOutput } from '../use-cases/outputs/delete-output.ts';
import { listOutputs } from '../use-cases/outputs/list-outputs.ts';
import { updateOutput } from '../use-cases/outputs/update-output.ts';
import { idParams, version } from './schemas.ts';

/** The outputs register: what each body published, where and when. */
export const outputsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['outputs'];
    app.get(
      '/api/outputs',
      {
        schema: {
          tags,
          summary: 'The outputs of the bodies the reader sees (or of one body’s subtree), newest first',
          querystring: outputQuery,
          response: { 200: outputPage },
        },
      },
      async (request) => listOutputs(contextOf(request, deps), request.query),
    );
    app.post(
      '/api/bodies/:id/outputs',
      {
        schema: {
          tags,
          summary: 'Record something the body published (a link already recorded is refused)',
          params: idParams,
          body: outputInput,
          response: { 201: outputCreated },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createOutput(contextOf(request, deps), request.params.id, request.body)),
    );
    app.put(
      '/api/outputs/:id',
      {
        schema: {
          tags,
          summary: 'Correct an output (optimistic on version)',
          params: idParams,
          body: outputUpdate,
          response: { 200: output },
        },
      },
      async (request) => updateOutput(contextOf(request, deps), request.params.id, request.body),
    );
    app.delete(
      '/api/outputs/:id',
      {
        schema: {
          tags,
          summary: 'Remove an output recorded by mistake (optimistic on version)',
          params: idParams,
          querystring: z.object({ version: z.coerce.number().pipe(version) }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await deleteOutput(contextOf(request, deps), request.params.id, request.query.version);
        return reply.status(204).send();
      },
    );
  };
