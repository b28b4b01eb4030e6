// The security review's hostile files (findings 7, 8, 14, 17, 18), built on the fly: zips written by
// hand (so a directory can say whatever a test needs), gigabyte deflate runs built in a millisecond,
// .docx/.xlsx around a given part, PDFs with a correct xref table, object streams, encrypted PDFs and
// pixel-bomb PNGs. One module for packages/media's tests, the server's hostile-uploads test and
// bench/hostile-uploads.ts, so all three send the same files.
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';
import sharp from 'sharp';

const MB = 1024 * 1024;

export const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

export const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

// ---------------------------------------------------------------- zips

/** An entry's bytes as stored, before it has a name. */
export interface ZipData {
  /** Bytes as stored (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** The inflated size both headers state (set it to a lie to make both lie). */
  size: number;
  /** What the central directory alone claims, when only it should lie. */
  declaredSize?: number;
}

export interface RawEntry extends ZipData {
  name: string;
  /** Point this entry at an earlier entry's local header (overlap). */
  sameAs?: number;
}

/** A zip written by hand, so tests can make its central directory say whatever they need. */
export function writeZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  const enc = new TextEncoder();
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const at = e.sameAs === undefined ? offset : (offsets[e.sameAs] ?? 0);
    offsets.push(at);
    if (e.sameAs === undefined) {
      parts.push(local, e.data);
      offset += local.length + e.data.length;
    }
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.declaredSize ?? e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, at, true);
    cd.set(name, 46);
    central.push(cd);
  }
  const cdSize = central.reduce((a, c) => a + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return concat([...parts, ...central, end]);
}

/** Deflated entry from text (UTF-8) or bytes, honest about its size. */
export function entry(name: string, content: string | Uint8Array): RawEntry {
  const raw = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, data: new Uint8Array(deflateRawSync(raw)), method: 8, crc: crc32(raw), size: raw.length };
}

/**
 * Raw deflate data inflating to `megabytes` MB of one byte value, made by repeating one
 * self-contained, byte-aligned (sync-flushed) segment: a gigabyte bomb costs a millisecond and a
 * megabyte to build. Honest about its size and CRC; spread it and change `size` to make it lie.
 */
