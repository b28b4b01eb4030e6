import { errorBody, noContent } from '@lantoa/api-contract/common';
import { templateImport, templateWorkbook } from '@lantoa/api-contract/report-template';
import {
  completeness,
  consolidatedDocx,
  consolidatedPdf,
  consolidatedReport,
  created,
  indicatorInput,
  indicatorList,
  period,
  periodList,
  reminded,
  reportForm,
  reportSave,
  reportSaved,
  reportStatusChanged,
  rollUp,
  series,
  valueBasis,
  valuesWorkbook,
} from '@lantoa/api-contract/reports';
import { MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps, Context } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { MAX_WORKBOOK_BYTES } from '../use-cases/files/read-uploaded-workbook.ts';
import { changeReportStatus } from '../use-cases/reports/change-report-status.ts';
import { createIndicator } from '../use-cases/reports/create-indicator.ts';
import { createPeriod } from '../use-cases/reports/create-period.ts';
import { draftConsolidatedReport } from '../use-cases/reports/draft-consolidated-report.ts';
import { exportTemplateWorkbook } from '../use-cases/reports/export-template-workbook.ts';
import { exportValuesWorkbook } from '../use-cases/reports/export-values-workbook.ts';
import { getCompleteness } from '../use-cases/reports/get-completeness.ts';
import { getReportForm } from '../use-cases/reports/get-report-form.ts';
import { getRollUp } from '../use-cases/reports/get-rollup.ts';
import { getSeries } from '../use-cases/reports/get-series.ts';
import { importTemplate } from '../use-cases/reports/import-template.ts';
import { listIndicators } from '../use-cases/reports/list-indicators.ts';
import { listPeriods } from '../use-cases/reports/list-periods.ts';
import { remindMissingReports } from '../use-cases/reports/remind-missing-reports.ts';
import { renderConsolidatedReport } from '../use-cases/reports/render-consolidated-report.ts';
import { saveReport } from '../use-cases/reports/save-report.ts';
import { updateIndicator } from '../use-cases/reports/update-indicator.ts';
import { outgoingMail } from '../use-cases/shared/outgoing-mail.ts';
import { idParams, isoDate, text, version } from './schemas.ts';
import { readUpload, sendAttachment } from './uploads.ts';

