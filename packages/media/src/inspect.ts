// inspectUpload / inspectFile: what an uploaded file really is, judged from its content and checked
// against its name, its declared type, the formats this kind of upload takes and the limits; hostile
// files are refused, SVGs come back sanitised. What parses a whole file (PDF objects, every part of an
// office archive, an SVG document) runs in a worker with time and memory caps; pictures are decoded
// by sharp on libuv's threads, in sequential mode (a strip at a time, not the whole bitmap).
import { open, readFile } from 'node:fs/promises';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { ContentCheck } from './checks.ts';
import { rejections, UploadRejectedError, type UploadRejectionCode } from './errors.ts';
import {
  byteLimit,
  declaredKind,
  type FileKind,
  type FormatSet,
  formatByExtension,
  formatById,
  formatsText,
  kindLabel,
  LIBRARY_FORMATS,
  type MediaFormat,
  type MediaKind,
  splitSafeName,
} from './formats.ts';
import { resolveLimits, type UploadLimits } from './limits.ts';
import { checkCompound, compoundKind, isCompoundFile, isZip, type ZipFormat, zipFormat } from './office.ts';
import { looksLikeSvg, svgSizedFor } from './svg.ts';
import type { MediaSource } from './tools.ts';
import {
  IsolatedTaskError,
  IsolationLimitError,
  type IsolationLimits,
  runIsolated,
} from './worker/isolate.ts';

export interface UploadInput {
  /** The client's file name; only its last path segment is kept. */
  name: string;
  bytes: Uint8Array;
  /** The media type the browser declared; only a claim of another kind is refused. */
  declaredType?: string;
}

export interface InspectedFile {
  kind: FileKind;
  mediaType: string;
  /** Canonical extension of the detected format (jpg, docx, ogg…). */
  extension: string;
  /** The bytes to store: the upload itself, or for SVG its sanitised form. */
  bytes: Uint8Array;
  /** NFC, without path or control characters, ending in `.<extension>`. */
  name: string;
}

/** A library product: one of the library's kinds. */
export interface InspectedUpload extends InspectedFile {
  kind: MediaKind;
}

