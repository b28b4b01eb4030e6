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
  /** LibreOffice is missing or failed: the PDF cannot be made now, the .docx can. */
  pdf_unavailable: 503,
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
  new AppError(
    'stale_version',
    `${what} vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi làm lại.`,
  );

/** Missing and forbidden answer alike, so ids of other bodies reveal nothing. */
export const notFound = (what = 'mục') =>
  new AppError('not_found', `Không tìm thấy ${what} hoặc bạn không có quyền xem. Kiểm tra lại đường dẫn.`);

// PostgreSQL's verdicts on the values it was given (SQLSTATE classes 22 and 23), as the user should
// hear them. Validation refuses such input first; this is the net for what a schema has not caught
// yet, so a bad value is a 4xx that says what to fix, never a 500. Both engines (node-postgres and
// PGlite) put the SQLSTATE in `code` and the message's severity in `severity`.
const INVALID_TEXT = 'Dữ liệu có ký tự không hợp lệ (ví dụ ký tự NUL). Hãy xóa ký tự đó rồi gửi lại.';
const INVALID_DATE = 'Ngày giờ không hợp lệ hoặc nằm ngoài khoảng cho phép. Hãy nhập một ngày có thật.';
const DATABASE_VERDICTS: Record<string, { code: ErrorCode; message: string }> = {
  '22P02': {
    code: 'invalid_input',
    message: 'Dữ liệu không đúng định dạng. Kiểm tra lại các trường đã nhập.',
  },
  '22003': {
    code: 'invalid_input',
    message: 'Số quá lớn hoặc quá nhỏ. Hãy nhập một số trong khoảng hợp lý.',
  },
  '22001': { code: 'invalid_input', message: 'Nội dung quá dài. Hãy rút gọn rồi gửi lại.' },
  '22007': { code: 'invalid_input', message: INVALID_DATE },
  '22008': { code: 'invalid_input', message: INVALID_DATE },
  '22009': { code: 'invalid_input', message: INVALID_DATE },
  '22021': { code: 'invalid_input', message: INVALID_TEXT },
  '22P05': { code: 'invalid_input', message: INVALID_TEXT },
  '22023': { code: 'invalid_input', message: 'Giá trị không hợp lệ. Kiểm tra lại dữ liệu đã gửi.' },
  '22004': { code: 'invalid_input', message: 'Thiếu dữ liệu bắt buộc. Hãy điền đủ các trường.' },
  '23502': { code: 'invalid_input', message: 'Thiếu dữ liệu bắt buộc. Hãy điền đủ các trường.' },
  '23514': {
    code: 'invalid_input',
    message: 'Giá trị nằm ngoài khoảng cho phép. Kiểm tra lại dữ liệu đã gửi.',
  },
  '23505': {
    code: 'conflict',
    message: 'Mục này đã có (trùng với một mục đã lưu). Hãy tải lại trang để xem.',
  },
  '23P01': {
    code: 'conflict',
    message: 'Trùng hoặc chồng lấn với một mục đã lưu. Hãy tải lại trang để xem.',
  },
  '54000': { code: 'invalid_input', message: 'Dữ liệu quá lớn để lưu. Hãy rút gọn nội dung rồi gửi lại.' },
};
const STILL_REFERENCED = {
  code: 'conflict',
  message: 'Mục này đang được dùng ở nơi khác nên chưa thể thay đổi. Hãy tải lại trang để xem.',
} as const;

/** What the safety net answers, so the fuzz test can list the routes whose schema let such input through. */
export const DATABASE_VERDICT_MESSAGES: ReadonlySet<string> = new Set([
  ...Object.values(DATABASE_VERDICTS).map((verdict) => verdict.message),
  STILL_REFERENCED.message,
]);

interface DatabaseError {
  code: string;
  severity: string;
  detail?: string;
  message: string;
}
const isDatabaseError = (error: unknown): error is DatabaseError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as DatabaseError).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((error as DatabaseError).code) &&
  typeof (error as DatabaseError).severity === 'string';

/** The user-facing verdict for a database error caused by the input (also when wrapped as a cause). */
export function databaseVerdict(error: unknown): { code: ErrorCode; message: string } | null {
  for (let at = error, depth = 0; at && depth < 5; at = (at as { cause?: unknown }).cause, depth++) {
    if (!isDatabaseError(at)) continue;
    // A foreign key refused on insert or update names a row that does not exist: like any id the
    // actor cannot see, 404. On delete, the row is still in use: 409.
    if (at.code === '23503') {
      return /still referenced/.test(`${at.detail ?? ''} ${at.message}`) ? STILL_REFERENCED : notFound();
    }
    const verdict = DATABASE_VERDICTS[at.code];
    if (verdict) return verdict;
  }
  return null;
}

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
  const verdict = databaseVerdict(error);
  if (verdict) {
    // Logged so the schema that let the value through can be tightened; the reply names no column.
    request.log.warn({ err: error, route: request.routeOptions.url }, 'database refused the input');
    return send(reply, verdict.code, verdict.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 'internal', 'Đã có lỗi trên máy chủ. Vui lòng thử lại sau hoặc báo quản trị viên.');
}
