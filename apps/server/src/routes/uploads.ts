import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MultipartFile } from '@fastify/multipart';
import { withoutDiacritics } from '@lantoa/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestedRange } from '../files/byte-range.ts';
import { type FileStorage, StoredBytesMissing } from '../files/storage.ts';
import { AppError, notFound } from '../http/errors.ts';
import type { SpooledFile, UploadedFile } from '../use-cases/files/store-file.ts';
import type { StoredFile } from '../use-cases/files/stored-file.ts';

/** Room for the text fields and multipart framing beside the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError(
    'payload_too_large',
    `Tệp quá lớn, vượt dung lượng cho phép (tối đa ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB). Hãy nén hoặc giảm dung lượng tệp rồi tải lại.`,
    'file',
  );

/**
 * Writes a file part to a temporary file as it arrives, counting and hashing it: at most one chunk
 * is in memory at a time. Null as soon as it passes `maxBytes` (the rest of the part is skipped, by
 * busboy past its `limit`): nothing past the limit is kept or handed on. The file is registered with
 * @fastify/multipart's own clean-up (`request.tmpUploads`), which removes it when the response ends or
 * the client goes away, whatever the handler did with it.
 */
function spoolPart(
  request: FastifyRequest,
  stream: MultipartFile['file'],
  maxBytes: number,
): Promise<Omit<SpooledFile, 'name' | 'mediaType'> | null> {
  const path = join(tmpdir(), `lantoa-upload-${randomUUID()}`);
  request.tmpUploads ??= [];
  request.tmpUploads.push(path);
  const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  const hash = createHash('sha256');
  let size = 0;
  let settled = false;
  return new Promise((resolve, reject) => {
    const settle = (result: Omit<SpooledFile, 'name' | 'mediaType'> | null, error?: unknown) => {
      if (settled) return;
      settled = true;
      if (result) return resolve(result);
      stream.removeAllListeners('data');
      // The rest of the part is read and dropped, so the parts after it can still be read.
      stream.resume();
      out.destroy();
      return error ? reject(error) : resolve(null);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return settle(null);
      hash.update(chunk);
      if (!out.write(chunk)) {
        stream.pause();
        out.once('drain', () => stream.resume());
      }
    });
    // busboy stops handing data on at its limit, and says so without a further chunk when the limit
    // falls on a chunk boundary.
    stream.once('limit', () => settle(null));
    stream.once('end', () => {
      if (stream.truncated) return settle(null);
      out.end(() => settle({ path, size, sha256: hash.digest('hex') }));
    });
    stream.once('error', (error) => settle(null, error));
    out.once('error', (error) => settle(null, error));
  });
}

/** Text fields of a part that @fastify/multipart read before the file. */
function fieldsOf(part: MultipartFile): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    if (value && !Array.isArray(value) && value.type === 'field') fields[name] = String(value.value);
  }
  return fields;
}

/**
 * Receives one file and the text fields sent before it from a multipart request, into a temporary
 * file (never whole in memory; removed when the response ends). A file larger than `maxBytes` is
 * refused with 413 as soon as the byte past the limit arrives, never truncated and handed on; a
 * request whose declared length already exceeds the limit is refused before any of it is read.
 */
export async function receiveUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ file: SpooledFile; fields: Record<string, string> }> {
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
  const spooled = await spoolPart(request, part.file, maxBytes);
  if (!spooled) throw tooLarge(maxBytes);
  return {
    file: { name: part.filename || 'tep', mediaType: part.mimetype, ...spooled },
    fields: fieldsOf(part),
  };
}

/** A received file read into memory, for a use case that parses it whole (bounded by its route's limit). */
async function inMemory({ name, mediaType, path }: SpooledFile): Promise<UploadedFile> {
  return { name, mediaType, bytes: new Uint8Array(await readFile(path)) };
}

/**
 * {@link receiveUpload}, then the file read into memory: for a use case that parses the whole file
 * (a workbook, a plan, a photo), within its route's limit.
 */
export async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ file: UploadedFile; fields: Record<string, string> }> {
  const { file, fields } = await receiveUpload(request, maxBytes);
  return { file: await inMemory(file), fields };
}

/** What {@link readUploads} read: the text fields, and the files chosen (empty file inputs left out). */
export interface ReadUploads {
  fields: Record<string, string>;
  files: (UploadedFile & { field: string })[];
}

/**
 * A form refused part-way (a file too large, too many files): the text fields read before and after
 * the refused part ride along, so a public form can be shown again as the person typed it.
 */
export class UploadRefused extends AppError {
  readonly fields: Record<string, string>;
  constructor(refusal: AppError, fields: Record<string, string>) {
    super(refusal.code, refusal.message, refusal.field);
    this.fields = fields;
  }
}

/** A form's text fields are short (a summary of 10,000 characters is 40 KB at most in UTF-8). */
const MAX_FIELD_BYTES = 64 * 1024;
const MAX_FIELDS = 40;

/** @fastify/multipart's refusals of a malformed or overlong form, as the user should hear them. */
function multipartRefusal(error: unknown, maxFiles: number): AppError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_FILES_LIMIT') {
    return new AppError(
      'payload_too_large',
      `Chỉ gửi được tối đa ${maxFiles} tệp. Hãy bỏ bớt tệp rồi gửi lại.`,
      'file',
    );
  }
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
    return new AppError('payload_too_large', 'Biểu mẫu có quá nhiều trường. Hãy tải lại trang rồi gửi lại.');
  }
  return new AppError(
    'invalid_input',
    'Dữ liệu gửi lên không đúng định dạng hoặc bị cắt giữa chừng. Hãy tải lại trang rồi gửi lại.',
  );
}

