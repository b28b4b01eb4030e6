// Errors of the speech package: a stable `code`, a Vietnamese `message` that says what to do, and an
// English `detail` for logs.

export type SpeechErrorCode =
  | 'engine_missing'
  | 'voice_missing'
  | 'empty_text'
  | 'text_too_long'
  | 'engine_failed'
  | 'encode_failed'
  | 'timeout'
  | 'aborted'
  | 'invalid_config';

export class SpeechError extends Error {
  readonly code: SpeechErrorCode;
  /** English, for logs. */
  readonly detail: string;

  constructor(code: SpeechErrorCode, message: string, detail: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpeechError';
    this.code = code;
    this.detail = detail;
  }
}

const count = (n: number): string => n.toLocaleString('vi-VN');

export const speechErrors = {
  espeakMissing: () =>
    new SpeechError(
      'engine_missing',
      'Máy chủ chưa cài espeak-ng nên chưa đọc được bản tin thành giọng nói. ' +
        'Quản trị viên hãy cài bằng lệnh "apt-get install espeak-ng" rồi thử lại.',
      'espeak-ng not found on PATH',
    ),
  piperMissing: (command: string) =>
    new SpeechError(
      'engine_missing',
      'Máy chủ chưa cài piper nên chưa đọc được bản tin thành giọng nói. ' +
        'Quản trị viên hãy cài piper, hoặc đặt LANTOA_SPEECH_ENGINE=espeak-ng để dùng espeak-ng.',
      `piper not found: ${command}`,
    ),
  piperModelMissing: (model: string) =>
    new SpeechError(
      'voice_missing',
      `Không tìm thấy mô hình giọng đọc piper "${model}". Quản trị viên hãy tải mô hình giọng tiếng Việt ` +
        '(tệp .onnx kèm tệp .onnx.json) và đặt đường dẫn vào LANTOA_PIPER_MODEL.',
      `piper model not found: ${model}`,
    ),
  emptyText: () =>
    new SpeechError(
      'empty_text',
      'Bản tin chưa có nội dung để đọc. Hãy nhập nội dung bản tin rồi thử lại.',
      'nothing to say',
    ),
  tooLong: (length: number, max: number) =>
    new SpeechError(
      'text_too_long',
      `Bản tin quá dài (${count(length)} ký tự, tối đa ${count(max)} ký tự). Hãy chia thành nhiều bản tin ngắn hơn.`,
      `text too long: ${length} > ${max} characters`,
    ),
  engineFailed: (engine: string, detail: string, cause?: unknown) =>
    new SpeechError(
      'engine_failed',
      `Không tạo được âm thanh cho bản tin (bộ đọc ${engine} báo lỗi). Hãy thử lại; nếu vẫn lỗi, ` +
        'báo quản trị viên kiểm tra bộ đọc giọng nói.',
      `${engine}: ${detail}`,
      { cause },
    ),
  httpRefused: (status: number) =>
    new SpeechError(
      'engine_failed',
      'Dịch vụ đọc văn bản từ chối khóa truy cập. Quản trị viên hãy kiểm tra LANTOA_SPEECH_API_KEY.',
      `speech service answered ${status}`,
    ),
  httpUnreachable: (url: string, cause: unknown) =>
    new SpeechError(
      'engine_failed',
      'Không kết nối được dịch vụ đọc văn bản. Hãy thử lại sau; nếu vẫn lỗi, quản trị viên hãy kiểm tra LANTOA_SPEECH_URL.',
      `speech service unreachable: ${url}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    ),
  encodeFailed: (format: string, detail: string) =>
    new SpeechError(
      'encode_failed',
      `Không chuyển được âm thanh sang định dạng ${format}. Hãy thử lại, hoặc đặt LANTOA_AUDIO_FORMAT=wav.`,
      `ffmpeg (${format}): ${detail}`,
    ),
  timeout: (ms: number) =>
    new SpeechError(
      'timeout',
      `Tạo âm thanh quá thời gian cho phép (${Math.round(ms / 1000)} giây) nên đã dừng. Hãy thử lại, hoặc chia bản tin ngắn hơn.`,
      `timed out after ${ms} ms`,
    ),
  aborted: (cause?: unknown) =>
    new SpeechError('aborted', 'Đã hủy việc tạo âm thanh cho bản tin.', 'aborted', { cause }),
  invalidConfig: (variable: string, value: string, expected: string) =>
    new SpeechError(
      'invalid_config',
      `Giá trị ${variable}="${value}" không hợp lệ. Quản trị viên hãy đặt ${expected}.`,
      `invalid ${variable}: ${value}`,
    ),
  missingConfig: (variable: string, what: string) =>
    new SpeechError(
      'invalid_config',
      `Chưa cấu hình ${variable}. Quản trị viên hãy đặt ${what}.`,
      `missing ${variable}`,
    ),
};
