import {
  evidencePreview,
  evidenceQuery,
  honourCertificatePdf,
  honourEvents,
  honourEventsQuery,
  nomination,
  nominationDecision,
  nominationInput,
  nominationListQuery,
  nominationPage,
  nominationUpdate,
} from '@lantoa/api-contract/honours';
import { MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { createNomination } from '../use-cases/honours/create-nomination.ts';
import { decideNomination } from '../use-cases/honours/decide-nomination.ts';
import { downloadHonourCertificate } from '../use-cases/honours/download-honour-certificate.ts';
import { getNomination } from '../use-cases/honours/get-nomination.ts';
import { issueHonourCertificate } from '../use-cases/honours/issue-honour-certificate.ts';
import { listHonourEvents } from '../use-cases/honours/list-honour-events.ts';
import { listNominations } from '../use-cases/honours/list-nominations.ts';
import { previewNominationEvidence } from '../use-cases/honours/preview-nomination-evidence.ts';
import { updateNomination } from '../use-cases/honours/update-nomination.ts';
import { idParams } from './schemas.ts';
import { sendAttachment } from './uploads.ts';

/**
 * Honours (khen thưởng): a body's nominations with the evidence the product holds, the decision of
 * the body above with its number, and the certificate of merit as PDF.
 */
export const honourRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['honours'];
    app.get(
      '/api/honour-nominations',
      {
        schema: {
          tags,
          summary:
            'The nominations the reader sees (or those waiting for the reader’s decision, or the reader’s own), by year, status and form, searched without diacritics',
          querystring: nominationListQuery,
          response: { 200: nominationPage },
        },
      },
      async (request) => listNominations(contextOf(request, deps), request.query),
    );
    app.get(
      '/api/bodies/:id/honour-evidence',
      {
        schema: {
          tags,
          summary:
            'Before nominating: the evidence the product holds of the nominee body’s year, and the paragraph of achievements drafted from it',
          params: idParams,
          querystring: evidenceQuery,
          response: { 200: evidencePreview },
        },
      },
      async (request) =>
        previewNominationEvidence(contextOf(request, deps), request.params.id, request.query),
    );
    app.get(
      '/api/bodies/:id/honour-events',
      {
        schema: {
          tags,
          summary:
            'The events of a year a body’s nomination may name: its own and those of the bodies above it',
          params: idParams,
          querystring: honourEventsQuery,
          response: { 200: honourEvents },
        },
      },
      async (request) => listHonourEvents(contextOf(request, deps), request.params.id, request.query.year),
    );
    app.post(
      '/api/bodies/:id/honour-nominations',
      {
        schema: {
          tags,
          summary:
            'The body nominates itself, a body below it or one of their people (the evidence kept with it; the same nominee, form and year once)',
          params: idParams,
          body: nominationInput,
          response: { 201: nomination },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createNomination(contextOf(request, deps), request.params.id, request.body)),
    );
    app.get(
      '/api/honour-nominations/:id',
      {
        schema: {
          tags,
          summary: 'A nomination with its evidence, its decision and what the reader may do',
          params: idParams,
          response: { 200: nomination },
        },
      },
      async (request) => getNomination(contextOf(request, deps), request.params.id),
    );
    app.put(
      '/api/honour-nominations/:id',
      {
        schema: {
          tags,
          summary: 'Correct a nomination waiting for its decision (optimistic on version; decided: 409)',
          params: idParams,
          body: nominationUpdate,
          response: { 200: nomination },
        },
      },
      async (request) => updateNomination(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/honour-nominations/:id/decision',
      {
        schema: {
          tags,
          summary:
            'The body above the nominating one decides: approved with the decision’s number and date, or rejected with a reason',
          params: idParams,
          body: nominationDecision,
          response: { 200: nomination },
        },
      },
      async (request) => decideNomination(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/honour-nominations/:id/certificate',
      {
        schema: {
          tags,
          summary:
            'Issue the certificate of merit of an approved nomination (numbered once; asked again, the same number)',
          params: idParams,
          response: { 200: nomination },
        },
      },
      async (request) => issueHonourCertificate(contextOf(request, deps), request.params.id),
    );
    app.get(
      '/api/honour-nominations/:id/certificate.pdf',
      {
        schema: {
          tags,
          summary: 'The certificate of merit as PDF, once issued',
          params: idParams,
          response: { 200: honourCertificatePdf },
        },
      },
      async (request, reply) => {
        const { name, pdf } = await downloadHonourCertificate(contextOf(request, deps), request.params.id);
        return sendAttachment(reply, MEDIA_TYPES.pdf, name, pdf);
      },
    );
  };
