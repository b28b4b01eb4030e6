// Errors for documents that cannot be read: a stable `code`, a Vietnamese `message` that says what
// to do, and an English `detail` for logs.

export type PlanReadErrorCode =
  | 'empty'
  | 'unsupported_format'
  | 'corrupt'
  | 'encrypted'
  | 'no_text_layer'
  | 'too_large'
  | 'timeout'
  | 'not_found';

export class PlanReadError extends Error {
  readonly code: PlanReadErrorCode;
  /** English, for logs. */
  readonly detail: string;

  constructor(code: PlanReadErrorCode, message: string, detail: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PlanReadError';
    this.code = code;
    this.detail = detail;
  }
}

const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export const readErrors = {
  empty: () =>
    new PlanReadError('empty', 'Tệp rỗng, không có nội dung. Hãy chọn đúng tệp kế hoạch.', 'empty document'),
  notFound: (path: string) =>
    new PlanReadError(
      'not_found',
      `Không tìm thấy tệp "${path}". Hãy kiểm tra lại đường dẫn.`,
      `no such file: ${path}`,
    ),
  tooLarge: (size: number, max: number) =>
    new PlanReadError(
      'too_large',
      `Tệp quá lớn (${mb(size)}, tối đa ${mb(max)}). Hãy gửi riêng phần kế hoạch, hoặc nén ảnh trong tệp trước khi tải lên.`,
      `document too large: ${size} bytes > ${max}`,
    ),
  unsupported: (what: string, detail: string) =>
    new PlanReadError(
      'unsupported_format',
      `Không đọc được định dạng tệp này (${what}). Hãy lưu kế hoạch thành .docx, .pdf có lớp chữ, hoặc .txt (UTF-8).`,
      `unsupported format: ${detail}`,
    ),
  corrupt: (format: string, detail: string, cause?: unknown) =>
    new PlanReadError(
      'corrupt',
      `Tệp ${format} bị hỏng hoặc không đúng định dạng. Hãy mở tệp bằng Word/trình đọc PDF, lưu lại rồi thử lần nữa.`,
      `corrupt ${format}: ${detail}`,
      { cause },
    ),
  encrypted: (format: string) =>
    new PlanReadError(
      'encrypted',
      `Tệp ${format} được đặt mật khẩu nên không đọc được nội dung. Hãy gỡ mật khẩu (lưu bản không mã hóa) rồi tải lại.`,
      `encrypted ${format}`,
    ),
  noTextLayer: () =>
    new PlanReadError(
      'no_text_layer',
      'Tệp PDF không có lớp chữ (có thể là bản scan/ảnh chụp). Hãy dùng bản .docx gốc, hoặc nhận dạng chữ (OCR) cho tệp PDF rồi tải lại.',
      'PDF has no text layer (scanned document?)',
    ),
  timeout: (ms: number) =>
    new PlanReadError(
      'timeout',
      `Đọc tệp quá thời gian cho phép (${Math.round(ms / 1000)} giây). Tệp có thể quá phức tạp; hãy gửi bản .docx hoặc .txt của kế hoạch.`,
      `timed out after ${ms} ms`,
    ),
};
