// Errors of the optional language model: a stable `code`, a Vietnamese `message` that says what to
// check, and an English `detail` for logs. Every one of them means "answer without the model": the
// callers fall back to the extractive answer or draft, which needs no model at all.

export type ModelErrorCode = 'unreachable' | 'timeout' | 'refused' | 'failed' | 'too_large' | 'malformed';

export class ModelError extends Error {
  readonly code: ModelErrorCode;
  /** English, for logs. */
  readonly detail: string;

  constructor(code: ModelErrorCode, message: string, detail: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ModelError';
    this.code = code;
    this.detail = detail;
  }
}

const CHECK = 'Quản trị viên hãy kiểm tra LANTOA_LLM_URL, LANTOA_LLM_MODEL và LANTOA_LLM_API_KEY.';

export const modelErrors = {
  unreachable: (url: string, cause: unknown) =>
    new ModelError(
      'unreachable',
      `Không kết nối được máy chủ mô hình ngôn ngữ. ${CHECK}`,
      `cannot reach ${url}: ${(cause as Error)?.message ?? cause}`,
      { cause },
    ),
  timeout: (ms: number) =>
    new ModelError(
      'timeout',
      'Mô hình ngôn ngữ trả lời quá lâu. Câu trả lời được soạn từ các đoạn trích, không qua mô hình.',
      `no complete answer within ${ms} ms`,
    ),
  refused: (status: number) =>
    new ModelError('refused', `Máy chủ mô hình ngôn ngữ từ chối khóa truy cập. ${CHECK}`, `status ${status}`),
  failed: (status: number, body: string) =>
    new ModelError(
      'failed',
      `Máy chủ mô hình ngôn ngữ báo lỗi (mã ${status}). ${CHECK}`,
      `status ${status}: ${body}`,
    ),
  tooLarge: (max: number) =>
    new ModelError(
      'too_large',
      'Mô hình ngôn ngữ trả lời quá dài. Câu trả lời được soạn từ các đoạn trích, không qua mô hình.',
      `answer longer than ${max} bytes`,
    ),
  malformed: (detail: string) =>
    new ModelError(
      'malformed',
      'Mô hình ngôn ngữ trả lời sai định dạng. Câu trả lời được soạn từ các đoạn trích, không qua mô hình.',
      detail,
    ),
};
