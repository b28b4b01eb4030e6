import { channel, channelInput, channelList, channelUpdate } from '@lantoa/api-contract/outputs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { createChannel } from '../use-cases/channels/create-channel.ts';
import { listChannels } from '../use-cases/channels/list-channels.ts';
import { updateChannel } from '../use-cases/channels/update-channel.ts';
import { idParams } from './schemas.ts';

/** The channels bodies publish on: portal sections, press pages and programmes, fanpages, Zalo OAs. */
export const channelsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['outputs'];
    app.get(
      '/api/channels',
      {
        schema: {
          tags,
          summary:
            'The channels of the bodies the reader sees (or of one body’s subtree); `silent`: none for 30 days',
          querystring: z.object({
            bodyId: z.uuid().optional(),
            silent: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional(),
          }),
          response: { 200: channelList },
        },
      },
      async (request) => listChannels(contextOf(request, deps), request.query),
    );
    app.post(
      '/api/bodies/:id/channels',
      {
        schema: {
          tags,
          summary: 'Register a channel the body publishes on, with the feed read daily if it has one',
          params: idParams,
          body: channelInput,
          response: { 201: channel },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createChannel(contextOf(request, deps), request.params.id, request.body)),
    );
    app.put(
      '/api/channels/:id',
      {
        schema: {
          tags,
          summary: 'Change a channel (optimistic on version)',
          params: idParams,
          body: channelUpdate,
          response: { 200: channel },
        },
      },
      async (request) => updateChannel(contextOf(request, deps), request.params.id, request.body),
    );
  };
