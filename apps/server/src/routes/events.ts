import {
  coverageInput,
  eventCancel,
  eventCountInput,
  eventDetail,
  eventHold,
  eventInput,
  eventModelInput,
  eventModelPhoto,
  eventPage,
  eventQuery,
  eventUpdate,
  invitationAnswer,
  invitationsInput,
  keyDayCalendar,
  keyDayQuery,
  keyDayScheduled,
  keyDayScheduleInput,
  modelPhotoQuery,
} from '@lantoa/api-contract/events';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { addEventCoverage } from '../use-cases/events/add-event-coverage.ts';
import { addEventModel, modelPhotoLimits } from '../use-cases/events/add-event-model.ts';
import { answerInvitation } from '../use-cases/events/answer-invitation.ts';
import { cancelEvent } from '../use-cases/events/cancel-event.ts';
import { createEvent } from '../use-cases/events/create-event.ts';
import { getEvent } from '../use-cases/events/get-event.ts';
import { getKeyDayCalendar } from '../use-cases/events/get-key-day-calendar.ts';
import { holdEvent } from '../use-cases/events/hold-event.ts';
import { inviteBodies } from '../use-cases/events/invite-bodies.ts';
import { listEvents } from '../use-cases/events/list-events.ts';
import { readEventModelPhoto } from '../use-cases/events/read-event-model-photo.ts';
import { recordEventCount } from '../use-cases/events/record-event-count.ts';
import { removeEventCoverage } from '../use-cases/events/remove-event-coverage.ts';
import { removeEventModel } from '../use-cases/events/remove-event-model.ts';
import { removeInvitation } from '../use-cases/events/remove-invitation.ts';
import { scheduleKeyDay } from '../use-cases/events/schedule-key-day.ts';
import { updateEvent } from '../use-cases/events/update-event.ts';
import type { UploadedFile } from '../use-cases/files/store-file.ts';
import { idParams } from './schemas.ts';
import { readUploads, sendStoredFile } from './uploads.ts';

const bodyParams = z.object({ id: z.uuid(), bodyId: z.uuid() });
const modelParams = z.object({ id: z.uuid(), modelId: z.uuid() });
const outputParams = z.object({ id: z.uuid(), outputId: z.uuid() });

/**
 * Events (issue 18): the list and an event's page; the organiser's changes (details, held, cancelled,
 * invitations, models and their photos, coverage); an invited body's answer and the people it counted;
 * and a body's key-day calendar, which asks the bodies below to hold their own event.
 */
