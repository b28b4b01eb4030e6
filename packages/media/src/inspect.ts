// inspectUpload: what an uploaded file really is, judged from its content and checked against its
// name, its declared type and the limits; hostile files are refused, SVGs come back sanitised.
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { rejections, UploadRejectedError } from './errors.ts';
import {
  byteLimit,
  declaredKind,
  FORMATS,
  formatByExtension,
  formatById,
  kindLabel,
  type MediaFormat,
  type MediaKind,
  splitSafeName,
} from './formats.ts';
import { resolveLimits, type UploadLimits } from './limits.ts';
import { checkDoc, checkDocx, compoundKind, isCompoundFile, isZip } from './office.ts';
import { looksLikeSvg, sanitizeSvg, svgSizedFor } from './svg.ts';

export interface UploadInput {
  /** The client's file name; only its last path segment is kept. */
  name: string;
  bytes: Uint8Array;
  /** The media type the browser declared; only a claim of another kind is refused. */
  declaredType?: string;
}

export interface InspectedUpload {
  kind: MediaKind;
  mediaType: string;
  /** Canonical extension of the detected format (jpg, docx, ogg…). */
  extension: string;
  /** The bytes to store: the upload itself, or for SVG its sanitised form. */
  bytes: Uint8Array;
  /** NFC, without path or control characters, ending in `.<extension>`. */
  name: string;
}

/** file-type's answers that name one of our formats. */
const DETECTED: Record<string, string> = {
  png: 'png',
  apng: 'png',
  jpg: 'jpg',
  webp: 'webp',
  gif: 'gif',
  mp3: 'mp3',
  opus: 'ogg',
  ogg: 'ogg',
  oga: 'ogg',
  wav: 'wav',
  m4a: 'm4a',
  mp4: 'mp4',
  m4v: 'mp4',
  webm: 'webm',
};

/** A .m4a is often written with a generic MP4 brand; the container is the same. */
const compatible = (named: MediaFormat, found: MediaFormat): boolean =>
  named.ext === found.ext || (named.ext === 'm4a' && found.ext === 'mp4');

