import { cascade, cascadeQuery, cascadeReminded, cascadeWorkbook } from '@lantoa/api-contract/cascade';
import { MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { exportCascadeWorkbook } from '../use-cases/plans/export-cascade-workbook.ts';
import { listCascade } from '../use-cases/plans/list-cascade.ts';
import { remindCascade } from '../use-cases/plans/remind-cascade.ts';
import { outgoingMail } from '../use-cases/shared/outgoing-mail.ts';
import { idParams, page, pageSize } from './schemas.ts';
import { sendAttachment } from './uploads.ts';

export const cascadeRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['plans'];
    app.get(
      '/api/plans/:id/cascade',
      {
        schema: {
          tags,
          summary:
            'The communes and wards below the issuer: plan issued, conformance, work, report; one page of the filtered list',
          params: idParams,
          querystring: cascadeQuery.extend({ page, pageSize }),
          response: { 200: cascade },
        },
      },
      async (request) => listCascade(contextOf(request, deps), request.params.id, request.query),
    );

    app.get(
      '/api/plans/:id/cascade.xlsx',
      {
        schema: {
          tags,
          summary: 'The whole filtered cascade as .xlsx, titled with its filters and day',
          params: idParams,
          querystring: cascadeQuery,
          response: { 200: cascadeWorkbook },
        },
      },
      async (request, reply) => {
        const file = await exportCascadeWorkbook(contextOf(request, deps), request.params.id, request.query);
        return sendAttachment(reply, MEDIA_TYPES.xlsx, file.name, file.bytes);
      },
    );

    app.post(
      '/api/plans/:id/cascade/remind',
      {
        schema: {
          tags,
          summary: 'Remind the listed communes and wards that have not issued their plan or not reported',
          params: idParams,
          body: cascadeQuery,
          response: { 200: cascadeReminded },
        },
      },
      async (request) =>
        remindCascade(contextOf(request, deps), request.params.id, request.body, outgoingMail(deps.config)),
    );
  };
