import {
  BULLETIN_PRIORITIES,
  DEFAULT_SESSION_MAX_MINUTES,
  MAX_SESSIONS_PER_DAY,
  SESSION_MAX_MINUTES_RANGE,
} from '@lantoa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addressBucket } from '../http/client-address.ts';
import type { AppDeps, Context } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import {
  listBroadcastLog,
  recordBroadcast,
  recordBroadcastFromScreen,
} from '../use-cases/broadcast/broadcast-log.ts';
import {
  bulletinAudio,
  createBulletin,
  getBulletin,
  listBulletins,
  requestSynthesis,
  updateBulletin,
} from '../use-cases/broadcast/bulletins.ts';
import {
  getProgramme,
  placeBulletin,
  stationProgramme,
  unplaceBulletin,
} from '../use-cases/broadcast/programme.ts';
import { stationPack } from '../use-cases/broadcast/station-pack.ts';
import {
  createStation,
  issueStationKey,
  listStations,
  loadStation,
  stationByKey,
  updateStation,
} from '../use-cases/broadcast/stations.ts';
import { vietnamToday } from '../use-cases/plans/today.ts';
import { idParams, isoDate, isoDateTime, page, pageSize, text, version } from './schemas.ts';
import { contentDisposition } from './uploads.ts';

const bulletinBody = z.object({
  title: text(300),
  text: text(20_000, { multiline: true }),
  priority: z.enum(BULLETIN_PRIORITIES),
  targetBodyId: z.uuid(),
  validFrom: isoDate.optional(),
  validUntil: isoDate.nullish(),
  sourceItemId: z.uuid().nullish(),
  sourceBulletinId: z.uuid().nullish(),
});

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ theo dạng HH:MM, ví dụ 06:00');
const stationBody = z.object({
  name: text(200),
  listeners: z.number().int().min(0).max(10_000_000),
  sessions: z
    .array(
      z.object({
        start: clock,
        maxMinutes: z
          .number()
          .int()
          .min(SESSION_MAX_MINUTES_RANGE.min)
          .max(SESSION_MAX_MINUTES_RANGE.max)
          .default(DEFAULT_SESSION_MAX_MINUTES),
      }),
    )
    .min(1)
    .max(MAX_SESSIONS_PER_DAY),
});

const logBody = z.object({
  bulletinId: z.uuid().optional(),
  title: text(300, { optional: true }).optional(),
  sessionId: z.string().max(100).optional(),
  airedAt: isoDateTime.optional(),
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(6 * 3600)
    .optional(),
});

const zipReply = (reply: import('fastify').FastifyReply, pack: { fileName: string; bytes: Uint8Array }) =>
  reply
    .header('content-type', 'application/zip')
    .header('content-disposition', contentDisposition('attachment', pack.fileName))
    .send(Buffer.from(pack.bytes));

