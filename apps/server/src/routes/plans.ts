import { OCCURRENCE_STATES } from '@lantoa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { getConformance } from '../use-cases/plans/get-conformance.ts';
import { getPlan } from '../use-cases/plans/get-plan.ts';
import { getPlanImport } from '../use-cases/plans/get-plan-import.ts';
import { linkParentPlan } from '../use-cases/plans/link-parent-plan.ts';
import { listPlans } from '../use-cases/plans/list-plans.ts';
import { publishPlanImport } from '../use-cases/plans/publish-plan-import.ts';
import { updatePlanImport } from '../use-cases/plans/update-plan-import.ts';
import { uploadPlanImport } from '../use-cases/plans/upload-plan-import.ts';
import { documentDate, idParams, version } from './schemas.ts';
import { readUpload } from './uploads.ts';

const text = z.string().max(5000);
const timeframe = z
  .object({
    text: text,
    continuous: z.boolean().optional(),
    yearly: z.boolean().optional(),
    followsSuperior: z.boolean().optional(),
    years: z.array(z.number().int()).max(50).optional(),
    quarters: z.array(z.number().int().min(1).max(4)).max(4).optional(),
    months: z.array(z.number().int().min(1).max(12)).max(12).optional(),
    peaks: z
      .object({
        quarters: z.array(z.number().int()).optional(),
        months: z.array(z.number().int()).optional(),
      })
      .optional(),
  })
  .nullable();
const names = z.array(z.string().trim().min(1).max(500)).max(200);

/** The reviewed extraction (shared/spec/plan-extract.md) as the review screen sends it back. */
const planExtract = z.object({
  document: z.object({
    number: z.string().max(100).nullable(),
    kind: z.string().max(20).nullable(),
    issuer: z.string().max(300).nullable(),
    level: z.enum(['province', 'commune', 'ministry', 'other']).nullable(),
    place: z.string().max(100).nullable(),
    date: documentDate.nullable(),
    title: z.string().max(2000).nullable(),
    signer: z.object({ name: z.string().max(200), title: z.string().max(200).nullable() }).nullable(),
  }),
  basis: z.array(
    z.object({
      number: z.string().max(100),
      date: z.string().nullable(),
      issuer: z.string().nullable(),
      kind: z.string().nullable(),
    }),
  ),
  targets: z.array(
    z.object({
      year: z.number().int().min(1900).max(2200).nullable(),
      comparator: z.enum(['=', '>=', '<=']),
      value: z.number(),
      unit: z.string().max(20),
      text,
    }),
  ),
  tasks: z
    .array(
      z.object({
        ref: z.string().max(50),
        title: z.string().min(1).max(2000),
        lead: names,
        partners: names,
        timeframe,
      }),
    )
    .max(500),
  reporting: z.array(
    z.object({
      month: z.number().int().min(1).max(12).nullable(),
      day: z.number().int().min(1).max(31).nullable(),
      recurrence: z.enum(['yearly', 'once']).nullable(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      text,
    }),
  ),
  events: z.array(z.object({ month: z.number().int(), day: z.number().int(), name: z.string().max(300) })),
  responsibilities: z.array(z.object({ agency: z.string().max(500), duties: z.array(text) })),
  warnings: z.array(z.string()).default([]),
});

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
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request, deps);
        const { file, fields } = await readUpload(request, deps.config.maxPlanBytes);
        const parsed = z.object({ bodyId: z.uuid(), amendsPlanId: z.uuid().optional() }).parse(fields);
        const created = await uploadPlanImport(ctx, { ...parsed, file });
        deps.worker?.kick();
        return reply.status(202).send({ import: created });
      },
    );

    app.get(
      '/api/plan-imports/:id',
      { schema: { tags, summary: 'A plan import: status, draft, name matches', params: idParams } },
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
            extract: planExtract.optional(),
            // A plan names a few hundred bodies at most: a bound keeps the merged mapping and its audit small.
            mapping: z
              .record(z.string().max(500), z.array(z.uuid()).max(500))
              .refine((names) => Object.keys(names).length <= 2000, {
                error: 'Tối đa 2.000 tên cơ quan trong một lần lưu. Hãy lưu từng phần.',
              })
              .optional(),
            version,
          }),
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

    app.get('/api/plans', { schema: { tags, summary: 'Plans the actor may read' } }, async (request) => ({
      items: await listPlans(contextOf(request, deps)),
    }));

    app.get(
      '/api/plans/:id',
      {
        schema: {
          tags,
          summary: 'A plan: targets, tasks, assignments with counts per state, counts per body',
          params: idParams,
          querystring: z.object({ bodyId: z.uuid().optional(), state: z.enum(OCCURRENCE_STATES).optional() }),
        },
      },
      async (request) => getPlan(contextOf(request, deps), request.params.id, request.query),
    );

    app.get(
      '/api/plans/:id/conformance',
      { schema: { tags, summary: 'The plan beside the plan it is based on', params: idParams } },
      async (request) => getConformance(contextOf(request, deps), request.params.id),
    );

    app.put(
      '/api/plans/:id/parent',
      {
        schema: {
          tags,
          summary: 'Link the plan to the plan it is based on (null unlinks)',
          params: idParams,
          body: z.object({ parentPlanId: z.uuid().nullable() }),
        },
      },
      async (request) =>
        linkParentPlan(contextOf(request, deps), request.params.id, request.body.parentPlanId),
    );
  };
