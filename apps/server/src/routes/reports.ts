import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { changeReportStatus } from '../use-cases/reports/change-report-status.ts';
import { getCompleteness } from '../use-cases/reports/get-completeness.ts';
import { getReportForm } from '../use-cases/reports/get-report-form.ts';
import { getRollUp, getSeries } from '../use-cases/reports/get-rollup.ts';
import { createIndicator, listIndicators, updateIndicator } from '../use-cases/reports/indicators.ts';
import { listPeriods } from '../use-cases/reports/list-periods.ts';
import { saveReport } from '../use-cases/reports/save-report.ts';
import { idParams } from './schemas.ts';

const reportParams = z.object({ periodId: z.uuid(), bodyId: z.uuid() });
const amount = z.number().finite().min(0).max(1e12);
const indicatorInput = z.object({
  name: z.string().trim().min(1).max(500),
  numeratorLabel: z.string().trim().min(1).max(500),
  denominatorLabel: z.string().trim().min(1).max(500),
  unit: z.string().trim().min(1).max(20).default('%'),
  targets: z
    .array(
      z.object({
        year: z.number().int().min(2000).max(2100),
        comparator: z.enum(['=', '>=', '<=']),
        value: amount,
      }),
    )
    .max(30),
});

export const reportRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['reports'];
    app.get(
      '/api/plans/:id/indicators',
      { schema: { tags, summary: 'A plan’s indicators and yearly targets', params: idParams } },
      async (request) => listIndicators(contextOf(request, deps), request.params.id),
    );
    app.post(
      '/api/plans/:id/indicators',
      { schema: { tags, summary: 'Add an indicator', params: idParams, body: indicatorInput } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createIndicator(contextOf(request, deps), request.params.id, request.body)),
    );
    app.patch(
      '/api/indicators/:id',
      {
        schema: {
          tags,
          summary: 'Edit an indicator (optimistic: send the version you loaded)',
          params: idParams,
          body: indicatorInput.extend({ version: z.number().int().min(1) }),
        },
      },
      async (request, reply) => {
        await updateIndicator(contextOf(request, deps), request.params.id, request.body);
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/indicators/:id/rollup',
      {
        schema: {
          tags,
          summary: 'Live roll-up at a body and its children, against the target of the year',
          params: idParams,
          querystring: z.object({ periodId: z.uuid(), bodyId: z.uuid().optional() }),
        },
      },
      async (request) => getRollUp(contextOf(request, deps), request.params.id, request.query),
    );
    app.get(
      '/api/indicators/:id/series',
      {
        schema: {
          tags,
          summary: 'An indicator at a body over the periods',
          params: idParams,
          querystring: z.object({ bodyId: z.uuid().optional() }),
        },
      },
      async (request) => getSeries(contextOf(request, deps), request.params.id, request.query),
    );
    app.get(
      '/api/plans/:id/periods',
      { schema: { tags, summary: 'A plan’s reporting periods', params: idParams } },
      async (request) => listPeriods(contextOf(request, deps), request.params.id),
    );
    app.get(
      '/api/periods/:id/completeness',
      { schema: { tags, summary: 'Who has reported, on time or late, and who has not', params: idParams } },
      async (request) => getCompleteness(contextOf(request, deps), request.params.id),
    );
    app.get(
      '/api/periods/:periodId/reports/:bodyId',
      { schema: { tags, summary: 'A body’s report form for a period', params: reportParams } },
      async (request) =>
        getReportForm(contextOf(request, deps), request.params.periodId, request.params.bodyId),
    );
    app.put(
      '/api/periods/:periodId/reports/:bodyId',
      {
        schema: {
          tags,
          summary: 'Save the report (optimistic: version 0 creates it)',
          params: reportParams,
          body: z.object({
            results: z.string().max(20_000).optional(),
            difficulties: z.string().max(20_000).optional(),
            proposals: z.string().max(20_000).optional(),
            values: z
              .array(
                z.object({
                  indicatorId: z.uuid(),
                  numerator: amount,
                  denominator: amount,
                  note: z.string().max(2000).nullish(),
                }),
              )
              .max(200)
              .optional(),
            version: z.number().int().min(0),
          }),
        },
      },
      async (request) =>
        saveReport(contextOf(request, deps), request.params.periodId, request.params.bodyId, request.body),
    );
    app.post(
      '/api/periods/:periodId/reports/:bodyId/:transition',
      {
        schema: {
          tags,
          summary: 'Submit, return (with a comment), accept or unlock (with a reason) a report',
          params: reportParams.extend({ transition: z.enum(['submit', 'return', 'accept', 'unlock']) }),
          body: z.object({ comment: z.string().max(5000).optional(), version: z.number().int().min(1) }),
        },
      },
      async (request) =>
        changeReportStatus(contextOf(request, deps), request.params.periodId, request.params.bodyId, {
          transition: request.params.transition,
          ...request.body,
        }),
    );
  };
