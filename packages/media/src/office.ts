// Office documents. A .docx/.xlsx/.pptx/.odt/.ods is a zip: its central directory is read and
// checked (entry count, declared sizes, ratios, overlapping entries) before anything is inflated;
// then every entry is inflated as a stream, chunk by chunk, stopping the moment one grows past the
// size it declares, past the part cap or past the archive's total cap, so what is checked is the
// real inflated size and a lying entry costs one chunk. A .doc/.xls/.ppt is an OLE2 compound file,
// recognised by its stream names.
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

/** The zip-based formats, and how a user would re-save each. */
export type ZipFormat = 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods';

interface ZipFormatInfo {
  /** Vietnamese, for messages. */
  what: string;
  app: string;
}

const ZIP_FORMATS: Record<ZipFormat, ZipFormatInfo> = {
  docx: { what: 'Word', app: 'Word' },
  xlsx: { what: 'Excel', app: 'Excel' },
  pptx: { what: 'PowerPoint', app: 'PowerPoint' },
  odt: { what: 'ODT', app: 'LibreOffice' },
  ods: { what: 'ODS', app: 'LibreOffice' },
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Output is checked against the caps after each slice of input this large. */
const SLICE = 16 * 1024;

export const isZip = (b: Uint8Array): boolean =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const isCompoundFile = (b: Uint8Array): boolean => CFB_MAGIC.every((x, i) => b[i] === x);

/** Reads the central directory without inflating anything; throws on bombs and damage. */
export function readCentralDirectory(
  bytes: Uint8Array,
  limits: Required<UploadLimits>,
  format: ZipFormat = 'docx',
): ZipEntry[] {
  const { what, app } = ZIP_FORMATS[format];
  const corrupt = (detail: string) => rejections.corrupt(what, detail);
  const bomb = (detail: string) => rejections.zipBomb(detail, app, format);
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
  // Zip64 markers: an office document of a few megabytes never needs them.
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw corrupt('zip64 archive');
  if (count > limits.maxZipEntries) throw bomb(`${count} entries > ${limits.maxZipEntries}`);
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
    if (entry.uncompressedSize > limits.maxZipPartBytes)
      throw rejections.partTooLarge(what, entry.name, entry.uncompressedSize, limits.maxZipPartBytes);
    total += entry.uncompressedSize;
    if (total > limits.maxZipUncompressedBytes)
      throw bomb(`declared uncompressed total exceeds ${limits.maxZipUncompressedBytes}`);
    // Small parts may compress well (repetitive XML); only large ones are judged by ratio.
    if (
      entry.uncompressedSize > 1024 * 1024 &&
      entry.uncompressedSize > entry.compressedSize * limits.maxZipRatio
    )
      throw bomb(`${entry.name}: ratio ${Math.round(entry.uncompressedSize / entry.compressedSize)}`);
    entries.push(entry);
  }

  // Overlapping entries ("a better zip bomb") reuse one compressed stream under many names.
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let end = 0;
  for (const e of sorted) {
    if (e.localOffset < end) throw bomb('overlapping entries');
    if (e.localOffset + 30 > cdOffset || view.getUint32(e.localOffset, true) !== LOCAL)
      throw corrupt(`bad local header for ${e.name}`);
    end = dataStart(view, e) + e.compressedSize;
    if (end > cdOffset) throw corrupt(`${e.name} runs past the central directory`);
  }
  return entries;
}

const dataStart = (view: DataView, e: ZipEntry): number =>
  e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);

/**
 * Inflates one entry as a stream, handing each chunk to `sink`; stops with a refusal as soon as
 * the output grows past the entry's declared size (which the directory check has bounded), so a
 * lying entry costs one slice. Returns the real inflated size, which must equal the declared one.
 */
export function streamEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  sink: (chunk: Uint8Array) => void = () => {},
  format: ZipFormat = 'docx',
): number {
  const { what, app } = ZIP_FORMATS[format];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = dataStart(view, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize)
      throw rejections.corrupt(what, `${entry.name}: stored size differs from declared`);
    sink(data);
    return data.length;
  }
  if (entry.method !== 8) throw rejections.corrupt(what, `${entry.name}: compression method ${entry.method}`);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    length += chunk.length;
    if (length > entry.uncompressedSize)
      throw rejections.zipBomb(`${entry.name} inflates past its declared size`, app, format);
    sink(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += SLICE)
      inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof UploadRejectedError) throw error;
    throw rejections.corrupt(what, `${entry.name}: ${String(error)}`, error);
  }
  if (length !== entry.uncompressedSize)
    throw rejections.corrupt(what, `${entry.name}: ${length} bytes, declared ${entry.uncompressedSize}`);
  return length;
}

/** One (small) entry inflated whole, within its declared size. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, format: ZipFormat = 'docx'): Uint8Array {
  const out = new Uint8Array(entry.uncompressedSize);
  let at = 0;
  streamEntry(
    bytes,
    entry,
    (chunk) => {
      out.set(chunk, at);
      at += chunk.length;
    },
    format,
  );
  return out;
}

/** Counts `<row` start tags (with or without a namespace prefix) across chunk boundaries. */
function rowCounter(onRow: () => void): (chunk: Uint8Array) => void {
  const decoder = new TextDecoder('latin1');
  let carry = '';
  return (chunk) => {
    const text = carry + decoder.decode(chunk);
    const tag = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
    let last = 0;
    for (let m = tag.exec(text); m; m = tag.exec(text)) {
      onRow();
      last = m.index + m[0].length;
    }
    carry = text.slice(Math.max(last, text.length - 32));
  };
}

