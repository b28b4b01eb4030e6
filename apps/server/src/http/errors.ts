import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';

/** Documented error codes and their HTTP statuses: the one place where the mapping lives. */
export const ERROR_STATUS = {
  invalid_input: 400,
  unauthenticated: 401,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  payload_too_large: 413,
  unsupported_media: 415,
  rate_limited: 429,
  locked: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** An error meant for the user: `message` is Vietnamese and says what to do. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.code = code;
    this.field = field;
  }
}

/** Someone else saved first (optimistic `version`): reload and change again. */
export const staleVersion = (what: string) =>
  new AppError('stale_version', `${what} vừa được người khác sửa. Hãy tải lại trang.`);

/** Missing and forbidden answer alike, so ids of other bodies reveal nothing. */
export const notFound = (what = 'mục') =>
  new AppError('not_found', `Không tìm thấy ${what} hoặc bạn không có quyền xem. Kiểm tra lại đường dẫn.`);

function send(reply: FastifyReply, code: ErrorCode, message: string, field?: string) {
  return reply.status(ERROR_STATUS[code]).send({ error: { code, message, ...(field ? { field } : {}) } });
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return send(reply, error.code, error.message, error.field);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const field = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || undefined;
    const message = field
      ? `Trường «${field}»: ${first?.message}`
      : `Dữ liệu không hợp lệ: ${first?.message}`;
    return send(reply, 'invalid_input', message, field);
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return send(reply, 'payload_too_large', 'Dữ liệu gửi lên quá lớn. Hãy gửi nội dung nhỏ hơn.');
  }
  if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
    return send(
      reply,
      'payload_too_large',
      'Tệp quá lớn so với giới hạn cho phép. Hãy nén hoặc chọn tệp nhỏ hơn.',
      'file',
    );
  }
  if (error instanceof ZodError) {
    const first = error.issues[0];
    const field = first?.path.join('.') || undefined;
    return send(
      reply,
      'invalid_input',
      field ? `Trường «${field}»: ${first?.message}` : 'Dữ liệu không hợp lệ.',
      field,
    );
  }
  if (error.statusCode === 429) {
    return send(reply, 'rate_limited', 'Bạn thao tác quá nhanh. Vui lòng đợi một phút rồi thử lại.');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return reply.status(error.statusCode).send({
      error: { code: 'invalid_input', message: 'Yêu cầu không hợp lệ. Kiểm tra lại dữ liệu đã gửi.' },
    });
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 'internal', 'Đã có lỗi trên máy chủ. Vui lòng thử lại sau hoặc báo quản trị viên.');
}
