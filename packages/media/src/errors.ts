// Refused uploads: a stable `code` for the API and a Vietnamese `message` that says what to do;
// `detail` is English, for logs.

export type UploadRejectionCode =
  | 'too_large'
  | 'unsupported_type'
  | 'type_mismatch'
  | 'zip_bomb'
  | 'corrupt'
  | 'unsafe_content'
  | 'empty';

export class UploadRejectedError extends Error {
  readonly code: UploadRejectionCode;
  /** English, for logs. */
  readonly detail: string;

  constructor(code: UploadRejectionCode, message: string, detail: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UploadRejectedError';
    this.code = code;
    this.detail = detail;
  }
}

export const ALLOWED_FORMATS_TEXT =
  'ảnh PNG, JPEG, WebP, GIF, SVG; tài liệu PDF, Word (.docx, .doc); âm thanh MP3, OGG/Opus, WAV, M4A; video MP4, WebM';

const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export const rejections = {
  empty: () =>
    new UploadRejectedError(
      'empty',
      'Tệp rỗng, không có nội dung. Hãy chọn lại đúng tệp rồi tải lên.',
      'empty',
    ),
  tooLarge: (what: string, size: number, max: number) =>
    new UploadRejectedError(
      'too_large',
      `Tệp ${what} quá lớn (${mb(size)}, tối đa ${mb(max)}). Hãy nén hoặc giảm chất lượng tệp rồi tải lại.`,
      `${what}: ${size} bytes > ${max}`,
    ),
  tooManyPixels: (width: number, height: number, max: number) =>
    new UploadRejectedError(
      'too_large',
      `Ảnh có kích thước quá lớn (${width} × ${height} điểm ảnh, tối đa ${Math.round(max / 1e6)} triệu điểm ảnh). Hãy thu nhỏ ảnh rồi tải lại.`,
      `image ${width}x${height} exceeds ${max} pixels`,
    ),
  unsupported: (detail: string) =>
    new UploadRejectedError(
      'unsupported_type',
      `Định dạng tệp này chưa được hỗ trợ. Hãy gửi một trong các định dạng: ${ALLOWED_FORMATS_TEXT}.`,
      `unsupported: ${detail}`,
    ),
  mismatch: (extension: string, expected: string, detail: string) =>
    new UploadRejectedError(
      'type_mismatch',
      `Nội dung tệp không phải ${expected} như phần đuôi tên tệp (.${extension}). Hãy kiểm tra lại tệp, hoặc đặt lại tên tệp cho đúng định dạng rồi tải lại.`,
      `type mismatch: .${extension}, ${detail}`,
    ),
  declaredMismatch: (declared: string, actual: string) =>
    new UploadRejectedError(
      'type_mismatch',
      `Loại tệp khai báo (${declared}) không khớp với nội dung tệp (${actual}). Hãy chọn lại đúng tệp rồi tải lên.`,
      `declared ${declared}, content ${actual}`,
    ),
  corrupt: (what: string, detail: string, cause?: unknown) =>
    new UploadRejectedError(
      'corrupt',
      `Tệp ${what} bị hỏng hoặc không đúng định dạng. Hãy mở tệp bằng phần mềm soạn thảo, lưu (xuất) lại rồi tải lên lần nữa.`,
      `corrupt ${what}: ${detail}`,
      { cause },
    ),
  encrypted: (what: string) =>
    new UploadRejectedError(
      'corrupt',
      `Tệp ${what} được đặt mật khẩu nên không đọc được. Hãy gỡ mật khẩu (lưu bản không mã hóa) rồi tải lại.`,
      `encrypted ${what}`,
    ),
  zipBomb: (detail: string) =>
    new UploadRejectedError(
      'zip_bomb',
      'Tệp Word có cấu trúc nén bất thường (dung lượng khi giải nén quá lớn hoặc quá nhiều thành phần) nên bị từ chối. Hãy mở tệp bằng Word, lưu lại thành .docx rồi tải lên lần nữa.',
      `zip bomb: ${detail}`,
    ),
  unsafe: (message: string, detail: string) => new UploadRejectedError('unsafe_content', message, detail),
};