/** Detects the format from content; `other` names what was found when it is none of ours. */
async function detect(
  bytes: Uint8Array,
  named: MediaFormat | undefined,
): Promise<MediaFormat | { other: string }> {
  // Zip and compound files are examined by our own bounded readers, not by file-type (which inflates).
  if (isZip(bytes)) {
    if (named?.ext !== 'docx') return { other: 'zip archive' };
    return formatById('docx');
  }
  if (isCompoundFile(bytes)) {
    const kind = compoundKind(bytes);
    if (kind === 'encrypted-ooxml') throw rejections.encrypted('Word');
    return kind === 'doc' ? formatById('doc') : { other: 'OLE2 compound file' };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  // Illustrator files are PDFs too (file-type would call them "ai"), so a PDF header wins…
  if (head.startsWith('%PDF-')) return formatById('pdf');
  const found = await fileTypeFromBuffer(bytes.subarray(0, 64 * 1024));
  const id = found ? DETECTED[found.ext] : undefined;
  if (id) return formatById(id);
  // …and PDF tolerates up to 1 KB of junk before it, checked only once no other magic matched.
  if (!found && head.includes('%PDF-')) return formatById('pdf');
  if ((!found || found.ext === 'xml') && looksLikeSvg(bytes)) return formatById('svg');
  return { other: found ? `${found.ext} (${found.mime})` : 'unknown' };
}

export async function inspectUpload(
  input: UploadInput,
  limitsIn?: Partial<UploadLimits>,
): Promise<InspectedUpload> {
  const limits = resolveLimits(limitsIn);
  const { bytes } = input;
  const { base, extension } = splitSafeName(input.name);
  const named = extension ? formatByExtension(extension) : undefined;
  if (extension && !named) throw rejections.unsupported(`extension .${extension}`);

  // From the size alone, before reading any content.
  const maxBytes = named
    ? byteLimit(named.kind, limits)
    : Math.max(...FORMATS.map((x) => byteLimit(x.kind, limits)));
  if (bytes.length > maxBytes) throw rejections.tooLarge(named?.label ?? '', bytes.length, maxBytes);
  if (bytes.length === 0) throw rejections.empty();

  const found = await detect(bytes, named);
  if ('other' in found) {
    if (named) throw rejections.mismatch(extension, named.label, `content is ${found.other}`);
    throw rejections.unsupported(found.other);
  }
  if (named && !compatible(named, found))
    throw rejections.mismatch(extension, named.label, `content is ${found.ext}`);
  const format = named?.ext === 'm4a' ? named : found;
  const claimed = input.declaredType ? declaredKind(input.declaredType) : undefined;
  const audiovisual = (k: MediaKind) => k === 'audio' || k === 'video';
  if (claimed && claimed !== format.kind && !(audiovisual(claimed) && audiovisual(format.kind)))
    throw rejections.declaredMismatch(input.declaredType ?? '', kindLabel(format.kind));
  const kindMax = byteLimit(format.kind, limits);
  if (bytes.length > kindMax) throw rejections.tooLarge(format.label, bytes.length, kindMax);

  let safeBytes = bytes;
  switch (format.ext) {
    case 'svg':
      safeBytes = await checkSvg(bytes);
      break;
    case 'png':
    case 'jpg':
    case 'webp':
    case 'gif':
      await checkRaster(bytes, format, limits);
      break;
    case 'pdf':
      checkPdf(bytes);
      break;
    case 'docx':
      checkDocx(bytes, limits);
      break;
    case 'doc':
      checkDoc(bytes);
      break;
  }
  return {
    kind: format.kind,
    mediaType: format.mediaType,
    extension: format.ext,
    bytes: safeBytes,
    name: `${base}.${format.ext}`,
  };
}

async function checkRaster(bytes: Uint8Array, format: MediaFormat, limits: UploadLimits): Promise<void> {
  let width: number;
  let height: number;
  try {
    // Metadata reads the header only, so a pixel bomb is refused before any decoding.
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch (error) {
    throw rejections.corrupt(format.label, String(error), error);
  }
  if (width * height > limits.maxImagePixels)
    throw rejections.tooManyPixels(width, height, limits.maxImagePixels);
  try {
    // A full decode finds truncated or damaged pixel data, which the header does not reveal.
    await sharp(bytes, { limitInputPixels: limits.maxImagePixels, failOn: 'error' }).stats();
  } catch (error) {
    throw rejections.corrupt(format.label, String(error), error);
  }
}

async function checkSvg(bytes: Uint8Array): Promise<Uint8Array> {
  const clean = sanitizeSvg(bytes);
  try {
    // librsvg must be able to render what we keep; rendered small, whatever its declared size.
    await sharp(svgSizedFor(clean.bytes, 64).bytes).stats();
  } catch (error) {
    if (error instanceof UploadRejectedError) throw error;
    throw rejections.corrupt('ảnh SVG', String(error), error);
  }
  return clean.bytes;
}

function checkPdf(bytes: Uint8Array): void {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 4096)));
  if (!tail.includes('%%EOF')) throw rejections.corrupt('PDF', 'no %%EOF near the end (truncated?)');
  // Object streams can hide these, but the usual script and launch actions are plain names.
  const text = new TextDecoder('latin1').decode(bytes);
  if (/\/JavaScript\b|\/Launch\b/.test(text))
    throw rejections.unsafe(
      'Tệp PDF có chứa mã lệnh (JavaScript hoặc lệnh mở chương trình) nên không được đưa vào thư viện. Hãy in lại tài liệu ra PDF (chức năng "In ra PDF"/"Microsoft Print to PDF") rồi tải lên.',
      'PDF with JavaScript or Launch action',
    );
}
