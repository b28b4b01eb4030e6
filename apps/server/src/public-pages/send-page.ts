import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_STATUS } from '../http/errors.ts';
import { errorPage, type Page } from './html.ts';

/** Sends a page with its own policy, gzipped when the client accepts it (phones on slow networks). */
export function sendHtml(request: FastifyRequest, reply: FastifyReply, status: number, page: Page) {
  reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', page.csp)
    .header('cache-control', 'no-cache')
    .header('vary', 'accept-encoding');
  if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    return reply.header('content-encoding', 'gzip').send(gzipSync(page.html, { level: 9 }));
  }
  return reply.send(page.html);
}

const TOO_MANY = errorPage(
  'Quá nhiều yêu cầu',
  'Có quá nhiều yêu cầu từ địa chỉ của bạn. Hãy chờ một phút rồi tải lại trang.',
);

const REFUSED = errorPage(
  'Yêu cầu không hợp lệ',
  'Trang không đọc được nội dung gửi lên (sai định dạng, bị cắt giữa chừng hoặc quá lớn). Hãy tải lại trang, nhập lại rồi gửi.',
);

/**
 * The error handler of a group of public pages: their errors answer with an HTML page, not JSON — the
 * group's own "not found" page for a bad or unknown address, "too many requests", the user's error
 * with its message and status, a request refused before its handler (a body of a type no form sends,
 * cut short, too large) with its 4xx — it is the client's fault, not the server's — else `failure`.
 */
export function publicPageErrors(notFound: (url: string) => Page, failure: string) {
  return (
    error: { statusCode?: number; validation?: unknown },
    request: FastifyRequest,
    reply: FastifyReply,
  ) => {
    if (error.validation || (error instanceof AppError && error.code === 'not_found')) {
      return sendHtml(request, reply, 404, notFound(request.url));
    }
    if (error.statusCode === 429) return sendHtml(request, reply, 429, TOO_MANY);
    if (error instanceof AppError && ERROR_STATUS[error.code] < 500) {
      return sendHtml(
        request,
        reply,
        ERROR_STATUS[error.code],
        errorPage('Không thực hiện được', error.message),
      );
    }
    const status = error.statusCode ?? 500;
    if (!(error instanceof AppError) && status >= 400 && status < 500) {
      return sendHtml(request, reply, status, REFUSED);
    }
    request.log.error(error);
    return sendHtml(request, reply, 500, errorPage('Đã có lỗi', failure));
  };
}
