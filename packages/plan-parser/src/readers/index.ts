// Picks the reader from the content (magic bytes); the file name only refines error messages.
import { PlanReadError, readErrors } from '../errors.ts';
import { docxReader } from './docx.ts';
import { pdfReader } from './pdf.ts';
import { textReader } from './text.ts';
import type { DocumentFormat, DocumentReader, ReadResult } from './types.ts';

export type { DocumentFormat, DocumentReader, ReadResult } from './types.ts';

export interface ReadOptions {
  /** Refuse larger inputs before reading them (default 25 MB). */
  maxBytes?: number;
  /** Time limit for one document (default 20 s). */
  timeoutMs?: number;
}

export interface PlanDocument extends ReadResult {
  format: DocumentFormat;
}

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;
/**
 * Longest text a plan may have: about 800 pages. The text is stored with the import and sent to
 * the reviewer, so a longer one is refused instead of being kept by the tens of megabytes.
 */
export const MAX_TEXT_CHARS = 2_000_000;

export { MAX_XML_BYTES } from './docx.ts';

const textTooLong = (length: number) =>
  new PlanReadError(
    'too_large',
    `Văn bản quá dài để nhập tự động (${length.toLocaleString('vi-VN')} ký tự, tối đa ${MAX_TEXT_CHARS.toLocaleString('vi-VN')}). Hãy gửi riêng phần kế hoạch (bỏ phụ lục, bảng số liệu dài) rồi tải lên lại.`,
    `text of ${length} characters > ${MAX_TEXT_CHARS}`,
  );

const readers: DocumentReader[] = [docxReader, pdfReader, textReader];

const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

function hasUtf16(b: Uint8Array, word: string): boolean {
  const needle = Buffer.from(word, 'utf16le');
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(needle);
}

export function detectFormat(bytes: Uint8Array, fileName?: string): DocumentReader {
  if (bytes.length === 0) throw readErrors.empty();
  const found = readers.find((r) => r.sniff(bytes));
  if (found) return found;
  const ext = (fileName ?? '').toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (isOle(bytes)) {
    // Password-protected Word files are OLE containers holding an "EncryptedPackage" stream.
    if (hasUtf16(bytes, 'EncryptedPackage')) throw readErrors.encrypted('Word');
    throw readErrors.unsupported('Word/Excel đời cũ .doc/.xls', 'legacy OLE compound document');
  }
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 8)).startsWith('{\\rtf')) {
    throw readErrors.unsupported('RTF', 'rich text format');
  }
  if (ext === 'docx' || ext === 'pdf') {
    throw readErrors.corrupt(`.${ext}`, `content does not match the .${ext} extension`);
  }
  throw readErrors.unsupported(ext ? `.${ext}` : 'không rõ', 'unknown binary content');
}

export async function readPlanDocument(
  bytes: Uint8Array,
  fileName?: string,
  options: ReadOptions = {},
): Promise<PlanDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (bytes.length > maxBytes) throw readErrors.tooLarge(bytes.length, maxBytes);
  const reader = detectFormat(bytes, fileName);
  const deadline = Date.now() + timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(readErrors.timeout(timeoutMs)), timeoutMs);
  });
  try {
    const result = await Promise.race([reader.read(bytes, { deadline, timeoutMs }), timeout]);
    if (!result.text.trim()) throw readErrors.empty();
    if (result.text.length > MAX_TEXT_CHARS) throw textTooLong(result.text.length);
    return { ...result, format: reader.format };
  } catch (e) {
    if (e instanceof PlanReadError) throw e;
    throw readErrors.corrupt(reader.format, e instanceof Error ? e.message : String(e), e);
  } finally {
    clearTimeout(timer);
  }
}