export function deflatedRun(megabytes: number, byte = 0): ZipData {
  const mb = new Uint8Array(MB).fill(byte);
  const segment = new Uint8Array(deflateRawSync(mb, { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));
  const parts: Uint8Array[] = [];
  for (let i = 0; i < megabytes; i++) parts.push(segment);
  parts.push(Uint8Array.from([0x03, 0x00])); // a final, empty fixed-Huffman block
  // The CRC of n MB of one byte value, computed incrementally over the same megabyte.
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(mb, crc);
  return { data: concat(parts), method: 8, crc, size: megabytes * MB };
}

// ---------------------------------------------------------------- office files

export const DOCX_CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

export const XLSX_CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';

export const DOCUMENT_XML =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hỏi đáp Nghị quyết 57</w:t></w:r></w:p></w:body></w:document>';

/** One sheet, named as in the report template. */
export const WORKBOOK_XML =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Nhập số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>';

const part = (name: string, content: string | ZipData): RawEntry =>
  typeof content === 'string' ? entry(name, content) : { ...content, name };

/** A .docx whose word/document.xml is this text, or these stored bytes (e.g. a lying deflated run). */
export const docxWith = (documentXml: string | ZipData): Uint8Array =>
  writeZip([entry('[Content_Types].xml', DOCX_CONTENT_TYPES), part('word/document.xml', documentXml)]);

/** An .xlsx with one sheet, xl/worksheets/sheet1.xml, of this text or these stored bytes. */
export const xlsxWithSheet = (sheetXml: string | ZipData): Uint8Array =>
  writeZip([
    entry('[Content_Types].xml', XLSX_CONTENT_TYPES),
    entry('xl/workbook.xml', WORKBOOK_XML),
    part('xl/worksheets/sheet1.xml', sheetXml),
  ]);

// ---------------------------------------------------------------- PDFs

/**
 * A PDF from object bodies (object i is `i+1 0 obj`), each a string or raw bytes, with a correct
 * xref table; `trailer` is added to the trailer dictionary (e.g. an /Encrypt reference).
 */
export function buildPdf(objects: (string | Uint8Array)[], trailer = ''): Uint8Array {
  const parts: Uint8Array[] = [latin1('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = concat([
      latin1(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? latin1(body) : body,
      latin1('\nendobj\n'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(latin1(xref));
  return concat(parts);
}

/** Object 1 of every PDF here: the catalog, with `extra` entries (e.g. an /OpenAction). */
export const catalog = (extra = ''): string => `<< /Type /Catalog /Pages 2 0 R ${extra}>>`;

/** Objects 2 to 5: one A4 page with a line of text; the hostile object comes next, as object 6. */
export const A4_PAGE = [
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  '<< /Length 44 >>\nstream\nBT /F1 24 Tf 72 720 Td (Ke hoach 2026) Tj ET\nendstream',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
];

/** The A4 page opening with this action dictionary (object 6), e.g. `<< /S /J#61vaScript … >>`. */
export const pdfWithOpenAction = (action: string): Uint8Array =>
  buildPdf([catalog('/OpenAction 6 0 R '), ...A4_PAGE, action]);

/** The A4 page encrypted with the standard security handler. */
export const encryptedPdf = (): Uint8Array =>
  buildPdf(
    [
      catalog(),
      ...A4_PAGE,
      `<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'5b'.repeat(32)}> /P -44 >>`,
    ],
    '/Encrypt 6 0 R /ID [<0123> <0123>] ',
  );

/** A FlateDecode stream object body: `<< dict /Length n /Filter /FlateDecode >> stream … endstream`. */
export function flateStream(dict: string, content: string): Uint8Array {
  const data = new Uint8Array(deflateSync(latin1(content)));
  return concat([
    latin1(`<< ${dict} /Length ${data.length} /Filter /FlateDecode >>\nstream\n`),
    data,
    latin1('\nendstream'),
  ]);
}

/** An object stream holding `objects` (numbered from `first`): how PDF 1.5 files compress objects. */
export function objectStream(first: number, objects: string[], type = '/ObjStm'): Uint8Array {
  let header = '';
  let body = '';
  objects.forEach((o, i) => {
    header += `${first + i} ${body.length} `;
    body += `${o}\n`;
  });
  return flateStream(`/Type ${type} /N ${objects.length} /First ${header.length}`, header + body);
}

/**
 * The A4 page opening with this action, hidden as object 7 in a compressed object stream (object 6)
 * whose /Type is `type` (escape it to test the parser's name decoding).
 */
export const objectStreamPdf = (action: string, type = '/ObjStm'): Uint8Array =>
  buildPdf([catalog('/OpenAction 7 0 R '), ...A4_PAGE, objectStream(7, [action], type)]);

// ---------------------------------------------------------------- pictures

export const png = async (width = 64, height = 48): Promise<Uint8Array> =>
  new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .png()
      .toBuffer(),
  );

/** A 1×1 PNG whose header claims width × height (the pixel bomb's trick: a tiny file, a huge bitmap). */
export async function pixelBomb(width: number, height: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(
    await sharp({ create: { width: 1, height: 1, channels: 4, background: '#000' } })
      .png()
      .toBuffer(),
  );
  const view = new DataView(bytes.buffer);
  // IHDR data starts at 16: width, height; its CRC covers type + data (12..29).
  view.setUint32(16, width);
  view.setUint32(20, height);
  view.setUint32(29, crc32(bytes.subarray(12, 29)));
  return bytes;
}

/** The PNG signature followed by this text: a "picture" that is a web page. */
export const fakePng = (html: string): Uint8Array =>
  concat([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), new TextEncoder().encode(html)]);
