// Why a page or a feed could not be read: a stable `code` for the caller and a Vietnamese `message`
// that says what happened and what to do (it is shown on the channel and in the link preview);
// `detail` is English, for logs.

export type WebReadErrorCode =
  | 'bad_url'
  | 'unreachable'
  | 'timeout'
  | 'too_large'
  | 'refused_address'
  | 'too_many_redirects'
  | 'bad_status'
  | 'not_feed'
  | 'not_page'
  | 'malformed';

export class WebReadError extends Error {
  readonly code: WebReadErrorCode;
  /** English, for logs. */
  readonly detail: string;

  constructor(code: WebReadErrorCode, message: string, detail: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WebReadError';
    this.code = code;
    this.detail = detail;
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const readErrors = {
  badUrl: (url: string) =>
    new WebReadError(
      'bad_url',
      'Địa chỉ không hợp lệ: chỉ đọc được địa chỉ bắt đầu bằng http:// hoặc https://. Hãy kiểm tra lại đường dẫn.',
      `not an http(s) URL: ${url.slice(0, 200)}`,
    ),
  unreachable: (host: string, cause: unknown) =>
    new WebReadError(
      'unreachable',
      `Không kết nối được tới ${host}. Hãy kiểm tra lại địa chỉ, hoặc thử lại sau nếu trang đang tạm ngừng.`,
      `${host} unreachable: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    ),
  timeout: (host: string, ms: number) =>
    new WebReadError(
      'timeout',
      `${host} không trả lời trong ${Math.round(ms / 1000)} giây. Hãy thử lại sau.`,
      `${host}: no complete answer within ${ms} ms`,
    ),
  tooLarge: (host: string, max: number) =>
    new WebReadError(
      'too_large',
      `Nội dung tại ${host} lớn hơn ${megabytes(max)} nên không được đọc. Hãy dùng đường dẫn tới đúng bài viết, hoặc tới nguồn tin (RSS) của riêng chuyên mục.`,
      `${host}: more than ${max} bytes`,
    ),
  refusedAddress: (host: string, address: string) =>
    new WebReadError(
      'refused_address',
      `Không đọc ${host}: địa chỉ này trỏ vào mạng nội bộ (${address}), nơi máy chủ không được phép truy cập. Nếu đây là cổng thông tin nội bộ của tỉnh, hãy nhờ quản trị viên thêm tên máy vào LANTOA_FEED_ALLOW_HOSTS.`,
      `${host} resolves to ${address}, not a public unicast address`,
    ),
  tooManyRedirects: (host: string, max: number) =>
    new WebReadError(
      'too_many_redirects',
      `${host} chuyển hướng quá ${max} lần. Hãy mở đường dẫn trong trình duyệt rồi dán địa chỉ cuối cùng của trang.`,
      `${host}: more than ${max} redirects`,
    ),
  badStatus: (host: string, status: number) =>
    new WebReadError(
      'bad_status',
      `${host} trả lời lỗi ${status}${status === 404 || status === 410 ? ' (không tìm thấy trang)' : status >= 500 ? ' (máy chủ của trang đang gặp sự cố)' : ''}. Hãy kiểm tra lại đường dẫn, hoặc thử lại sau.`,
      `${host}: HTTP ${status}`,
    ),
  notFeed: (host: string, detail: string) =>
    new WebReadError(
      'not_feed',
      `Địa chỉ tại ${host} không phải nguồn tin RSS, Atom hay sitemap. Hãy kiểm tra lại địa chỉ nguồn tin của chuyên mục (thường có đuôi /rss hoặc sitemap.xml).`,
      `${host}: ${detail}`,
    ),
  notPage: (host: string, contentType: string) =>
    new WebReadError(
      'not_page',
      `Địa chỉ tại ${host} không phải một trang web (nội dung ${contentType || 'không rõ loại'}). Hãy dán đường dẫn tới trang bài viết.`,
      `${host}: content type ${contentType || 'missing'}`,
    ),
  malformed: (what: string, detail: string) =>
    new WebReadError(
      'malformed',
      `${what} bị lỗi cấu trúc XML (thẻ không đóng hoặc lồng sai) nên không đọc được. Hãy báo đơn vị quản lý trang kiểm tra lại nguồn tin.`,
      detail,
    ),
};
