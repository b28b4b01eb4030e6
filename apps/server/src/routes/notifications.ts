import { noContent } from '@lantoa/api-contract/common';
import { notificationList } from '@lantoa/api-contract/notifications';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { listNotifications } from '../use-cases/notifications/list-notifications.ts';
import { markNotificationsRead } from '../use-cases/notifications/mark-notifications-read.ts';
import { idParams } from './schemas.ts';

export const notificationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['notifications'];
    app.get(
      '/api/notifications',
      {
        schema: {
          tags,
          summary: 'The signed-in person’s notifications',
          querystring: z.object({
            unread: z.enum(['0', '1']).default('0'),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: notificationList },
        },
      },
      async (request) =>
        listNotifications(contextOf(request, deps), {
          unreadOnly: request.query.unread === '1',
          limit: request.query.limit,
        }),
    );
    app.post(
      '/api/notifications/read-all',
      { schema: { tags, summary: 'Mark all read', response: { 204: noContent } } },
      async (request, reply) => {
        await markNotificationsRead(contextOf(request, deps));
        return reply.status(204).send();
      },
    );
    app.post(
      '/api/notifications/:id/read',
      { schema: { tags, summary: 'Mark one read', params: idParams, response: { 204: noContent } } },
      async (request, reply) => {
        await markNotificationsRead(contextOf(request, deps), request.params.id);
        return reply.status(204).send();
      },
    );
  };
