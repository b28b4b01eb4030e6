import { noContent } from '@lantoa/api-contract/common';
import {
  password,
  userCreateInput,
  userPage,
  userResponse,
  userUpdateInput,
} from '@lantoa/api-contract/users';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { createUser } from '../use-cases/users/create-user.ts';
import { getUser } from '../use-cases/users/get-user.ts';
import { listUsersInScope } from '../use-cases/users/list-users.ts';
import { resetUserPassword } from '../use-cases/users/reset-user-password.ts';
import { updateUser } from '../use-cases/users/update-user.ts';
import { idParams, page, pageSize } from './schemas.ts';

export const userRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['users'];
    app.get(
      '/api/users',
      {
        schema: {
          tags,
          summary: 'Accounts the actor manages',
          querystring: z.object({
            bodyId: z.uuid().optional(),
            q: z.string().trim().max(100).optional(),
            page,
            pageSize,
          }),
          response: { 200: userPage },
        },
      },
      async (request) => listUsersInScope(contextOf(request, deps), request.query),
    );

    app.get(
      '/api/users/:id',
      { schema: { tags, summary: 'An account', params: idParams, response: { 200: userResponse } } },
      async (request) => ({ user: await getUser(contextOf(request, deps), request.params.id) }),
    );

    app.post(
      '/api/users',
      {
        schema: {
          tags,
          summary: 'Create an account',
          body: userCreateInput,
          response: { 201: userResponse },
        },
      },
      async (request, reply) => {
        const user = await createUser(contextOf(request, deps), request.body);
        return reply.status(201).send({ user });
      },
    );

    app.patch(
      '/api/users/:id',
      {
        schema: {
          tags,
          summary: 'Edit an account (optimistic: send the version you loaded)',
          params: idParams,
          body: userUpdateInput,
          response: { 200: userResponse },
        },
      },
      async (request) => ({
        user: await updateUser(contextOf(request, deps), request.params.id, request.body),
      }),
    );

    app.post(
      '/api/users/:id/reset-password',
      {
        schema: {
          tags,
          summary: 'Set a new password for an account the actor manages (never its own: change-password)',
          params: idParams,
          body: z.object({ newPassword: password }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await resetUserPassword(contextOf(request, deps), request.params.id, request.body.newPassword);
        return reply.status(204).send();
      },
    );
  };