/**
 * Reads the text fields and up to `maxFiles` files of a multipart form (a public form with several
 * file inputs; each file received into a temporary file, then read for its use case). Every part is
 * read to the end, so a refusal loses nothing else: a file larger than `maxBytes` (413, never
 * truncated and handed on), more files than `maxFiles` (413) or a text field over 64 KB (413) is
 * refused with an {@link UploadRefused} that carries the text fields read. A request whose declared
 * length already exceeds what the files may weigh is refused before any of it is read (plain 413).
 * An empty file input (no name, no bytes) is no file.
 */
export async function readUploads(
  request: FastifyRequest,
  maxBytes: number,
  maxFiles: number,
): Promise<ReadUploads> {
  if (!request.isMultipart()) {
    throw new AppError('invalid_input', 'Hãy gửi biểu mẫu dưới dạng multipart/form-data.', 'file');
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxFiles * maxBytes + MULTIPART_OVERHEAD) {
    throw tooLarge(maxBytes);
  }
  const fields: Record<string, string> = {};
  const received: (SpooledFile & { field: string })[] = [];
  let refusal: AppError | null = null;
  try {
    // throwFileSizeLimit: an oversized file ends truncated (spoolPart drops and refuses it) instead of
    // throwing, so the parts after it are read. The plugin reads it from these options, though its
    // types list it only among the plugin's own.
    const options = {
      limits: { fileSize: maxBytes, files: maxFiles, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES },
      throwFileSizeLimit: false,
    };
    const parts = request.parts(options);
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated) {
          refusal ??= new AppError(
            'payload_too_large',
            'Nội dung quá dài. Hãy rút gọn rồi gửi lại.',
            part.fieldname,
          );
        } else fields[part.fieldname] = String(part.value);
        continue;
      }
      const spooled = await spoolPart(request, part.file, maxBytes);
      if (!spooled) {
        refusal ??= tooLarge(maxBytes);
        continue;
      }
      if (spooled.size === 0 && !part.filename) continue;
      received.push({
        field: part.fieldname,
        name: part.filename || 'tep',
        mediaType: part.mimetype,
        ...spooled,
      });
    }
  } catch (error) {
    refusal ??= multipartRefusal(error, maxFiles);
  }
  if (refusal) throw new UploadRefused(refusal, fields);
  const files = await Promise.all(
    received.map(async (file) => ({ field: file.field, ...(await inMemory(file)) })),
  );
  return { fields, files };
}

/** The header of a download: the name in UTF-8, with an ASCII rendering for old clients ("De an.docx"). */
export function contentDisposition(kind: 'inline' | 'attachment', name: string) {
  const ascii =
    withoutDiacritics(name)
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'file';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Sends a stored file's bytes as they stream from the storage, with `headers` (its type, disposition…):
 * a `Range` of one span gets 206 and only those bytes (416 when it starts past the end), so audio and
 * video seek; `If-Range` with another version than the file's sends it whole. The stream is opened
 * before any header is set: bytes missing from the storage are an error answer, not a broken download.
 */
export async function sendStoredBytes(
  request: FastifyRequest,
  reply: FastifyReply,
  files: FileStorage,
  file: Pick<StoredFile, 'id' | 'size' | 'sha256'>,
  headers: Record<string, string>,
) {
  const etag = `"${file.sha256}"`;
  const ifRange = request.headers['if-range'];
  const range =
    ifRange !== undefined && ifRange !== etag ? null : requestedRange(request.headers.range, file.size);
  if (range === 'unsatisfiable') {
    return reply
      .code(416)
      .header('accept-ranges', 'bytes')
      .header('content-range', `bytes */${file.size}`)
      .send();
  }
  const bytes = await files.get(file.id, range ?? undefined).catch((error: unknown) => {
    if (!(error instanceof StoredBytesMissing)) throw error;
    request.log.error({ fileId: file.id }, 'stored file has no bytes in the storage');
    throw notFound('tệp');
  });
  reply.headers(headers).header('accept-ranges', 'bytes').header('etag', etag);
  if (range) {
    reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${file.size}`)
      .header('content-length', range.end - range.start + 1);
  } else reply.header('content-length', file.size);
  return reply.send(bytes);
}

/**
 * A stored file, sandboxed: shown inline only as `imageType` (a raster picture within the pixel cap,
 * judged from its header by the use case), anything else (SVG, HTML, PDF…) downloads.
 */
export const sendStoredFile = (
  request: FastifyRequest,
  reply: FastifyReply,
  files: FileStorage,
  file: StoredFile & { imageType?: string | null },
  cacheControl = 'private, max-age=3600',
) =>
  sendStoredBytes(request, reply, files, file, {
    'content-type': file.imageType ?? 'application/octet-stream',
    'content-disposition': contentDisposition(file.imageType ? 'inline' : 'attachment', file.name),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': cacheControl,
  });

/**
 * A file a public page offers (a disclosed S&T task's report, a shared product), saved under its own
 * type and name, sandboxed, revalidated on every use: a record withdrawn stops being served.
 */
export const sendPublicDownload = (
  request: FastifyRequest,
  reply: FastifyReply,
  files: FileStorage,
  file: StoredFile,
) =>
  sendStoredBytes(request, reply, files, file, {
    'content-type': file.mediaType,
    'content-disposition': contentDisposition('attachment', file.name),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'no-cache',
  });

/** A file the server made (an export, a report, a pack), sent to be saved under `name`. */
export const sendAttachment = (reply: FastifyReply, mediaType: string, name: string, bytes: Uint8Array) =>
  reply
    .header('content-type', mediaType)
    .header('content-disposition', contentDisposition('attachment', name))
    .send(Buffer.from(bytes));