export interface InspectOptions {
  /** The formats this kind of upload takes (canonical extensions); the library's by default. */
  accept?: FormatSet;
  limits?: Partial<UploadLimits>;
  /** Caps of the worker that parses the file; generous defaults. */
  isolation?: Partial<IsolationLimits>;
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
const ZIP_BASED: readonly string[] = ['docx', 'xlsx', 'pptx', 'odt', 'ods'];
const TEXT_BASED: readonly string[] = ['txt', 'csv'];

async function detect(
  bytes: Uint8Array,
  named: MediaFormat | undefined,
  limits: Required<UploadLimits>,
): Promise<MediaFormat | { other: string }> {
  // Zip and compound files are examined by our own bounded readers, not by file-type (which inflates).
  if (isZip(bytes)) {
    const expected = (named && ZIP_BASED.includes(named.ext) ? named.ext : 'docx') as ZipFormat;
    let found: ZipFormat | null;
    try {
      found = zipFormat(bytes, limits, expected);
    } catch (error) {
      // A damaged or hostile archive named as one of ours is refused for what it is; otherwise
      // it is simply not one of our formats.
      if (named && ZIP_BASED.includes(named.ext)) throw error;
      found = null;
    }
    return found ? formatById(found) : { other: 'zip archive' };
  }
  if (isCompoundFile(bytes)) {
    const kind = compoundKind(bytes);
    if (kind === 'encrypted-ooxml')
      throw rejections.encrypted(named?.kind === 'spreadsheet' ? 'Excel' : 'Word');
    return kind === 'other' ? { other: 'OLE2 compound file' } : formatById(kind);
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  // Illustrator files are PDFs too (file-type would call them "ai"), so a PDF header wins…
  if (startsAsPdf(bytes)) return formatById('pdf');
  const { found, format } = await byMagic(bytes);
  if (format) return format;
  // …and PDF tolerates up to 1 KB of junk before it, checked only once no other magic matched.
  if (!found && head.includes('%PDF-')) return formatById('pdf');
  if ((!found || found.ext === 'xml') && looksLikeSvg(bytes)) return formatById('svg');
  // Plain text has no magic: it is what the name says when its bytes are text.
  if (!found && named && TEXT_BASED.includes(named.ext) && isText(bytes)) return named;
  return { other: found ? `${found.ext} (${found.mime})` : 'unknown' };
}

/** Inspects a library product (the library's formats, or `limits`' caps). */
export async function inspectUpload(
  input: UploadInput,
  limitsIn?: Partial<UploadLimits>,
): Promise<InspectedUpload> {
  return (await inspectFile(input, { accept: LIBRARY_FORMATS, limits: limitsIn ?? {} })) as InspectedUpload;
}

/** What a file's name, size and purpose allow, before any of its content is read. */
interface Expectation {
  limits: Required<UploadLimits>;
  accept: FormatSet;
  allowed: string;
  base: string;
  extension: string;
  /** The format its name gives, when this purpose takes it. */
  named: MediaFormat | undefined;
}

function expectationOf(name: string, size: number, options: InspectOptions): Expectation {
  const limits = resolveLimits(options.limits);
  const accept = options.accept ?? LIBRARY_FORMATS;
  const allowed = formatsText(accept);
  const { base, extension } = splitSafeName(name);
  const known = extension ? formatByExtension(extension) : undefined;
  const named = known && accept.includes(known.ext) ? known : undefined;
  if (extension && !named) throw rejections.unsupported(`extension .${extension}`, allowed);
  // From the size alone, before reading any content.
  const maxBytes = named
    ? byteLimit(named.kind, limits)
    : Math.max(...accept.map((x) => byteLimit(formatById(x).kind, limits)));
  if (size > maxBytes) throw rejections.tooLarge(named?.label ?? '', size, maxBytes);
  if (size === 0) throw rejections.empty();
  return { limits, accept, allowed, base, extension, named };
}

/** The format the content showed, held against the name, the declared type, the purpose and the kind's limit. */
function judge(
  found: MediaFormat | { other: string },
  expected: Expectation,
  size: number,
  declaredType: string | undefined,
): MediaFormat {
  const { named, extension, accept, allowed, limits } = expected;
  if ('other' in found) {
    if (named) throw rejections.mismatch(extension, named.label, `content is ${found.other}`);
    throw rejections.unsupported(found.other, allowed);
  }
  if (named && !compatible(named, found))
    throw rejections.mismatch(extension, named.label, `content is ${found.ext}`);
  if (!accept.includes(found.ext)) throw rejections.unsupported(`content is ${found.ext}`, allowed);
  const format = named?.ext === 'm4a' ? named : found;
  const claimed = declaredType ? declaredKind(declaredType) : undefined;
  if (claimed && claimed !== format.kind && !(audiovisual(claimed) && audiovisual(format.kind)))
    throw rejections.declaredMismatch(declaredType ?? '', kindLabel(format.kind));
  const kindMax = byteLimit(format.kind, limits);
  if (size > kindMax) throw rejections.tooLarge(format.label, size, kindMax);
  return format;
}

const audiovisual = (k: FileKind) => k === 'audio' || k === 'video';

/** Inspects any upload against the formats its purpose takes (`options.accept`). */
export async function inspectFile(input: UploadInput, options: InspectOptions = {}): Promise<InspectedFile> {
  const { bytes } = input;
  const expected = expectationOf(input.name, bytes.length, options);
  const { limits } = expected;
  const format = judge(
    await detect(bytes, expected.named, limits),
    expected,
    bytes.length,
    input.declaredType,
  );

  let safeBytes = bytes;
  switch (format.ext) {
    case 'svg':
      safeBytes = await checkSvg(bytes, limits, options.isolation);
      break;
    case 'png':
    case 'jpg':
    case 'webp':
    case 'gif':
      await checkRaster(bytes, format, limits);
      break;
    case 'pdf':
    case 'docx':
    case 'xlsx':
    case 'pptx':
    case 'odt':
    case 'ods':
      await checkIsolated({ format: format.ext, bytes, limits }, format, options.isolation);
      break;
    case 'doc':
    case 'xls':
    case 'ppt':
      checkCompound(bytes, format.ext);
      break;
  }
  return {
    kind: format.kind,
    mediaType: format.mediaType,
    extension: format.ext,
    bytes: safeBytes,
    name: `${expected.base}.${format.ext}`,
  };
}

/** An upload waiting in a file (as the server received it). */
export interface UploadAt {
  name: string;
  path: string;
  size: number;
  declaredType?: string;
}

/** What {@link inspectFileAt} found: `source` is the file itself for audio and video, else the bytes to store. */
export interface InspectedAt extends Omit<InspectedFile, 'bytes'> {
  source: MediaSource;
}

/** Detection reads this much of a file's head (file-type's own window). */
const HEAD_BYTES = 64 * 1024;

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Inspects an upload still in its file. Audio and video are judged from their head alone (their
 * container's magic, as {@link inspectFile} does) and stay in the file: a 500 MB video is never read
 * into memory. Anything else is parsed whole by {@link inspectFile}, within its kind's limit (50 MB
 * at most by default), once the size shows it can be.
 */
export async function inspectFileAt(input: UploadAt, options: InspectOptions = {}): Promise<InspectedAt> {
  const expected = expectationOf(input.name, input.size, options);
  const head = await readHead(input.path);
  const found = await audiovisualFormat(head);
  if (found) {
    const format = judge(found, expected, input.size, input.declaredType);
    return {
      kind: format.kind,
      mediaType: format.mediaType,
      extension: format.ext,
      name: `${expected.base}.${format.ext}`,
      source: { path: input.path },
    };
  }
  // Not audio or video: only the other kinds' limits apply, before anything is read whole.
  const { named, limits, accept } = expected;
  if (named && audiovisual(named.kind))
    throw rejections.mismatch(expected.extension, named.label, 'content is not audio or video');
  const wholeMax = Math.max(
    0,
    ...accept
      .map((x) => formatById(x).kind)
      .filter((k) => !audiovisual(k))
      .map((k) => byteLimit(k, limits)),
  );
  if (input.size > wholeMax) throw rejections.tooLarge(named?.label ?? '', input.size, wholeMax);
  const { bytes, ...inspected } = await inspectFile(
    { name: input.name, bytes: new Uint8Array(await readFile(input.path)), declaredType: input.declaredType },
    options,
  );
  return { ...inspected, source: bytes };
}

/**
 * The audio or video format a head shows, by the same order of checks as {@link detect}: what our
 * own readers examine (zip, compound files, PDF) first, then the magic.
 */
async function audiovisualFormat(head: Uint8Array): Promise<MediaFormat | null> {
  if (isZip(head) || isCompoundFile(head) || startsAsPdf(head)) return null;
  const { format } = await byMagic(head);
  return format && audiovisual(format.kind) ? format : null;
}

/** file-type's reading of a file's head, and the format of ours it names, if any. */
async function byMagic(bytes: Uint8Array) {
  const found = await fileTypeFromBuffer(bytes.subarray(0, HEAD_BYTES));
  const id = found ? DETECTED[found.ext] : undefined;
  return { found, format: id ? formatById(id) : undefined };
}

const startsAsPdf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-';

const CHECKS = { module: new URL('./checks.ts', import.meta.url), exportName: 'checkContent' };
/** Enough for a legitimate 50 MB PDF or office file; far less than a bomb would take. */
const CHECK_ISOLATION: IsolationLimits = { timeoutMs: 20_000, maxHeapMb: 192, maxRssGrowthMb: 384 };

/** Runs checks.ts in a worker; its refusals come back as they were thrown, its limits as 'too complex'. */
async function checkIsolated(
  check: ContentCheck,
  format: MediaFormat,
  isolation: Partial<IsolationLimits> = {},
): Promise<Uint8Array | null> {
  try {
    return await runIsolated<Uint8Array | null>(CHECKS, check, { ...CHECK_ISOLATION, ...isolation });
  } catch (error) {
    if (error instanceof IsolatedTaskError && error.remote.name === 'UploadRejectedError')
      throw new UploadRejectedError(
        error.remote.code as UploadRejectionCode,
        error.remote.message,
        error.remote.detail ?? '',
      );
    if (error instanceof IsolationLimitError) throw rejections.tooComplex(format.label, error.message);
    throw rejections.corrupt(format.label, String(error), error);
  }
}

/** UTF-8 or UTF-16 (with its byte-order mark) text with few control characters. */
function isText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const encoding = bom16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8';
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control <= Math.max(2, sample.length * 0.01);
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
    // A full decode finds truncated or damaged pixel data, which the header does not reveal; read
    // sequentially and shrunk as it goes, it never holds the whole bitmap.
    await sharp(bytes, { limitInputPixels: limits.maxImagePixels, failOn: 'error', sequentialRead: true })
      .resize(64, 64, { fit: 'inside' })
      .raw()
      .toBuffer();
  } catch (error) {
    throw rejections.corrupt(format.label, String(error), error);
  }
}

async function checkSvg(
  bytes: Uint8Array,
  limits: Required<UploadLimits>,
  isolation: Partial<IsolationLimits> = {},
): Promise<Uint8Array> {
  const clean = await checkIsolated({ format: 'svg', bytes, limits }, formatById('svg'), isolation);
  if (!clean) throw rejections.corrupt('ảnh SVG', 'sanitiser returned nothing');
  try {
    // librsvg must be able to render what we keep; rendered small, whatever its declared size.
    await sharp(svgSizedFor(clean, 64).bytes).stats();
  } catch (error) {
    if (error instanceof UploadRejectedError) throw error;
    throw rejections.corrupt('ảnh SVG', String(error), error);
  }
  return clean;
}
