import {
  bulletinInput,
  bulletinPage,
  bulletinQuery,
  bulletinResponse,
  logEntryInput,
  logEntryResponse,
  logList,
  placementResponse,
  programme,
  stationKeyResponse,
  stationList,
  stationPackCheck,
  stationPackFile,
  stationResponse,
} from '@lantoa/api-contract/broadcast';
import { fileResponse } from '@lantoa/api-contract/uploads';
import { DEFAULT_SESSION_MAX_MINUTES, MAX_SESSIONS_PER_DAY, SESSION_MAX_MINUTES_RANGE } from '@lantoa/domain';
import { MEDIA_TYPES as SPEECH_MEDIA_TYPES } from '@lantoa/speech';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { createBulletin } from '../use-cases/broadcast/create-bulletin.ts';
import { createStation } from '../use-cases/broadcast/create-station.ts';
import { getBulletin } from '../use-cases/broadcast/get-bulletin.ts';
import { getBulletinAudio } from '../use-cases/broadcast/get-bulletin-audio.ts';
import { getStationPack } from '../use-cases/broadcast/get-station-pack.ts';
import { getStationPackCheck } from '../use-cases/broadcast/get-station-pack-check.ts';
import { getStationProgramme } from '../use-cases/broadcast/get-station-programme.ts';
import { issueStationKey } from '../use-cases/broadcast/issue-station-key.ts';
import { listBroadcastLog } from '../use-cases/broadcast/list-broadcast-log.ts';
import { listBulletins } from '../use-cases/broadcast/list-bulletins.ts';
import { listStations } from '../use-cases/broadcast/list-stations.ts';
import { placeBulletin } from '../use-cases/broadcast/place-bulletin.ts';
import { recordBroadcastFromScreen } from '../use-cases/broadcast/record-broadcast-from-screen.ts';
import { requestBulletinSynthesis } from '../use-cases/broadcast/request-bulletin-synthesis.ts';
import { unplaceBulletin } from '../use-cases/broadcast/unplace-bulletin.ts';
import { updateBulletin } from '../use-cases/broadcast/update-bulletin.ts';
import { updateStation } from '../use-cases/broadcast/update-station.ts';
import { idParams, isoDate, text, version } from './schemas.ts';
import { contentDisposition, sendAttachment, sendStoredBytes } from './uploads.ts';

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

export const zipReply = (reply: FastifyReply, pack: { fileName: string; bytes: Uint8Array }) =>
  sendAttachment(reply, 'application/zip', pack.fileName, pack.bytes);

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
          querystring: bulletinQuery,
          response: { 200: bulletinPage },
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
          body: bulletinInput,
          response: { 201: bulletinResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send({ bulletin: await createBulletin(contextOf(request, deps), request.body) }),
    );

    app.get(
      '/api/broadcast/bulletins/:id',
      {
        schema: {
          tags,
          summary: 'A bulletin with its audio state',
          params: idParams,
          response: { 200: bulletinResponse },
        },
      },
      async (request) => ({ bulletin: await getBulletin(contextOf(request, deps), request.params.id) }),
    );

    app.patch(
      '/api/broadcast/bulletins/:id',
      {
        schema: {
          tags,
          summary: 'Change a bulletin: the fields sent (optimistic on version)',
          params: idParams,
          body: bulletinInput.partial().extend({ version }),
          response: { 200: bulletinResponse },
        },
      },
      async (request) => ({
        bulletin: await updateBulletin(contextOf(request, deps), request.params.id, request.body),
      }),
    );

    app.post(
      '/api/broadcast/bulletins/:id/synthesis',
      {
        schema: {
          tags,
          summary: 'Read the bulletin out (a job with progress)',
          params: idParams,
          response: { 202: bulletinResponse },
        },
      },
      async (request, reply) => {
        const bulletin = await requestBulletinSynthesis(contextOf(request, deps), request.params.id);
        deps.worker?.kick();
        return reply.status(202).send({ bulletin });
      },
    );

    app.get(
      '/api/broadcast/bulletins/:id/audio',
      {
        schema: {
          tags,
          summary: 'The bulletin’s recording',
          params: idParams,
          response: { 200: fileResponse('The recording', Object.values(SPEECH_MEDIA_TYPES)) },
        },
      },
      async (request, reply) => {
        const audio = await getBulletinAudio(contextOf(request, deps), request.params.id);
        return sendStoredBytes(request, reply, filesOf(deps), audio, {
          'content-type': audio.mediaType,
          'content-disposition': contentDisposition('inline', audio.name),
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-cache',
        });
      },
    );

    app.get(
      '/api/broadcast/stations',
      { schema: { tags, summary: 'Stations in the actor’s scope', response: { 200: stationList } } },
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
          response: { 201: stationResponse },
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
          response: { 200: stationResponse },
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
          response: { 200: stationKeyResponse },
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
          response: { 200: programme },
        },
      },
      async (request) =>
        getStationProgramme(
          contextOf(request, deps),
          request.params.id,
          request.query.from,
          request.query.days,
        ),
    );

    app.post(
      '/api/broadcast/stations/:id/placements',
      {
        schema: {
          tags,
          summary: 'Place a normal bulletin into chosen sessions',
          params: idParams,
          body: z.object({ bulletinId: z.uuid(), sessionIds: z.array(z.string().max(100)).min(1).max(60) }),
          response: { 200: placementResponse },
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
          response: { 200: placementResponse },
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
          response: { 200: logList },
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
          body: logEntryInput,
          response: { 200: logEntryResponse, 201: logEntryResponse },
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
      '/api/broadcast/stations/:id/pack-check',
      {
        schema: {
          tags,
          summary:
            'What a day’s offline pack would hold: its audio files, the bulletins it leaves out and why',
          params: idParams,
          querystring: z.object({ date: isoDate.optional() }),
          response: { 200: stationPackCheck },
        },
      },
      async (request) => getStationPackCheck(contextOf(request, deps), request.params.id, request.query.date),
    );

    app.get(
      '/api/broadcast/stations/:id/pack.zip',
      {
        schema: {
          tags,
          summary:
            'A day’s programme for offline play: audio in airing order, .m3u8 playlists, manifest.json (what is left out and why)',
          params: idParams,
          querystring: z.object({ date: isoDate.optional() }),
          response: { 200: stationPackFile },
        },
      },
      async (request, reply) =>
        zipReply(
          reply,
          await getStationPack(
            contextOf(request, deps),
            filesOf(deps),
            request.params.id,
            request.query.date,
          ),
        ),
    );
  };
