import {
  libraryPushCreated,
  libraryPushDetail,
  libraryPushInput,
  libraryPushList,
  pushDone,
  pushDoneInput,
  pushTodoList,
} from '@lantoa/api-contract/outputs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { getPush } from '../use-cases/pushes/get-push.ts';
import { listPushTodos } from '../use-cases/pushes/list-push-todos.ts';
import { listPushes } from '../use-cases/pushes/list-pushes.ts';
import { markPushDone } from '../use-cases/pushes/mark-push-done.ts';
import { pushLibraryItem } from '../use-cases/pushes/push-library-item.ts';
import { idParams } from './schemas.ts';

/** Approved library items pushed to the bodies below to publish, and each body's tick of where it did. */
export const pushesRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['outputs'];
    app.post(
      '/api/library/:id/pushes',
      {
        schema: {
          tags,
          summary: 'Ask the bodies of some kinds under a body to publish an approved library item',
          params: idParams,
          body: libraryPushInput,
          response: { 201: libraryPushCreated },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await pushLibraryItem(contextOf(request, deps), request.params.id, request.body)),
    );
    app.get(
      '/api/pushes',
      {
        schema: {
          tags,
          summary: 'Pushes made by the bodies the reader sees',
          response: { 200: libraryPushList },
        },
      },
      async (request) => listPushes(contextOf(request, deps)),
    );
    app.get(
      '/api/pushes/:id',
      {
        schema: {
          tags,
          summary: 'A push’s completeness, body by body',
          params: idParams,
          response: { 200: libraryPushDetail },
        },
      },
      async (request) => getPush(contextOf(request, deps), request.params.id),
    );
    app.get(
      '/api/push-todos',
      {
        schema: {
          tags,
          summary: 'What the reader’s bodies are asked to publish',
          response: { 200: pushTodoList },
        },
      },
      async (request) => listPushTodos(contextOf(request, deps)),
    );
    app.post(
      '/api/pushes/:id/done',
      {
        schema: {
          tags,
          summary: 'Where a body published a pushed item; each place becomes an output',
          params: idParams,
          body: pushDoneInput,
          response: { 200: pushDone },
        },
      },
      async (request) => markPushDone(contextOf(request, deps), request.params.id, request.body),
    );
  };