export const eventRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['events'];
    app.get(
      '/api/events',
      {
        schema: {
          tags,
          summary:
            'Events the reader sees (organised in its scopes, inviting one of its bodies, or above one of its bodies’ events), searched without diacritics',
          querystring: eventQuery,
          response: { 200: eventPage },
        },
      },
      async (request) => listEvents(contextOf(request, deps), request.query),
    );
    app.post(
      '/api/bodies/:id/events',
      {
        schema: {
          tags,
          summary: 'Organise an event (planned); one for a key day hangs under the event above for that day',
          params: idParams,
          body: eventInput,
          response: { 201: eventDetail },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createEvent(contextOf(request, deps), request.params.id, request.body)),
    );
    app.get(
      '/api/events/:id',
      {
        schema: {
          tags,
          summary:
            'An event with its invitations, counts, models, coverage, events under it and completeness',
          params: idParams,
          response: { 200: eventDetail },
        },
      },
      async (request) => getEvent(contextOf(request, deps), request.params.id),
    );
    app.put(
      '/api/events/:id',
      {
        schema: {
          tags,
          summary: 'Correct an event (optimistic on version)',
          params: idParams,
          body: eventUpdate,
          response: { 200: eventDetail },
        },
      },
      async (request) => updateEvent(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/events/:id/hold',
      {
        schema: {
          tags,
          summary: 'Record that the event took place (from its first day), with a note of its results',
          params: idParams,
          body: eventHold,
          response: { 200: eventDetail },
        },
      },
      async (request) => holdEvent(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/events/:id/cancel',
      {
        schema: {
          tags,
          summary: 'Cancel a planned event, saying why (not once people were counted there)',
          params: idParams,
          body: eventCancel,
          response: { 200: eventDetail },
        },
      },
      async (request) => cancelEvent(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/events/:id/invitations',
      {
        schema: {
          tags,
          summary: 'Invite bodies inside the organiser’s subtree (each once)',
          params: idParams,
          body: invitationsInput,
          response: { 200: eventDetail },
        },
      },
      async (request) => inviteBodies(contextOf(request, deps), request.params.id, request.body),
    );
    app.put(
      '/api/events/:id/invitations/:bodyId',
      {
        schema: {
          tags,
          summary: 'The invited body’s answer: confirmed with the people it expects, or declined',
          params: bodyParams,
          body: invitationAnswer,
          response: { 200: eventDetail },
        },
      },
      async (request) =>
        answerInvitation(contextOf(request, deps), request.params.id, request.params.bodyId, request.body),
    );
    app.delete(
      '/api/events/:id/invitations/:bodyId',
      {
        schema: {
          tags,
          summary: 'Take back an invitation (not once the body’s people were counted)',
          params: bodyParams,
          response: { 200: eventDetail },
        },
      },
      async (request) => removeInvitation(contextOf(request, deps), request.params.id, request.params.bodyId),
    );
    app.put(
      '/api/events/:id/counts',
      {
        schema: {
          tags,
          summary:
            'How many people of an audience a body had there (the organiser: any invited body or its own; an invited body: itself)',
          params: idParams,
          body: eventCountInput,
          response: { 200: eventDetail },
        },
      },
      async (request) => recordEventCount(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/events/:id/models',
      {
        schema: {
          tags,
          summary: 'Record a model or product showcased: JSON, or multipart with the fields then a photo',
          params: idParams,
          consumes: ['application/json', 'multipart/form-data'],
          response: { 201: eventDetail },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request, deps);
        const limits = deps.config.uploadLimits;
        let input: z.output<typeof eventModelInput>;
        let photo: UploadedFile | null = null;
        if (request.isMultipart()) {
          const upload = await readUploads(request, modelPhotoLimits(limits).maxImageBytes, 1);
          input = eventModelInput.parse(upload.fields);
          photo = upload.files[0] ?? null;
        } else {
          input = eventModelInput.parse(request.body);
        }
        return reply
          .status(201)
          .send(await addEventModel(ctx, filesOf(deps), request.params.id, input, photo, limits));
      },
    );
    app.delete(
      '/api/events/:id/models/:modelId',
      {
        schema: {
          tags,
          summary: 'Remove a model recorded by mistake, with its photo',
          params: modelParams,
          response: { 200: eventDetail },
        },
      },
      async (request) =>
        removeEventModel(contextOf(request, deps), filesOf(deps), request.params.id, request.params.modelId),
    );
    app.get(
      '/api/events/:id/models/:modelId/photo',
      {
        schema: {
          tags,
          summary: 'A model’s photo (or its small webp) for whoever sees the event',
          params: modelParams,
          querystring: modelPhotoQuery,
          response: { 200: eventModelPhoto },
        },
      },
      async (request, reply) => {
        const { id, modelId } = request.params;
        const files = filesOf(deps);
        const file = await readEventModelPhoto(
          contextOf(request, deps),
          files,
          id,
          modelId,
          request.query.size,
        );
        return sendStoredFile(request, reply, files, file);
      },
    );
    app.post(
      '/api/events/:id/coverage',
      {
        schema: {
          tags,
          summary: 'Link an output of the register to the event (each once)',
          params: idParams,
          body: coverageInput,
          response: { 200: eventDetail },
        },
      },
      async (request) => addEventCoverage(contextOf(request, deps), request.params.id, request.body.outputId),
    );
    app.delete(
      '/api/events/:id/coverage/:outputId',
      {
        schema: {
          tags,
          summary: 'Unlink an output from the event (it stays in the register)',
          params: outputParams,
          response: { 200: eventDetail },
        },
      },
      async (request) =>
        removeEventCoverage(contextOf(request, deps), request.params.id, request.params.outputId),
    );
    app.get(
      '/api/bodies/:id/key-days',
      {
        schema: {
          tags,
          summary: 'A body’s key days of a year: its event for each, and where the bodies it asked stand',
          params: idParams,
          querystring: keyDayQuery,
          response: { 200: keyDayCalendar },
        },
      },
      async (request) => getKeyDayCalendar(contextOf(request, deps), request.params.id, request.query.year),
    );
    app.post(
      '/api/bodies/:id/key-days',
      {
        schema: {
          tags,
          summary:
            'Take the body’s event for a key day (or create it) and ask the bodies of some kinds below to hold their own (one shell each)',
          params: idParams,
          body: keyDayScheduleInput,
          response: { 200: keyDayScheduled },
        },
      },
      async (request) => scheduleKeyDay(contextOf(request, deps), request.params.id, request.body),
    );
  };
