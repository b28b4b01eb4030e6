// The accepted formats, their extensions and media types, and safe file names.
import type { UploadLimits } from './limits.ts';

/** The kinds of communication product the library holds. */
export type MediaKind = 'image' | 'pdf' | 'word' | 'audio' | 'video';
/** Every kind of file an upload may be: the library's, plus what evidence and imports also take. */
export type FileKind = MediaKind | 'spreadsheet' | 'presentation' | 'text';

export interface MediaFormat {
  /** Canonical extension, also the format's id. */
  ext: string;
  kind: FileKind;
  mediaType: string;
  /** File-name extensions that name this format. */
  extensions: readonly string[];
  /** Vietnamese, for messages. */
  label: string;
}

const f = (
  ext: string,
  kind: FileKind,
  mediaType: string,
  label: string,
  extensions = [ext],
): MediaFormat => ({
  ext,
  kind,
  mediaType,
  extensions,
  label,
});

/** The media types of Office Open XML (.docx, .xlsx, .pptx) share this prefix. */
const OOXML = 'application/vnd.openxmlformats-officedocument';

export const FORMATS: readonly MediaFormat[] = [
  f('png', 'image', 'image/png', 'ảnh PNG'),
  f('jpg', 'image', 'image/jpeg', 'ảnh JPEG', ['jpg', 'jpeg', 'jpe', 'jfif']),
  f('webp', 'image', 'image/webp', 'ảnh WebP'),
  f('gif', 'image', 'image/gif', 'ảnh GIF'),
  f('svg', 'image', 'image/svg+xml', 'ảnh SVG'),
  f('pdf', 'pdf', 'application/pdf', 'tài liệu PDF'),
  f('docx', 'word', `${OOXML}.wordprocessingml.document`, 'tài liệu Word (.docx)'),
  f('doc', 'word', 'application/msword', 'tài liệu Word (.doc)'),
  f('mp3', 'audio', 'audio/mpeg', 'âm thanh MP3'),
  f('ogg', 'audio', 'audio/ogg', 'âm thanh OGG/Opus', ['ogg', 'oga', 'opus']),
  f('wav', 'audio', 'audio/wav', 'âm thanh WAV'),
  f('m4a', 'audio', 'audio/mp4', 'âm thanh M4A'),
  f('mp4', 'video', 'video/mp4', 'video MP4', ['mp4', 'm4v']),
  f('webm', 'video', 'video/webm', 'video WebM'),
  f('xlsx', 'spreadsheet', `${OOXML}.spreadsheetml.sheet`, 'bảng tính Excel (.xlsx)'),
  f('xls', 'spreadsheet', 'application/vnd.ms-excel', 'bảng tính Excel (.xls)'),
  f('ods', 'spreadsheet', 'application/vnd.oasis.opendocument.spreadsheet', 'bảng tính ODS'),
  f('pptx', 'presentation', `${OOXML}.presentationml.presentation`, 'trình chiếu PowerPoint (.pptx)'),
  f('ppt', 'presentation', 'application/vnd.ms-powerpoint', 'trình chiếu PowerPoint (.ppt)'),
  f('odt', 'word', 'application/vnd.oasis.opendocument.text', 'văn bản ODT'),
  f('txt', 'text', 'text/plain', 'văn bản thuần (.txt)'),
  f('csv', 'text', 'text/csv', 'bảng dữ liệu CSV'),
];

/** Which formats a kind of upload takes, by canonical extension. */
export type FormatSet = readonly string[];

/** The formats of these kinds, kind by kind in the order given, each kind's in table order. */
const ofKinds = (...kinds: FileKind[]): FormatSet =>
  kinds.flatMap((kind) => FORMATS.filter((f) => f.kind === kind).map((f) => f.ext));

/** Communication products of the library: pictures, documents, sound and video. */
export const LIBRARY_FORMATS: FormatSet = [
  ...ofKinds('image', 'pdf'),
  'docx',
  'doc',
  ...ofKinds('audio', 'video'),
];
/** Evidence of a task's progress: pictures, office documents, plain text, sound and video (no SVG). */
export const EVIDENCE_FORMATS: FormatSet = ofKinds(
  'image',
  'pdf',
  'word',
  'spreadsheet',
  'presentation',
  'text',
  'audio',
  'video',
).filter((ext) => ext !== 'svg');
/** A plan document to be read by the plan parser. */
export const PLAN_FORMATS: FormatSet = ['docx', 'pdf', 'txt'];
/** An Excel workbook filled in from one of our templates. */
export const WORKBOOK_FORMATS: FormatSet = ['xlsx'];

/** "ảnh PNG, tài liệu PDF…": the formats of a set, for messages. */
export const formatsText = (set: FormatSet): string => set.map((ext) => formatById(ext).label).join(', ');

export const formatById = (ext: string): MediaFormat => {
  const found = FORMATS.find((x) => x.ext === ext);
  if (!found) throw new Error(`unknown format ${ext}`);
  return found;
};

export const formatByExtension = (extension: string): MediaFormat | undefined =>
  FORMATS.find((x) => x.extensions.includes(extension));

export const formatByMediaType = (mediaType: string): MediaFormat | undefined => {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return FORMATS.find((x) => x.mediaType === type);
};

/** Each kind of file: what messages call it, and the size limit it falls under. */
const KINDS: Record<
  FileKind,
  { label: string; limit: 'maxImageBytes' | 'maxDocumentBytes' | 'maxAudioBytes' | 'maxVideoBytes' }
> = {
  image: { label: 'ảnh', limit: 'maxImageBytes' },
  pdf: { label: 'PDF', limit: 'maxDocumentBytes' },
  word: { label: 'Word', limit: 'maxDocumentBytes' },
  audio: { label: 'âm thanh', limit: 'maxAudioBytes' },
  video: { label: 'video', limit: 'maxVideoBytes' },
  spreadsheet: { label: 'bảng tính', limit: 'maxDocumentBytes' },
  presentation: { label: 'trình chiếu', limit: 'maxDocumentBytes' },
  text: { label: 'văn bản thuần', limit: 'maxDocumentBytes' },
};
export const byteLimit = (kind: FileKind, limits: UploadLimits): number => limits[KINDS[kind].limit];
export const kindLabel = (kind: FileKind): string => KINDS[kind].label;

/** The kind a browser-declared media type claims, when it claims one (octet-stream claims none). */
export function declaredKind(declaredType: string): FileKind | undefined {
  const type = declaredType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  if (type === 'application/pdf') return 'pdf';
  if (type === 'application/msword' || type.includes('wordprocessingml')) return 'word';
  return undefined;
}

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_BASE = 120;

/** Splits a client-given name into a safe base (NFC, no path, no control or bidi characters) and extension. */
export function splitSafeName(name: string): { base: string; extension: string } {
  const last = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = last
    // Control, bidi-override and zero-width characters hide the real extension ("ảnh\u202Egnp.exe").
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const dot = cleaned.lastIndexOf('.');
  let base = dot > 0 ? cleaned.slice(0, dot) : cleaned;
  const extension = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  base = base.replace(/^[.\s]+|[.\s]+$/g, '');
  if (RESERVED.test(base.split('.')[0] ?? '')) base = `_${base}`;
  if (base.length > MAX_BASE) base = [...base].slice(0, MAX_BASE).join('').trim();
  return { base: base || 'tep', extension: /^[a-z0-9]{1,10}$/.test(extension) ? extension : '' };
}
