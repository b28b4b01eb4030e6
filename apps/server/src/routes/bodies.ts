import {
  bodyCreateInput,
  bodyDetail,
  bodyList,
  bodyResponse,
  bodySearch,
  bodyUpdateInput,
  nameMatches,
} from '@lantoa/api-contract/bodies';
import { MATCH_TEXT_MAX_LENGTH } from '@lantoa/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addressBucket } from '../http/client-address.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { createBody } from '../use-cases/bodies/create-body.ts';
import { getBody } from '../use-cases/bodies/get-body.ts';
import { listBodyChildren } from '../use-cases/bodies/list-body-children.ts';
import { listRootBodies } from '../use-cases/bodies/list-root-bodies.ts';
import { matchBodyNames } from '../use-cases/bodies/match-body-names.ts';
import { searchBodiesInScope } from '../use-cases/bodies/search-bodies.ts';
import { updateBody } from '../use-cases/bodies/update-body.ts';
import { idParams } from './schemas.ts';

/** Names per matching request, and their total length: enough for the leads and partners of a plan. */
const MATCH_TEXTS_MAX = 100;
const MATCH_TOTAL_MAX_LENGTH = 10_000;
/** Bodies listed per group in a matching answer, which stays a few megabytes at most. */
const MATCH_GROUP_BODIES_SHOWN = 200;

export const bodyRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['bodies'];
    app.get(
      '/api/bodies/roots',
      { schema: { tags, summary: 'The top bodies of the actor’s scope', response: { 200: bodyList } } },
      async (request) => ({
        items: await listRootBodies(contextOf(request, deps)),
      }),
    );

    app.get(
      '/api/bodies/search',
      {
        schema: {
          tags,
          summary:
            'Diacritics-insensitive search in the actor’s subtree, or only under `within` (a body the actor may read, else 404)',
          querystring: z.object({
            q: z.string().trim().min(1).max(200),
            limit: z.coerce.number().int().min(1).max(100).default(20),
            within: z.uuid().optional(),
          }),
          response: { 200: bodySearch },
        },
      },
      async (request) => ({
        items: await searchBodiesInScope(
          contextOf(request, deps),
          request.query.q,
          request.query.limit,
          request.query.within,
        ),
      }),
    );

    app.post(
      '/api/bodies/match',
      {
        schema: {
          tags,
          summary:
            'Map body names as written in a document to bodies or groups, with a confidence (at most 100 names, 300 characters each, 10,000 in all; a group lists up to 200 of its bodyCount bodies)',
          body: z.object({
            contextId: z.uuid(),
            texts: z
              .array(z.string().trim().min(1).max(MATCH_TEXT_MAX_LENGTH))
              .min(1)
              .max(MATCH_TEXTS_MAX)
              .refine(
                (texts) => texts.reduce((sum, text) => sum + text.length, 0) <= MATCH_TOTAL_MAX_LENGTH,
                {
                  error: `Tổng độ dài các tên vượt quá ${MATCH_TOTAL_MAX_LENGTH.toLocaleString('vi-VN')} ký tự. Hãy chia thành nhiều lần gửi.`,
                },
              ),
          }),
          response: { 200: nameMatches },
        },
        // Any signed-in account may match names, so each account gets its own budget. Counted after
        // the session hook (preHandler), when the account is known; an anonymous request is counted
        // by address and then refused.
        config: {
          rateLimit: {
            max: deps.config.matchPerMinute,
            timeWindow: '1 minute',
            hook: 'preHandler',
            keyGenerator: (request: FastifyRequest) =>
              request.actor ? `account:${request.actor.userId}` : `address:${addressBucket(request.ip)}`,
          },
        },
      },
      async (request) => ({
        items: await matchBodyNames(contextOf(request, deps), request.body.contextId, request.body.texts, {
          groupBodiesShown: MATCH_GROUP_BODIES_SHOWN,
        }),
      }),
    );

    app.get(
      '/api/bodies/:id',
      { schema: { tags, summary: 'A body', params: idParams, response: { 200: bodyDetail } } },
      async (request) => getBody(contextOf(request, deps), request.params.id),
    );

    app.get(
      '/api/bodies/:id/children',
      { schema: { tags, summary: 'The children of a body', params: idParams, response: { 200: bodyList } } },
      async (request) => ({ items: await listBodyChildren(contextOf(request, deps), request.params.id) }),
    );

    app.post(
      '/api/bodies',
      {
        schema: {
          tags,
          summary: 'Add a body under a parent',
          body: bodyCreateInput,
          response: { 201: bodyResponse },
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
          body: bodyUpdateInput,
          response: { 200: bodyResponse },
        },
      },
      async (request) => ({
        body: await updateBody(contextOf(request, deps), request.params.id, request.body),
      }),
    );
  };