const MAIN_PART: Record<Exclude<ZipFormat, 'odt' | 'ods'>, string> = {
  docx: 'word/document.xml',
  xlsx: 'xl/workbook.xml',
  pptx: 'ppt/presentation.xml',
};
const ODF_TYPES: Record<string, ZipFormat> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

/** Which zip-based office format the archive holds, from its directory; null when none. */
export function zipFormat(
  bytes: Uint8Array,
  limits: Required<UploadLimits>,
  named: ZipFormat,
): ZipFormat | null {
  const entries = readCentralDirectory(bytes, limits, named);
  for (const [format, part] of Object.entries(MAIN_PART))
    if (entries.some((e) => e.name === part)) return format as ZipFormat;
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype && mimetype.uncompressedSize < 256 && (mimetype.flags & 1) === 0) {
    const type = new TextDecoder().decode(inflateEntry(bytes, mimetype, named)).trim();
    return ODF_TYPES[type] ?? null;
  }
  return null;
}

const MACRO_TYPES = /macroEnabled|vbaProject/i;
const macros = (app: string, ext: string, detail: string) =>
  rejections.unsafe(
    `Tệp ${app} có chứa macro (mã lệnh tự chạy) nên không được nhận. Hãy lưu lại thành .${ext} không có macro rồi tải lên.`,
    detail,
  );

/**
 * The whole check of a zip-based office document: directory, encryption, its main part, macros,
 * then every entry inflated for real within the caps (and, for a workbook, its rows counted).
 * Runs in a worker (see checks.ts): inflating up to the caps takes a noticeable fraction of a second.
 */
export function checkOfficeArchive(
  bytes: Uint8Array,
  format: ZipFormat,
  limits: Required<UploadLimits>,
): void {
  const { what, app } = ZIP_FORMATS[format];
  const entries = readCentralDirectory(bytes, limits, format);
  if (entries.some((e) => (e.flags & 1) === 1)) throw rejections.encrypted(what);
  const notIt = (detail: string) => rejections.mismatch(format, `tệp ${what}`, detail);
  if (format === 'odt' || format === 'ods') {
    if (zipFormat(bytes, limits, format) !== format) throw notIt('wrong ODF mimetype');
    if (entries.some((e) => /^(Basic|Scripts)\//.test(e.name))) throw macros(app, format, 'ODF with macros');
  } else {
    const contentTypes = entries.find((e) => e.name === '[Content_Types].xml');
    const main = entries.find((e) => e.name === MAIN_PART[format]);
    if (!contentTypes || !main) throw notIt(`zip without ${MAIN_PART[format]}`);
    if (contentTypes.uncompressedSize > 1024 * 1024)
      throw rejections.corrupt(what, 'oversized [Content_Types].xml');
    const types = new TextDecoder().decode(inflateEntry(bytes, contentTypes, format));
    if (entries.some((e) => /vbaProject\.bin$/i.test(e.name)) || MACRO_TYPES.test(types))
      throw macros(app, format, `${format} with VBA macros`);
  }
  let rows = 0;
  let head = '';
  for (const entry of entries) {
    let sink: ((chunk: Uint8Array) => void) | undefined;
    if (format === 'xlsx' && /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name))
      sink = rowCounter(() => {
        if (++rows > limits.maxSheetRows) throw rejections.tooManyRows(rows, limits.maxSheetRows);
      });
    else if (format === 'docx' && entry.name === MAIN_PART.docx)
      sink = (chunk) => {
        if (head.length < 4096) head += new TextDecoder().decode(chunk.subarray(0, 4096));
      };
    streamEntry(bytes, entry, sink, format);
  }
  // The main part must be a Word document, not just a name.
  if (format === 'docx' && !/<w:document\b/.test(head.slice(0, 4096)))
    throw rejections.corrupt(what, 'word/document.xml is not a Word document');
}

/** UTF-16LE bytes of a directory entry name, as stored in a compound file. */
const utf16 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
};

const indexOf = (haystack: Uint8Array, needle: Uint8Array): number =>
  Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(needle);

export type CompoundKind = 'doc' | 'xls' | 'ppt' | 'encrypted-ooxml' | 'other';

/** What an OLE2 compound file holds, from its directory entry names. */
export function compoundKind(bytes: Uint8Array): CompoundKind {
  if (indexOf(bytes, utf16('EncryptedPackage')) >= 0) return 'encrypted-ooxml';
  if (indexOf(bytes, utf16('WordDocument')) >= 0) return 'doc';
  if (indexOf(bytes, utf16('Workbook')) >= 0) return 'xls';
  if (indexOf(bytes, utf16('PowerPoint Document')) >= 0) return 'ppt';
  return 'other';
}

const COMPOUND_APP: Record<'doc' | 'xls' | 'ppt', { app: string; modern: string }> = {
  doc: { app: 'Word', modern: 'docx' },
  xls: { app: 'Excel', modern: 'xlsx' },
  ppt: { app: 'PowerPoint', modern: 'pptx' },
};

/** Old binary office files: refused when they carry VBA macros. */
export function checkCompound(bytes: Uint8Array, kind: 'doc' | 'xls' | 'ppt'): void {
  const { app, modern } = COMPOUND_APP[kind];
  if (indexOf(bytes, utf16('_VBA_PROJECT')) >= 0 || indexOf(bytes, utf16('Macros')) >= 0)
    throw macros(app, modern, `${kind} with VBA macros`);
}
