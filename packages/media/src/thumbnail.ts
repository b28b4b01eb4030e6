// Thumbnails (webp, inside 480×480) and durations. Images go through sharp (SVG sanitised first);
// PDFs through pdftoppm, videos through ffmpeg, durations through ffprobe: when a tool is missing,
// fails or times out, the answer is null and the upload simply has no thumbnail.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { rejections, UploadRejectedError } from './errors.ts';
import { type FileKind, formatByMediaType } from './formats.ts';
import { DEFAULT_UPLOAD_LIMITS } from './limits.ts';
import { sanitizeSvg, svgSizedFor } from './svg.ts';
import { type MediaSource, mediaTools, runTool, withTempInput } from './tools.ts';

export const THUMBNAIL_SIZE = 480;

export interface Thumbnail {
  bytes: Uint8Array;
  mediaType: 'image/webp';
  width: number;
  height: number;
}

async function toWebp(input: Uint8Array | string, limitInputPixels: number | false): Promise<Thumbnail> {
  // Sequential reading shrinks the picture strip by strip: a 50 MP photo never sits whole in memory.
  const { data, info } = await sharp(input, { limitInputPixels, sequentialRead: true })
    .rotate() // honour EXIF orientation from phones
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(data), mediaType: 'image/webp', width: info.width, height: info.height };
}

/**
 * Makes a webp thumbnail fitting inside 480×480; null for Word and audio, or when the tool a PDF or
 * a video needs is missing or fails. Throws 'corrupt' for an image that cannot be decoded.
 */
export async function makeThumbnail(
  source: MediaSource,
  kind: FileKind,
  mediaType: string,
  maxImagePixels = DEFAULT_UPLOAD_LIMITS.maxImagePixels,
): Promise<Thumbnail | null> {
  switch (kind) {
    case 'image':
      try {
        if (formatByMediaType(mediaType)?.ext === 'svg') {
          const svg = source instanceof Uint8Array ? source : new Uint8Array(await readFile(source.path));
          const sized = svgSizedFor(sanitizeSvg(svg).bytes, THUMBNAIL_SIZE);
          return await toWebp(sized.bytes, false);
        }
        return await toWebp(source instanceof Uint8Array ? source : source.path, maxImagePixels);
      } catch (error) {
        if (error instanceof UploadRejectedError) throw error;
        throw rejections.corrupt('ảnh', String(error), error);
      }
    case 'pdf':
      return pdfThumbnail(source);
    case 'video':
      return videoThumbnail(source, mediaType);
    default:
      return null;
  }
}

async function pdfThumbnail(source: MediaSource): Promise<Thumbnail | null> {
  if (!(await mediaTools()).pdftoppm) return null;
  return withTempInput(source, 'pdf', async (dir, input) => {
    const out = join(dir, 'page');
    const args = [
      '-f',
      '1',
      '-l',
      '1',
      '-png',
      '-scale-to',
      String(THUMBNAIL_SIZE),
      '-singlefile',
      input,
      out,
    ];
    if ((await runTool('pdftoppm', args)) === null) return null;
    return fromFile(`${out}.png`);
  });
}

/** ffmpeg/ffprobe demuxer per media type: forced, so a playlist posing as a video is never opened. */
const DEMUXER: Record<string, string> = {
  'video/mp4': 'mov',
  'video/webm': 'matroska',
  'audio/mp4': 'mov',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
};

async function videoThumbnail(source: MediaSource, mediaType: string): Promise<Thumbnail | null> {
  const format = formatByMediaType(mediaType);
  const demuxer = format ? DEMUXER[format.mediaType] : undefined;
  if (!format || !demuxer || !(await mediaTools()).ffmpeg) return null;
  return withTempInput(source, format.ext, async (dir, input) => {
    const out = join(dir, 'frame.png');
    // A frame at 1 s avoids black fade-ins; clips shorter than that yield none, so fall back to the first.
    for (const at of ['1', '0']) {
      const args = [
        '-hide_banner',
        '-loglevel',
        'error',
        '-nostdin',
        '-y',
        '-ss',
        at,
        '-f',
        demuxer,
        '-i',
        input,
      ];
      const result = await runTool('ffmpeg', [
        ...args,
        '-an',
        '-sn',
        '-dn',
        '-frames:v',
        '1',
        '-f',
        'image2',
        out,
      ]);
      if (result === null) continue;
      const thumb = await fromFile(out);
      if (thumb) return thumb;
    }
    return null;
  });
}

async function fromFile(path: string): Promise<Thumbnail | null> {
  const png = await readFile(path).catch(() => null);
  if (!png || png.length === 0) return null;
  return toWebp(new Uint8Array(png), DEFAULT_UPLOAD_LIMITS.maxImagePixels).catch(() => null);
}

/** Duration in seconds of an audio or video file via ffprobe; null when unknown or ffprobe is missing. */
export async function probeDuration(source: MediaSource, mediaType: string): Promise<number | null> {
  const format = formatByMediaType(mediaType);
  const demuxer = format ? DEMUXER[format.mediaType] : undefined;
  if (!format || !demuxer || !(await mediaTools()).ffprobe) return null;
  return withTempInput(source, format.ext, async (_dir, input) => {
    const out = await runTool('ffprobe', [
      '-v',
      'error',
      '-f',
      demuxer,
      '-show_entries',
      'format=duration',
      '-of',
      'default=noprint_wrappers=1:nokey=1',
      input,
    ]);
    const seconds = Number.parseFloat(out?.trim() ?? '');
    return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
  });
}
