import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { createBody } from '../use-cases/bodies/create-body.ts';
import { getBody } from '../use-cases/bodies/get-body.ts';
import { listBodyChildren, listRootBodies, searchBodiesInScope } from '../use-cases/bodies/list-bodies.ts';
import { matchBodyNames } from '../use-cases/bodies/match-body-names.ts';
import { updateBody } from '../use-cases/bodies/update-body.ts';
import { bodyCode, bodyKind, bodyName, idParams, nameList } from './schemas.ts';

export const bodyRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['bodies'];
    app.get(
      '/api/bodies/roots',
      { schema: { tags, summary: 'The top bodies of the actor’s scope' } },
      async (request) => ({
        items: await listRootBodies(contextOf(request, deps)),
      }),
    );

    app.get(
      '/api/bodies/search',
      {
        schema: {
          tags,
          summary: 'Diacritics-insensitive search in the actor’s subtree',
          querystring: z.object({
            q: z.string().trim().min(1).max(200),
            limit: z.coerce.number().int().min(1).max(100).default(20),
          }),
        },
      },
      async (request) => ({
        items: await searchBodiesInScope(contextOf(request, deps), request.query.q, request.query.limit),
      }),
    );

    app.post(
      '/api/bodies/match',
      {
        schema: {
          tags,
          summary: 'Map body names as written in a document to bodies or groups, with a confidence',
          body: z.object({
            contextId: z.uuid(),
            texts: z.array(z.string().trim().min(1).max(500)).min(1).max(500),
          }),
        },
      },
      async (request) => ({
        items: await matchBodyNames(contextOf(request, deps), request.body.contextId, request.body.texts),
      }),
    );

    app.get('/api/bodies/:id', { schema: { tags, summary: 'A body', params: idParams } }, async (request) =>
      getBody(contextOf(request, deps), request.params.id),
    );

    app.get(
      '/api/bodies/:id/children',
      { schema: { tags, summary: 'The children of a body', params: idParams } },
      async (request) => ({ items: await listBodyChildren(contextOf(request, deps), request.params.id) }),
    );

    app.post(
      '/api/bodies',
      {
        schema: {
          tags,
          summary: 'Add a body under a parent',
          body: z.object({
            parentId: z.uuid(),
            kind: bodyKind,
            name: bodyName,
            shortNames: nameList.optional(),
            aliases: nameList.optional(),
            code: bodyCode,
          }),
        },
      },
      async (request, reply) => {
        const body = await createBody(contextOf(request, deps), request.body);
        return reply.status(201).send({ body });
      },
    );

    app.patch(
      '/api/bodies/:id',
      {
        schema: {
          tags,
          summary: 'Edit a body (optimistic: send the version you loaded)',
          params: idParams,
          body: z.object({
            kind: bodyKind.optional(),
            name: bodyName.optional(),
            shortNames: nameList.optional(),
            aliases: nameList.optional(),
            code: bodyCode,
            version: z.number().int().min(1),
          }),
        },
      },
      async (request) => {
        const ctx = contextOf(request, deps);
        await updateBody(ctx, request.params.id, request.body);
        return { body: (await getBody(ctx, request.params.id)).body };
      },
    );
  };