const reportParams = z.object({ periodId: z.uuid(), bodyId: z.uuid() });
export const reportRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['reports'];
    app.get(
      '/api/plans/:id/indicators',
      {
        schema: {
          tags,
          summary: 'A plan’s indicators and yearly targets',
          params: idParams,
          response: { 200: indicatorList },
        },
      },
      async (request) => listIndicators(contextOf(request, deps), request.params.id),
    );
    app.post(
      '/api/plans/:id/indicators',
      {
        schema: {
          tags,
          summary: 'Add an indicator',
          params: idParams,
          body: indicatorInput,
          response: { 201: created },
        },
      },
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
          body: indicatorInput.extend({ version }),
          response: { 204: noContent },
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
          querystring: z.object({
            periodId: z.uuid(),
            bodyId: z.uuid().optional(),
            basis: valueBasis.default('submitted'),
          }),
          response: { 200: rollUp },
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
          querystring: z.object({ bodyId: z.uuid().optional(), basis: valueBasis.default('submitted') }),
          response: { 200: series },
        },
      },
      async (request) => getSeries(contextOf(request, deps), request.params.id, request.query),
    );
    app.get(
      '/api/plans/:id/periods',
      {
        schema: {
          tags,
          summary: 'A plan’s reporting periods',
          params: idParams,
          response: { 200: periodList },
        },
      },
      async (request) => listPeriods(contextOf(request, deps), request.params.id),
    );
    app.post(
      '/api/plans/:id/periods',
      {
        schema: {
          tags,
          summary: 'Add a reporting period by hand',
          params: idParams,
          body: z.object({
            label: text(200),
            dataFrom: isoDate,
            dataTo: isoDate,
            dueOn: isoDate,
          }),
          response: { 201: period },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createPeriod(contextOf(request, deps), request.params.id, request.body)),
    );
    app.get(
      '/api/periods/:id/completeness',
      {
        schema: {
          tags,
          summary: 'Who has reported, on time or late, and who has not',
          params: idParams,
          response: { 200: completeness },
        },
      },
      async (request) => getCompleteness(contextOf(request, deps), request.params.id),
    );
    app.get(
      '/api/periods/:periodId/reports/:bodyId',
      {
        schema: {
          tags,
          summary: 'A body’s report form for a period',
          params: reportParams,
          response: { 200: reportForm },
        },
      },
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
          body: reportSave,
          response: { 200: reportSaved },
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
          body: z.object({ comment: z.string().max(5000).optional(), version }),
          response: { 200: reportStatusChanged },
        },
      },
      async (request) =>
        changeReportStatus(contextOf(request, deps), request.params.periodId, request.params.bodyId, {
          transition: request.params.transition,
          ...request.body,
        }),
    );

    /** The consolidated report as the coordinator edited it, rendered as `format` for download. */
    const renderedAs =
      (format: 'docx' | 'pdf') =>
      async (
        request: FastifyRequest<{ Params: { id: string }; Body: z.output<typeof consolidatedReport> }>,
        reply: FastifyReply,
      ) => {
        const file = await renderConsolidatedReport(
          contextOf(request, deps),
          request.params.id,
          request.body,
          format,
        );
        return sendAttachment(reply, file.mediaType, file.name, file.bytes);
      };
    /** A workbook of the period that `make` builds, for download as `name`. */
    const periodWorkbook =
      (name: string, make: (ctx: Context, periodId: string) => Promise<Uint8Array>) =>
      async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) =>
        sendAttachment(
          reply,
          MEDIA_TYPES.xlsx,
          name,
          await make(contextOf(request, deps), request.params.id),
        );

    app.get(
      '/api/periods/:id/consolidated',
      {
        schema: {
          tags,
          summary: 'The consolidated report as an editable draft',
          params: idParams,
          response: { 200: consolidatedReport },
        },
      },
      async (request) => draftConsolidatedReport(contextOf(request, deps), request.params.id),
    );
    app.post(
      '/api/periods/:id/consolidated.docx',
      {
        schema: {
          tags,
          summary: 'The (edited) consolidated report as .docx (Decree 30/2020)',
          params: idParams,
          body: consolidatedReport,
          response: { 200: consolidatedDocx },
        },
      },
      renderedAs('docx'),
    );
    app.post(
      '/api/periods/:id/consolidated.pdf',
      {
        schema: {
          tags,
          summary: 'The (edited) consolidated report as PDF, through LibreOffice',
          params: idParams,
          body: consolidatedReport,
          response: {
            200: consolidatedPdf,
            503: errorBody.describe('LibreOffice is not installed or failed to convert'),
          },
        },
      },
      renderedAs('pdf'),
    );
    app.get(
      '/api/periods/:id/values.xlsx',
      {
        schema: {
          tags,
          summary: 'Every value of the period as .xlsx',
          params: idParams,
          response: { 200: valuesWorkbook },
        },
      },
      periodWorkbook('so-lieu.xlsx', exportValuesWorkbook),
    );
    app.get(
      '/api/periods/:id/template.xlsx',
      {
        schema: {
          tags,
          summary: 'Excel template to enter many bodies’ values',
          params: idParams,
          response: { 200: templateWorkbook },
        },
      },
      periodWorkbook('mau-nhap-so-lieu.xlsx', exportTemplateWorkbook),
    );
    app.post(
      '/api/periods/:id/template',
      {
        schema: {
          tags,
          summary: 'Upload a filled template; answers the rows saved and a per-row error list',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 200: templateImport },
        },
      },
      async (request) => {
        const ctx = contextOf(request, deps);
        const { file } = await readUpload(request, MAX_WORKBOOK_BYTES);
        return importTemplate(ctx, request.params.id, file);
      },
    );
    app.post(
      '/api/periods/:id/remind',
      {
        schema: {
          tags,
          summary: 'Remind the bodies that have not submitted',
          params: idParams,
          response: { 200: reminded },
        },
      },
      async (request) =>
        remindMissingReports(contextOf(request, deps), request.params.id, outgoingMail(deps.config)),
    );
  };
