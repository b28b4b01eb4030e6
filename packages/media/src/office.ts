// Word documents. A .docx is a zip: its central directory is read and checked (entry count, declared
// sizes, ratios, overlapping entries) before anything is inflated, and then only two small parts are
// inflated, never past their declared size. A .doc is an OLE2 compound file, recognised by its
// "WordDocument" stream.
import { Inflate } from 'fflate';
import { rejections, UploadRejectedError } from './errors.ts';
import type { UploadLimits } from './limits.ts';

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export const isZip = (b: Uint8Array): boolean =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const isCompoundFile = (b: Uint8Array): boolean => CFB_MAGIC.every((x, i) => b[i] === x);

const corrupt = (detail: string) => rejections.corrupt('Word', detail);

/** Reads the central directory without inflating anything; throws on bombs and damage. */
export function readCentralDirectory(bytes: Uint8Array, limits: UploadLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // Zip64 markers: a Word document of a few megabytes never needs them.
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw corrupt('zip64 archive');
  if (count > limits.maxZipEntries) throw rejections.zipBomb(`${count} entries > ${limits.maxZipEntries}`);
  if (cdOffset + cdSize > eocd) throw corrupt('central directory out of bounds');

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) throw corrupt('bad central directory entry');
    const entry: ZipEntry = {
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: '',
    };
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    entry.name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff)
      throw corrupt('zip64 entry');
    total += entry.uncompressedSize;
    if (total > limits.maxZipUncompressedBytes)
      throw rejections.zipBomb(`declared uncompressed total exceeds ${limits.maxZipUncompressedBytes}`);
    // Small parts may compress well (repetitive XML); only large ones are judged by ratio.
    if (
      entry.uncompressedSize > 1024 * 1024 &&
      entry.uncompressedSize > entry.compressedSize * limits.maxZipRatio
    )
      throw rejections.zipBomb(
        `${entry.name}: ratio ${Math.round(entry.uncompressedSize / entry.compressedSize)}`,
      );
    entries.push(entry);
  }

  // Overlapping entries ("a better zip bomb") reuse one compressed stream under many names.
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let end = 0;
  for (const e of sorted) {
    if (e.localOffset < end) throw rejections.zipBomb('overlapping entries');
    if (e.localOffset + 30 > cdOffset || view.getUint32(e.localOffset, true) !== LOCAL)
      throw corrupt(`bad local header for ${e.name}`);
    const dataStart =
      e.localOffset +
      30 +
      view.getUint16(e.localOffset + 26, true) +
      view.getUint16(e.localOffset + 28, true);
    end = dataStart + e.compressedSize;
    if (end > cdOffset) throw corrupt(`${e.name} runs past the central directory`);
  }
  return entries;
}

/** Inflates one entry, stopping as soon as it grows past its declared size. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start =
    entry.localOffset +
    30 +
    view.getUint16(entry.localOffset + 26, true) +
    view.getUint16(entry.localOffset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw corrupt(`${entry.name}: compression method ${entry.method}`);
  const out = new Uint8Array(entry.uncompressedSize);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > out.length)
      throw rejections.zipBomb(`${entry.name} inflates past its declared size`);
    out.set(chunk, length);
    length += chunk.length;
  });
  // Fed in slices so a lying entry is stopped after one slice of output, not at the end.
  try {
    for (let i = 0; i < data.length; i += 16 * 1024)
      inflater.push(data.subarray(i, i + 16 * 1024), i + 16 * 1024 >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof UploadRejectedError) throw error;
    throw rejections.corrupt('Word', `${entry.name}: ${String(error)}`, error);
  }
  if (length !== out.length) throw corrupt(`${entry.name}: ${length} bytes, declared ${out.length}`);
  return out;
}

const MACRO_TYPES = /macroEnabled|vbaProject/i;

export function checkDocx(bytes: Uint8Array, limits: UploadLimits): void {
  const entries = readCentralDirectory(bytes, limits);
  if (entries.some((e) => (e.flags & 1) === 1)) throw rejections.encrypted('Word');
  const contentTypes = entries.find((e) => e.name === '[Content_Types].xml');
  const document = entries.find((e) => e.name === 'word/document.xml');
  if (!contentTypes || !document) throw notWord('zip without word/document.xml');
  if (contentTypes.uncompressedSize > 1024 * 1024) throw corrupt('oversized [Content_Types].xml');
  const types = new TextDecoder().decode(inflateEntry(bytes, contentTypes));
  if (entries.some((e) => /vbaProject\.bin$/i.test(e.name)) || MACRO_TYPES.test(types))
    throw rejections.unsafe(
      'Tài liệu Word có chứa macro (mã lệnh tự chạy) nên không được đưa vào thư viện. Hãy lưu lại thành .docx không có macro rồi tải lên.',
      'docx with VBA macros',
    );
  // Checks that the main part is real deflate data of its declared size, not just a name.
  const xml = new TextDecoder().decode(inflateEntry(bytes, document));
  if (!/<w:document\b/.test(xml.slice(0, 4096))) throw corrupt('word/document.xml is not a Word document');
}

const notWord = (detail: string) => rejections.mismatch('docx', 'tài liệu Word', detail);

/** UTF-16LE bytes of a directory entry name, as stored in a compound file. */
const utf16 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
};

const indexOf = (haystack: Uint8Array, needle: Uint8Array): number => {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first ?? 0); i >= 0 && i <= haystack.length - needle.length; ) {
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) {
        i = haystack.indexOf(first ?? 0, i + 1);
        continue outer;
      }
    }
    return i;
  }
  return -1;
};

export type CompoundKind = 'doc' | 'encrypted-ooxml' | 'other';

/** What an OLE2 compound file holds, from its directory entry names. */
export function compoundKind(bytes: Uint8Array): CompoundKind {
  if (indexOf(bytes, utf16('EncryptedPackage')) >= 0) return 'encrypted-ooxml';
  if (indexOf(bytes, utf16('WordDocument')) >= 0) return 'doc';
  return 'other';
}

export function checkDoc(bytes: Uint8Array): void {
  if (indexOf(bytes, utf16('_VBA_PROJECT')) >= 0 || indexOf(bytes, utf16('Macros')) >= 0)
    throw rejections.unsafe(
      'Tài liệu Word có chứa macro (mã lệnh tự chạy) nên không được đưa vào thư viện. Hãy lưu lại thành .docx không có macro rồi tải lên.',
      'doc with VBA macros',
    );
}
