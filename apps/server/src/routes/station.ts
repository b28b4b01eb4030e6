import { logEntryInput, logEntryResponse, programme, stationPackFile } from '@lantoa/api-contract/broadcast';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { stationContextOf, stationRateLimitKey } from '../http/station-auth.ts';
import { buildStationPack } from '../use-cases/broadcast/build-station-pack.ts';
import { buildStationProgramme } from '../use-cases/broadcast/build-station-programme.ts';
import { recordBroadcast } from '../use-cases/broadcast/record-broadcast.ts';
import { zipReply } from './broadcast.ts';
import { isoDate } from './schemas.ts';

/**
 * The loudspeaker systems' API: no session, the station's key in `x-station-key` (http/station-auth.ts).
 * The limit counts per verified station, or per sender's address for a key that does not verify.
 */
export const stationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['station'];
    const stationLimit = {
      rateLimit: {
        max: deps.config.stationPerMinute,
        timeWindow: '1 minute',
        keyGenerator: (request: Parameters<typeof stationRateLimitKey>[0]) =>
          stationRateLimitKey(request, deps),
      },
    };

    app.post(
      '/api/station/log',
      {
        config: stationLimit,
        schema: {
          tags,
          summary: 'A loudspeaker system posts what it aired (x-station-key; idempotent on externalId)',
          body: logEntryInput.extend({ externalId: z.string().trim().min(1).max(200).optional() }),
          response: { 200: logEntryResponse, 201: logEntryResponse },
        },
      },
      async (request, reply) => {
        const { ctx, station } = await stationContextOf(request, deps);
        const { entry, created } = await recordBroadcast(ctx, station, request.body, null);
        return reply.status(created ? 201 : 200).send({ entry });
      },
    );

    app.get(
      '/api/station/programme',
      {
        config: stationLimit,
        schema: {
          tags,
          summary: 'The station’s programme (x-station-key)',
          querystring: z.object({
            from: isoDate.optional(),
            days: z.coerce.number().int().min(1).max(31).default(1),
          }),
          response: { 200: programme },
        },
      },
      async (request) => {
        const { ctx, station } = await stationContextOf(request, deps);
        return buildStationProgramme(ctx, station, request.query.from, request.query.days);
      },
    );

    app.get(
      '/api/station/pack.zip',
      {
        config: stationLimit,
        schema: {
          tags,
          summary:
            'A day’s offline pack: audio in airing order, .m3u8 playlists, manifest.json (x-station-key)',
          querystring: z.object({ date: isoDate.optional() }),
          response: { 200: stationPackFile },
        },
      },
      async (request, reply) => {
        const { ctx, station } = await stationContextOf(request, deps);
        return zipReply(reply, await buildStationPack(ctx, filesOf(deps), station, request.query.date));
      },
    );
  };
