import { feedReadResult, linkPreview, linkPreviewInput } from '@lantoa/api-contract/outputs';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addressBucket } from '../http/client-address.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { previewLink } from '../use-cases/channels/preview-link.ts';
import { readChannelFeed } from '../use-cases/channels/read-channel-feed.ts';
import { idParams } from './schemas.ts';

/**
 * Each of these requests makes the server fetch a page on someone's behalf: an account gets a budget
 * of its own (a form pastes a link now and then; a loop would make the server a crawler). Counted
 * after the session hook, when the account is known; an anonymous request is counted by address and
 * then refused.
 */
const READS_PER_MINUTE = 30;

export const channelFeedsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['outputs'];
    const rateLimit = {
      max: READS_PER_MINUTE,
      timeWindow: '1 minute',
      hook: 'preHandler' as const,
      keyGenerator: (request: FastifyRequest) =>
        request.actor ? `web-read:${request.actor.userId}` : `web-read-address:${addressBucket(request.ip)}`,
    };
    const reading = { publicUrl: deps.config.publicUrl, allowHosts: deps.config.feedAllowHosts };

    app.post(
      '/api/channels/:id/read',
      {
        schema: {
          tags,
          summary: 'Read a channel’s feed now: its new items on the channel’s topic become outputs',
          params: idParams,
          response: { 200: feedReadResult },
        },
        config: { rateLimit },
      },
      async (request) => readChannelFeed(contextOf(request, deps), request.params.id, reading),
    );
    app.post(
      '/api/outputs/preview',
      {
        schema: {
          tags,
          summary:
            'What a pasted link’s page says of itself (Open Graph, else its title), to fill the output form',
          body: linkPreviewInput,
          response: { 200: linkPreview },
        },
        config: { rateLimit },
      },
      async (request) => previewLink(contextOf(request, deps), request.body.url, reading),
    );
  };
