import {
  misinformationAssignInput,
  misinformationBulletinInput,
  misinformationCase,
  misinformationCloseInput,
  misinformationCommunes,
  misinformationPage,
  misinformationQuery,
  misinformationReported,
  misinformationReportInput,
  misinformationResponseInput,
  misinformationTriageInput,
} from '@lantoa/api-contract/misinformation';
import { fileResponse, MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import type { UploadedFile } from '../use-cases/files/store-file.ts';
import { assignMisinformation } from '../use-cases/misinformation/assign-misinformation.ts';
import { closeMisinformation } from '../use-cases/misinformation/close-misinformation.ts';
import { getMisinformation } from '../use-cases/misinformation/get-misinformation.ts';
import { screenshotLimits } from '../use-cases/misinformation/insert-case.ts';
import { listMisinformation } from '../use-cases/misinformation/list-misinformation.ts';
import { listMisinformationCommunes } from '../use-cases/misinformation/list-misinformation-communes.ts';
import { readMisinformationScreenshot } from '../use-cases/misinformation/read-misinformation-screenshot.ts';
import { reportMisinformation } from '../use-cases/misinformation/report-misinformation.ts';
import { respondToMisinformation } from '../use-cases/misinformation/respond-misinformation.ts';
import { sendCorrectionBulletins } from '../use-cases/misinformation/send-correction-bulletins.ts';
import { triageMisinformation } from '../use-cases/misinformation/triage-misinformation.ts';
import { idParams } from './schemas.ts';
import { readUpload, sendStoredFile } from './uploads.ts';

/**
 * Reports of false information as staff handle them: any body reports one; the province's people
 * assign it to the culture department, whose people triage it, answer it (a correction published,
 * the platform told, priority bulletins at the affected communes) and close it.
 */
export const misinformationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['misinformation'];
    const limits = screenshotLimits(deps.config.uploadLimits);
    const caseResponse = { 200: misinformationCase };

    app.get(
      '/api/misinformation',
      {
        schema: {
          tags,
          summary:
            'Cases the reader sees (of the provinces, handling or reporting bodies they read), newest first, with counts per status',
          querystring: misinformationQuery,
          response: { 200: misinformationPage },
        },
      },
      async (request) => listMisinformation(contextOf(request, deps), request.query),
    );
    app.post(
      '/api/misinformation',
      {
        schema: {
          tags,
          summary:
            'Report a post or article for the actor’s body: JSON, or multipart with the fields then a screenshot (a link or a screenshot, at least one)',
          consumes: ['application/json', 'multipart/form-data'],
          response: { 201: misinformationReported },
        },
      },
      async (request, reply) => {
        let fields: unknown = request.body;
        let screenshot: UploadedFile | undefined;
        if (request.isMultipart()) {
          const upload = await readUpload(request, limits.maxImageBytes);
          fields = upload.fields;
          screenshot = upload.file;
        }
        const input = misinformationReportInput.parse(fields);
        const reported = await reportMisinformation(
          contextOf(request, deps),
          filesOf(deps),
          { ...input, screenshot },
          limits,
        );
        return reply.status(201).send(reported);
      },
    );
    app.get(
      '/api/misinformation/:id',
      {
        schema: {
          tags,
          summary:
            'A case: the report, verification, response and bulletins (contact details to its handlers only)',
          params: idParams,
          response: caseResponse,
        },
      },
      async (request) => getMisinformation(contextOf(request, deps), request.params.id),
    );
    app.get(
      '/api/misinformation/:id/screenshot',
      {
        schema: {
          tags,
          summary: 'The screenshot sent with a case',
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
        const file = await readMisinformationScreenshot(contextOf(request, deps), files, request.params.id);
        return sendStoredFile(request, reply, files, file);
      },
    );
    app.get(
      '/api/misinformation/:id/communes',
      {
        schema: {
          tags,
          summary:
            'The communes of the case’s province its priority bulletins may go to, with their stations',
          params: idParams,
          response: { 200: misinformationCommunes },
        },
      },
      async (request) => listMisinformationCommunes(contextOf(request, deps), request.params.id),
    );
    app.post(
      '/api/misinformation/:id/assign',
      {
        schema: {
          tags,
          summary: 'Give the case to the body that triages it (the culture department by default)',
          params: idParams,
          body: misinformationAssignInput,
          response: caseResponse,
        },
      },
      async (request) => assignMisinformation(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/misinformation/:id/triage',
      {
        schema: {
          tags,
          summary: 'Record the verdict (false, misleading, hostile, not false) and how it was verified',
          params: idParams,
          body: misinformationTriageInput,
          response: caseResponse,
        },
      },
      async (request) => triageMisinformation(contextOf(request, deps), request.params.id, request.body),
    );
    app.put(
      '/api/misinformation/:id/response',
      {
        schema: {
          tags,
          summary:
            'Record the response: a note, the correction (published on the public page, personal data removed), the platform told',
          params: idParams,
          body: misinformationResponseInput,
          response: caseResponse,
        },
      },
      async (request) => respondToMisinformation(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/misinformation/:id/bulletins',
      {
        schema: {
          tags,
          summary:
            'Send the published correction as one priority bulletin per commune picked, in one step (each read out by the speech job)',
          params: idParams,
          body: misinformationBulletinInput,
          response: caseResponse,
        },
      },
      async (request) => {
        const answer = await sendCorrectionBulletins(
          contextOf(request, deps),
          request.params.id,
          request.body,
        );
        deps.worker?.kick();
        return answer;
      },
    );
    app.post(
      '/api/misinformation/:id/close',
      {
        schema: {
          tags,
          summary: 'Close the case',
          params: idParams,
          body: misinformationCloseInput,
          response: caseResponse,
        },
      },
      async (request) => closeMisinformation(contextOf(request, deps), request.params.id, request.body),
    );
  };
