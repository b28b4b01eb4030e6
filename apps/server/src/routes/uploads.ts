import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.ts';
import type { UploadedFile } from '../use-cases/files/store-file.ts';

/**
 * Reads one file and the text fields sent before it from a multipart request, refusing it with 413
 * beyond `maxBytes` (the stream is cut there, so a huge upload is not held in memory).
 */
export async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ file: UploadedFile; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new AppError('invalid_input', 'Hãy gửi tệp dưới dạng multipart/form-data.', 'file');
  }
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 10 } });
  if (!part) throw new AppError('invalid_input', 'Chưa có tệp nào được gửi lên. Hãy chọn tệp.', 'file');
  const bytes = await part.toBuffer();
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    if (value && !Array.isArray(value) && value.type === 'field') fields[name] = String(value.value);
  }
  return {
    file: { name: part.filename || 'tep', mediaType: part.mimetype, bytes: new Uint8Array(bytes) },
    fields,
  };
}

export function contentDisposition(kind: 'inline' | 'attachment', name: string) {
  const ascii =
    name
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'file';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
