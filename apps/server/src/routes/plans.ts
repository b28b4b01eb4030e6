import { errorBody } from '@lantoa/api-contract/common';
import {
  conformance,
  planDetail,
  planImport,
  planImportQueued,
  planList,
  publishSummary,
} from '@lantoa/api-contract/plans';
import { fileResponse, MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import { OCCURRENCE_STATES } from '@lantoa/domain';
import { reviewedPlanExtract } from '@lantoa/plan-parser/extract-schema';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { draftChildPlan } from '../use-cases/plans/draft-child-plan.ts';
import { exportPlanDocument } from '../use-cases/plans/export-plan-document.ts';
import { getConformance } from '../use-cases/plans/get-conformance.ts';
import { getPlan } from '../use-cases/plans/get-plan.ts';
import { getPlanImport } from '../use-cases/plans/get-plan-import.ts';
import { linkParentPlan } from '../use-cases/plans/link-parent-plan.ts';
import { listPlans } from '../use-cases/plans/list-plans.ts';
import { publishPlanImport } from '../use-cases/plans/publish-plan-import.ts';
import { updatePlanImport } from '../use-cases/plans/update-plan-import.ts';
import { uploadPlanImport } from '../use-cases/plans/upload-plan-import.ts';
import { idParams, version } from './schemas.ts';
import { readUpload, sendAttachment } from './uploads.ts';

export const planRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['plans'];
    app.post(
      '/api/plan-imports',
      {
        schema: {
          tags,
          summary: 'Upload a plan document (multipart: fields bodyId, amendsPlanId?, then file)',
          consumes: ['multipart/form-data'],
          response: { 202: planImportQueued },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request, deps);
        const { file, fields } = await readUpload(request, deps.config.maxPlanBytes);
        const parsed = z.object({ bodyId: z.uuid(), amendsPlanId: z.uuid().optional() }).parse(fields);
        const created = await uploadPlanImport(ctx, filesOf(deps), { ...parsed, file });
        deps.worker?.kick();
        return reply.status(202).send({ import: created });
      },
    );

    app.get(
      '/api/plan-imports/:id',
      {
        schema: {
          tags,
          summary: 'A plan import: status, draft, name matches',
          params: idParams,
          response: { 200: planImport },
        },
      },
      async (request) => getPlanImport(contextOf(request, deps), request.params.id),
    );

    app.patch(
      '/api/plan-imports/:id',
      {
        schema: {
          tags,
          summary: 'Save the reviewer’s corrections (optimistic: send the version you loaded)',
          params: idParams,
          body: z.object({
            extract: reviewedPlanExtract.optional(),
            // A plan names a few hundred bodies at most: a bound keeps the merged mapping and its audit small.
            mapping: z
              .record(z.string().max(500), z.array(z.uuid()).max(500))
              .refine((names) => Object.keys(names).length <= 2000, {
                error: 'Tối đa 2.000 tên cơ quan trong một lần lưu. Hãy lưu từng phần.',
              })
              .optional(),
            version,
          }),
          response: { 200: planImport },
        },
      },
      async (request) => updatePlanImport(contextOf(request, deps), request.params.id, request.body),
    );

    app.post(
      '/api/plan-imports/:id/publish',
      {
        schema: {
          tags,
          summary: 'Publish the reviewed plan',
          params: idParams,
          body: z.object({ version }),
          response: { 201: publishSummary },
        },
      },
      async (request, reply) => {
        const summary = await publishPlanImport(
          contextOf(request, deps),
          request.params.id,
          request.body.version,
        );
        return reply.status(201).send(summary);
      },
    );

    app.post(
      '/api/plans/:id/child-drafts',
      {
        schema: {
          tags,
          summary:
            'Draft the plan of a body below the issuer from this plan, as a plan import ready for review (the draft already open for that body when asked again)',
          params: idParams,
          body: z.object({ bodyId: z.uuid() }),
          response: { 201: planImportQueued },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await draftChildPlan(contextOf(request, deps), filesOf(deps), request.params.id, request.body),
          ),
    );

    app.get(
      '/api/plans',
      { schema: { tags, summary: 'Plans the actor may read', response: { 200: planList } } },
      async (request) => ({
        items: await listPlans(contextOf(request, deps)),
      }),
    );

    app.get(
      '/api/plans/:id',
      {
        schema: {
          tags,
          summary: 'A plan: targets, tasks, assignments with counts per state, counts per body',
          params: idParams,
          querystring: z.object({ bodyId: z.uuid().optional(), state: z.enum(OCCURRENCE_STATES).optional() }),
          response: { 200: planDetail },
        },
      },
      async (request) => getPlan(contextOf(request, deps), request.params.id, request.query),
    );

    app.get(
      '/api/plans/:id/conformance',
      {
        schema: {
          tags,
          summary: 'The plan beside the plan it is based on',
          params: idParams,
          response: { 200: conformance },
        },
      },
      async (request) => getConformance(contextOf(request, deps), request.params.id),
    );

    /** The plan as the official document of a Kế hoạch, written as `format` for download. */
    const planDocumentAs =
      (format: 'docx' | 'pdf') =>
      async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
        const file = await exportPlanDocument(contextOf(request, deps), request.params.id, format);
        return sendAttachment(reply, file.mediaType, file.name, file.bytes);
      };
    app.get(
      '/api/plans/:id/document.docx',
      {
        schema: {
          tags,
          summary: 'The plan as the .docx of a Kế hoạch (Decree 30/2020), ready to be signed',
          params: idParams,
          response: { 200: fileResponse('The plan as .docx', [MEDIA_TYPES.docx]) },
        },
      },
      planDocumentAs('docx'),
    );
    app.get(
      '/api/plans/:id/document.pdf',
      {
        schema: {
          tags,
          summary: 'The plan as the PDF of a Kế hoạch (Decree 30/2020), through LibreOffice',
          params: idParams,
          response: {
            200: fileResponse('The plan as PDF', [MEDIA_TYPES.pdf]),
            503: errorBody.describe('LibreOffice is not installed or failed to convert'),
          },
        },
      },
      planDocumentAs('pdf'),
    );

    app.put(
      '/api/plans/:id/parent',
      {
        schema: {
          tags,
          summary: 'Link the plan to the plan it is based on (null unlinks)',
          params: idParams,
          body: z.object({ parentPlanId: z.uuid().nullable() }),
          response: { 200: conformance },
        },
      },
      async (request) =>
        linkParentPlan(contextOf(request, deps), request.params.id, request.body.parentPlanId),
    );
  };
