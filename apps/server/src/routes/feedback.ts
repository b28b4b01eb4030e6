import {
  feedbackAnswerInput,
  feedbackItem,
  feedbackPage,
  feedbackPublishInput,
  feedbackQuery,
  feedbackRejectInput,
  feedbackRouteInput,
} from '@lantoa/api-contract/feedback';
import { fileResponse, MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { answerFeedback } from '../use-cases/feedback/answer-feedback.ts';
import { getFeedback } from '../use-cases/feedback/get-feedback.ts';
import { listFeedback } from '../use-cases/feedback/list-feedback.ts';
import { publishFeedback } from '../use-cases/feedback/publish-feedback.ts';
import { readFeedbackPhoto } from '../use-cases/feedback/read-feedback-photo.ts';
import { rejectFeedback } from '../use-cases/feedback/reject-feedback.ts';
import { routeFeedback } from '../use-cases/feedback/route-feedback.ts';
import { idParams } from './schemas.ts';
import { sendStoredFile } from './uploads.ts';

/**
 * Citizens' feedback as staff handle it: the site's coordinators route each item to a body of the
 * site, publish the question and answer or refuse the item; the body it was routed to answers it.
 */
export const feedbackRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['feedback'];
    const itemResponse = { 200: feedbackItem };

    app.get(
      '/api/feedback',
      {
        schema: {
          tags,
          summary:
            'The inbox: items of the sites the reader communicates for and items routed to their bodies, one tab at a time, with counts per tab',
          querystring: feedbackQuery,
          response: { 200: feedbackPage },
        },
      },
      async (request) => listFeedback(contextOf(request, deps), request.query),
    );
    app.get(
      '/api/feedback/:id',
      {
        schema: {
          tags,
          summary:
            'An item: text, place, contact details, answer and publication (to the site’s coordinators and the handler only)',
          params: idParams,
          response: itemResponse,
        },
      },
      async (request) => getFeedback(contextOf(request, deps), request.params.id),
    );
    app.get(
      '/api/feedback/:id/photo',
      {
        schema: {
          tags,
          summary: 'The photo sent with an item (never public)',
          params: idParams,
          response: {
            200: fileResponse('The picture: a raster image inline, anything else as an attachment', [
              'image/*',
              MEDIA_TYPES.any,
            ]),
          },
        },
      },
      async (request, reply) => {
        const files = filesOf(deps);
        const file = await readFeedbackPhoto(contextOf(request, deps), files, request.params.id);
        return sendStoredFile(request, reply, files, file);
      },
    );
    app.post(
      '/api/feedback/:id/route',
      {
        schema: {
          tags,
          summary:
            'Route an item to a body of its site (again, until answered); the deadline is today plus the site’s days',
          params: idParams,
          body: feedbackRouteInput,
          response: itemResponse,
        },
      },
      async (request) => routeFeedback(contextOf(request, deps), request.params.id, request.body),
    );
    app.put(
      '/api/feedback/:id/answer',
      {
        schema: {
          tags,
          summary:
            'The handler answers (and corrects the answer until it is published; optimistic on version)',
          params: idParams,
          body: feedbackAnswerInput,
          response: itemResponse,
        },
      },
      async (request) => answerFeedback(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/feedback/:id/publish',
      {
        schema: {
          tags,
          summary:
            'Publish the question and answer as edited (personal data removed from the question); corrects a published one',
          params: idParams,
          body: feedbackPublishInput,
          response: itemResponse,
        },
      },
      async (request) => publishFeedback(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/feedback/:id/reject',
      {
        schema: {
          tags,
          summary: 'Do not take an item in (spam, abusive, out of scope, duplicate), with a note',
          params: idParams,
          body: feedbackRejectInput,
          response: itemResponse,
        },
      },
      async (request) => rejectFeedback(contextOf(request, deps), request.params.id, request.body),
    );
  };
