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
  unsupported: (detail: string, allowed = ALLOWED_FORMATS_TEXT) =>
    new UploadRejectedError(
      'unsupported_type',
      `Định dạng tệp này không được nhận ở đây. Hãy gửi một trong các định dạng: ${allowed}.`,
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
  zipBomb: (detail: string, app = 'Word', ext = 'docx') =>
    new UploadRejectedError(
      'zip_bomb',
      `Tệp ${app} có cấu trúc nén bất thường (dung lượng khi giải nén quá lớn hoặc quá nhiều thành phần) nên bị từ chối. Hãy mở tệp bằng ${app}, lưu lại thành .${ext} rồi tải lên lần nữa.`,
      `zip bomb: ${detail}`,
    ),
  partTooLarge: (what: string, part: string, size: number, max: number) =>
    new UploadRejectedError(
      'too_large',
      `Nội dung của tệp ${what} quá dài (phần «${part}» giải nén ra ${mb(size)}, tối đa ${mb(max)}). Hãy bỏ bớt nội dung không cần thiết hoặc tách thành nhiều tệp nhỏ rồi tải lên lại.`,
      `${part}: ${size} bytes inflated > ${max}`,
    ),
  tooManyRows: (rows: number, max: number) =>
    new UploadRejectedError(
      'too_large',
      `Bảng tính có quá nhiều dòng (hơn ${max.toLocaleString('vi-VN')} dòng). Hãy xóa các dòng thừa hoặc chia thành nhiều tệp rồi tải lên lại.`,
      `spreadsheet has ${rows}+ rows > ${max}`,
    ),
  tooComplex: (what: string, detail: string) =>
    new UploadRejectedError(
      'too_large',
      `Tệp ${what} quá phức tạp nên không kiểm tra được trong thời gian và bộ nhớ cho phép. Hãy lưu lại tệp gọn hơn (bớt trang, ảnh hoặc dòng) rồi tải lên lần nữa.`,
      `too complex ${what}: ${detail}`,
    ),
  unsafe: (message: string, detail: string) => new UploadRejectedError('unsafe_content', message, detail),
};
