import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { errorPage, type Page } from '../public-pages/html.ts';
import { quizPageHtml } from '../public-pages/quiz-page.ts';
import { getPublicContest } from '../use-cases/quiz/get-public-contest.ts';

/** Sends a page with its own policy, gzipped when the client accepts it (phones on slow networks). */
function sendHtml(request: FastifyRequest, reply: FastifyReply, status: number, page: Page) {
  reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', page.csp)
    .header('cache-control', 'no-cache')
    .header('vary', 'accept-encoding');
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (/\bgzip\b/.test(accepts)) {
    return reply.header('content-encoding', 'gzip').send(gzipSync(page.html, { level: 9 }));
  }
  return reply.send(page.html);
}

const NOT_FOUND = errorPage(
  'Không tìm thấy cuộc thi',
  'Cuộc thi này không tồn tại hoặc chưa được công bố. Hãy kiểm tra lại đường dẫn do ban tổ chức gửi.',
);

/** Server-rendered public pages: the contest page a participant opens on a phone. */
export const publicPageRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Encapsulated: errors of these routes answer with an HTML page, not JSON.
    app.setErrorHandler((error: { statusCode?: number; validation?: unknown }, request, reply) => {
      if (error.validation || (error instanceof AppError && error.code === 'not_found')) {
        return sendHtml(request, reply, 404, NOT_FOUND);
      }
      if (error.statusCode === 429) {
        return sendHtml(
          request,
          reply,
          429,
          errorPage(
            'Quá nhiều yêu cầu',
            'Có quá nhiều yêu cầu từ địa chỉ của bạn. Hãy chờ một phút rồi tải lại trang.',
          ),
        );
      }
      request.log.error(error);
      return sendHtml(
        request,
        reply,
        500,
        errorPage('Đã có lỗi', 'Máy chủ gặp sự cố khi mở trang cuộc thi. Hãy tải lại trang sau ít phút.'),
      );
    });

    app.get(
      '/thi/:contestId',
      {
        schema: {
          tags: ['public'],
          summary: 'The contest page (HTML): info, registration, quiz, results',
          params: z.object({ contestId: z.uuid() }),
        },
        config: { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const contest = await getPublicContest(deps.handle.db, request.params.contestId);
        return sendHtml(request, reply, 200, quizPageHtml(contest, new Date()));
      },
    );
  };
