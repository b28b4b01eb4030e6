import { withoutDiacritics } from '@lantoa/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.ts';
import type { UploadedFile } from '../use-cases/files/store-file.ts';

/** Room for the text fields and multipart framing beside the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError(
    'payload_too_large',
    `Tệp quá lớn, vượt dung lượng cho phép (tối đa ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB). Hãy nén hoặc giảm dung lượng tệp rồi tải lại.`,
    'file',
  );

/**
 * Reads one file and the text fields sent before it from a multipart request. A file larger than
 * `maxBytes` is refused with 413 as soon as the byte past the limit arrives (counted here, and by
 * busboy's `limit` event, which fires without a further chunk when the limit falls on a chunk
 * boundary), never truncated and handed on; a request whose declared length already exceeds the
 * limit is refused before any of it is read.
 */
export async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ file: UploadedFile; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new AppError('invalid_input', 'Hãy gửi tệp dưới dạng multipart/form-data.', 'file');
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD) throw tooLarge(maxBytes);
  const part = await request.file({
    limits: { fileSize: maxBytes, files: 1, fields: 10 },
    throwFileSizeLimit: false,
  });
  if (!part) throw new AppError('invalid_input', 'Chưa có tệp nào được gửi lên. Hãy chọn tệp.', 'file');
  const stream = part.file;
  const chunks: Buffer[] = [];
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const refuse = () => {
      stream.removeAllListeners('data');
      chunks.length = 0;
      // Nothing more is kept; the rest of the request is drained and discarded by Node.
      stream.resume();
      reject(tooLarge(maxBytes));
    };
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) refuse();
      else chunks.push(chunk);
    });
    stream.once('limit', refuse);
    stream.once('end', () => (stream.truncated ? refuse() : resolve()));
    stream.once('error', reject);
  });
  const whole = Buffer.concat(chunks);
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    if (value && !Array.isArray(value) && value.type === 'field') fields[name] = String(value.value);
  }
  return {
    file: {
      name: part.filename || 'tep',
      mediaType: part.mimetype,
      bytes: new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength),
    },
    fields,
  };
}

/** The header of a download: the name in UTF-8, with an ASCII rendering for old clients ("De an.docx"). */
export function contentDisposition(kind: 'inline' | 'attachment', name: string) {
  const ascii =
    withoutDiacritics(name)
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'file';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A file the server made (an export, a report, a pack), sent to be saved under `name`. */
export const sendAttachment = (reply: FastifyReply, mediaType: string, name: string, bytes: Uint8Array) =>
  reply
    .header('content-type', mediaType)
    .header('content-disposition', contentDisposition('attachment', name))
    .send(Buffer.from(bytes));
