// The few parts of a .docx the reader needs, taken from the zip's central directory and inflated
// as a stream with a running cap on the real output: an entry that lies about its size, or a
// document whose text part is honestly enormous, is stopped as soon as it passes the cap, after one
// slice of work, instead of being inflated whole (fflate's unzipSync trusts the declared size).
import { Inflate } from 'fflate';
import { PlanReadError, readErrors } from '../errors.ts';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const SLICE = 16 * 1024;
const MB = 1024 * 1024;

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  localOffset: number;
}

function centralDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw readErrors.corrupt('.docx', 'no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL)
      throw readErrors.corrupt('.docx', 'bad central directory entry');
    const nameLength = view.getUint16(p + 28, true);
    entries.push({
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      localOffset: view.getUint32(p + 42, true),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** Refusal of a part whose text is too long to import, with what to do about it. */
export const partTooLong = (part: string, max: number) =>
  new PlanReadError(
    'too_large',
    `Văn bản quá dài để nhập tự động (phần nội dung «${part}» vượt quá ${Math.round(max / MB)} MB khi giải nén). Hãy gửi riêng phần kế hoạch (bỏ phụ lục, bảng số liệu dài) rồi tải lên lại.`,
    `${part} inflates past ${max} bytes`,
  );

function inflateCapped(bytes: Uint8Array, entry: Entry, maxBytes: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    throw readErrors.corrupt('.docx', `bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw partTooLong(entry.name, maxBytes);
    return data;
  }
  if (entry.method !== 8)
    throw readErrors.corrupt('.docx', `${entry.name}: compression method ${entry.method}`);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflater = new Inflate((chunk) => {
    length += chunk.length;
    if (length > maxBytes) throw partTooLong(entry.name, maxBytes);
    chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += SLICE)
      inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof PlanReadError) throw error;
    throw readErrors.corrupt('.docx', `${entry.name}: ${String(error)}`, error);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The named parts (those present), each inflated within `maxBytes` of real output. */
export function readZipParts(
  bytes: Uint8Array,
  names: string[],
  maxBytes: number,
): Record<string, Uint8Array> {
  const entries = centralDirectory(bytes);
  const out: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    if (!names.includes(entry.name)) continue;
    if ((entry.flags & 1) === 1) throw readErrors.encrypted('Word');
    out[entry.name] = inflateCapped(bytes, entry, maxBytes);
  }
  return out;
}