export const broadcastRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['broadcast'];

    app.get(
      '/api/broadcast/bulletins',
      {
        schema: {
          tags,
          summary: 'Bulletins of the actor’s bodies and those aimed at them',
          querystring: z.object({
            q: z.string().max(200).optional(),
            priority: z.enum(BULLETIN_PRIORITIES).optional(),
            page,
            pageSize: pageSize.default(20),
          }),
        },
      },
      async (request) => listBulletins(contextOf(request, deps), request.query),
    );

    app.post(
      '/api/broadcast/bulletins',
      {
        schema: {
          tags,
          summary: 'Write a bulletin (or start from a library item or a bulletin)',
          body: bulletinBody,
        },
      },
      async (request, reply) =>
        reply.status(201).send({ bulletin: await createBulletin(contextOf(request, deps), request.body) }),
    );

    app.get(
      '/api/broadcast/bulletins/:id',
      { schema: { tags, summary: 'A bulletin with its audio state', params: idParams } },
      async (request) => ({ bulletin: await getBulletin(contextOf(request, deps), request.params.id) }),
    );

    app.patch(
      '/api/broadcast/bulletins/:id',
      {
        schema: {
          tags,
          summary: 'Change a bulletin: the fields sent (optimistic on version)',
          params: idParams,
          body: bulletinBody.partial().extend({ version }),
        },
      },
      async (request) => ({
        bulletin: await updateBulletin(contextOf(request, deps), request.params.id, request.body),
      }),
    );

    app.post(
      '/api/broadcast/bulletins/:id/synthesis',
      { schema: { tags, summary: 'Read the bulletin out (a job with progress)', params: idParams } },
      async (request, reply) => {
        const bulletin = await requestSynthesis(contextOf(request, deps), request.params.id);
        deps.worker?.kick();
        return reply.status(202).send({ bulletin });
      },
    );

    app.get(
      '/api/broadcast/bulletins/:id/audio',
      { schema: { tags, summary: 'The bulletin’s recording', params: idParams } },
      async (request, reply) => {
        const audio = await bulletinAudio(contextOf(request, deps), request.params.id);
        return reply
          .header('content-type', audio.mediaType)
          .header('content-disposition', contentDisposition('inline', audio.name))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-cache')
          .send(Buffer.from(audio.content));
      },
    );

    app.get(
      '/api/broadcast/stations',
      { schema: { tags, summary: 'Stations in the actor’s scope' } },
      async (request) => ({
        items: await listStations(contextOf(request, deps)),
      }),
    );

    app.post(
      '/api/broadcast/stations',
      {
        schema: {
          tags,
          summary: 'Add a station to a commune',
          body: stationBody.extend({ bodyId: z.uuid() }),
        },
      },
      async (request, reply) =>
        reply.status(201).send({ station: await createStation(contextOf(request, deps), request.body) }),
    );

    app.patch(
      '/api/broadcast/stations/:id',
      {
        schema: {
          tags,
          summary: 'Change a station: the fields sent (optimistic on version)',
          params: idParams,
          body: stationBody.partial().extend({ version }),
        },
      },
      async (request) => ({
        station: await updateStation(contextOf(request, deps), request.params.id, request.body),
      }),
    );

    app.post(
      '/api/broadcast/stations/:id/api-key',
      {
        schema: {
          tags,
          summary: 'A new API key for the station’s loudspeaker system (shown once)',
          params: idParams,
        },
      },
      async (request) => ({ apiKey: await issueStationKey(contextOf(request, deps), request.params.id) }),
    );

    app.get(
      '/api/broadcast/stations/:id/programme',
      {
        schema: {
          tags,
          summary: 'Sessions with bulletins placed by priority, what was aired, and issues',
          params: idParams,
          querystring: z.object({
            from: isoDate.optional(),
            days: z.coerce.number().int().min(1).max(31).default(7),
          }),
        },
      },
      async (request) =>
        getProgramme(contextOf(request, deps), request.params.id, request.query.from, request.query.days),
    );

    app.post(
      '/api/broadcast/stations/:id/placements',
      {
        schema: {
          tags,
          summary: 'Place a normal bulletin into chosen sessions',
          params: idParams,
          body: z.object({ bulletinId: z.uuid(), sessionIds: z.array(z.string().max(100)).min(1).max(60) }),
        },
      },
      async (request) => placeBulletin(contextOf(request, deps), request.params.id, request.body),
    );

    app.delete(
      '/api/broadcast/stations/:id/placements/:bulletinId',
      {
        schema: {
          tags,
          summary: 'Take a normal bulletin out of a session',
          params: z.object({ id: z.uuid(), bulletinId: z.uuid() }),
          querystring: z.object({ sessionId: z.string().max(100) }),
        },
      },
      async (request) =>
        unplaceBulletin(
          contextOf(request, deps),
          request.params.id,
          request.params.bulletinId,
          request.query.sessionId,
        ),
    );

    app.get(
      '/api/broadcast/stations/:id/log',
      {
        schema: {
          tags,
          summary: 'What the station aired',
          params: idParams,
          querystring: z.object({ from: isoDate.optional(), to: isoDate.optional() }),
        },
      },
      async (request) => ({
        items: await listBroadcastLog(contextOf(request, deps), request.params.id, request.query),
      }),
    );

    app.post(
      '/api/broadcast/stations/:id/log',
      {
        schema: {
          tags,
          summary: 'Record what was aired (idempotent per bulletin and session)',
          params: idParams,
          body: logBody,
        },
      },
      async (request, reply) => {
        const { entry, created } = await recordBroadcastFromScreen(
          contextOf(request, deps),
          request.params.id,
          request.body,
        );
        return reply.status(created ? 201 : 200).send({ entry });
      },
    );

    app.get(
      '/api/broadcast/stations/:id/pack.zip',
      {
        schema: {
          tags,
          summary: 'A day’s programme for offline play: audio, .m3u playlists, manifest.json',
          params: idParams,
          querystring: z.object({ date: isoDate.optional() }),
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request, deps);
        const station = await loadStation(ctx, request.params.id);
        return zipReply(reply, await stationPack(ctx, station, request.query.date ?? vietnamToday()));
      },
    );

    // The loudspeaker systems' API: no session, the station's key in `x-station-key`. The limit counts
    // per verified station; a key that does not verify counts against the sender's address, so
    // guessing at a station's key never spends that station's own budget.
    const stationLimit = {
      rateLimit: {
        max: deps.config.stationPerMinute,
        timeWindow: '1 minute',
        keyGenerator: async (request: { headers: Record<string, unknown>; ip: string }) => {
          const apiKey = request.headers['x-station-key'] as string | undefined;
          const station = await stationByKey(deps.handle.db, apiKey).catch(() => null);
          return station ? `station:${station.id}` : `address:${addressBucket(request.ip)}`;
        },
      },
    };
    /** The station's system acts as a broadcaster of the station's own body, for reads. */
    const stationContext = async (headers: Record<string, unknown>) => {
      const station = await stationByKey(deps.handle.db, headers['x-station-key'] as string | undefined);
      const ctx: Context = {
        db: deps.handle.db,
        actor: {
          userId: '',
          bodyId: station.body_id,
          grants: [{ role: 'broadcaster', scopeBodyId: station.body_id, scopePath: station.body_path }],
        },
      };
      return { ctx, station };
    };

    app.post(
      '/api/station/log',
      {
        config: stationLimit,
        schema: {
          tags: ['station'],
          summary: 'A loudspeaker system posts what it aired (x-station-key; idempotent on externalId)',
          body: logBody.extend({ externalId: z.string().trim().min(1).max(200).optional() }),
        },
      },
      async (request, reply) => {
        const { ctx, station } = await stationContext(request.headers);
        const { entry, created } = await recordBroadcast(ctx, station, request.body, null);
        return reply.status(created ? 201 : 200).send({ entry });
      },
    );

    app.get(
      '/api/station/programme',
      {
        config: stationLimit,
        schema: {
          tags: ['station'],
          summary: 'The station’s programme (x-station-key)',
          querystring: z.object({
            from: isoDate.optional(),
            days: z.coerce.number().int().min(1).max(31).default(1),
          }),
        },
      },
      async (request) => {
        const { ctx, station } = await stationContext(request.headers);
        return stationProgramme(ctx, station, request.query.from ?? vietnamToday(), request.query.days);
      },
    );

    app.get(
      '/api/station/pack.zip',
      {
        config: stationLimit,
        schema: {
          tags: ['station'],
          summary: 'A day’s offline pack (x-station-key)',
          querystring: z.object({ date: isoDate.optional() }),
        },
      },
      async (request, reply) => {
        const { ctx, station } = await stationContext(request.headers);
        return zipReply(reply, await stationPack(ctx, station, request.query.date ?? vietnamToday()));
      },
    );
  };
