import { errorBody } from '@lantoa/api-contract/common';
import { reviewDocx, reviewPdf, reviewQuery, reviewReport } from '@lantoa/api-contract/reviews';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { draftReviewReport } from '../use-cases/reviews/draft-review-report.ts';
import { renderReviewReport } from '../use-cases/reviews/render-review-report.ts';
import { idParams } from './schemas.ts';
import { sendAttachment } from './uploads.ts';

/**
 * A plan's yearly review (sơ kết năm) and final review (tổng kết): the draft made from the plan's
 * data, and the edited draft taken back as .docx or .pdf (Decree 30/2020 layout).
 */
export const reviewRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['reviews'];
    /** The review as the coordinator edited it, rendered as `format` for download. */
    const renderedAs =
      (format: 'docx' | 'pdf') =>
      async (
        request: FastifyRequest<{ Params: { id: string }; Body: z.output<typeof reviewReport> }>,
        reply: FastifyReply,
      ) => {
        const file = await renderReviewReport(
          contextOf(request, deps),
          request.params.id,
          request.body,
          format,
        );
        return sendAttachment(reply, file.mediaType, file.name, file.bytes);
      };

    app.get(
      '/api/plans/:id/review',
      {
        schema: {
          tags,
          summary:
            'The yearly review (kind=yearly, year) or the final review (kind=final) as an editable draft',
          params: idParams,
          querystring: reviewQuery,
          response: { 200: reviewReport },
        },
      },
      async (request) => draftReviewReport(contextOf(request, deps), request.params.id, request.query),
    );
    app.post(
      '/api/plans/:id/review.docx',
      {
        schema: {
          tags,
          summary: 'The (edited) review as .docx (Decree 30/2020)',
          params: idParams,
          body: reviewReport,
          response: { 200: reviewDocx },
        },
      },
      renderedAs('docx'),
    );
    app.post(
      '/api/plans/:id/review.pdf',
      {
        schema: {
          tags,
          summary: 'The (edited) review as PDF, through LibreOffice',
          params: idParams,
          body: reviewReport,
          response: {
            200: reviewPdf,
            503: errorBody.describe('LibreOffice is not installed or failed to convert'),
          },
        },
      },
      renderedAs('pdf'),
    );
  };
