import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectUpload, makeThumbnail, mediaTools, probeDuration } from '../src/index.ts';
import { ffmpegMake, jpeg, minimalPdf } from './fixtures.ts';

const has = (tool: string): boolean => {
  try {
    execFileSync(tool, ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const ffmpeg = has('ffmpeg');

describe('thumbnails', () => {
  it('reports the tools on PATH', async () => {
    const tools = await mediaTools();
    expect(tools.ffmpeg).toBe(ffmpeg);
    expect(tools.ffprobe).toBe(has('ffprobe'));
    expect(typeof tools.pdftoppm).toBe('boolean');
  });

  it('fits an image inside 480×480 as webp', async () => {
    const thumb = await makeThumbnail(await jpeg(1600, 900), 'image', 'image/jpeg');
    expect(thumb).toMatchObject({ mediaType: 'image/webp', width: 480, height: 270 });
    const meta = await sharp(thumb?.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 480, 270]);
  });

  it('renders the first page of a PDF with pdftoppm', async () => {
    const thumb = await makeThumbnail(minimalPdf(), 'pdf', 'application/pdf');
    if (!(await mediaTools()).pdftoppm) return expect(thumb).toBeNull();
    // A 200×100 pt page scaled to 480 on its long side (pdftoppm may round up); the text made some pixels dark.
    expect(thumb?.width).toBe(480);
    expect(Math.abs((thumb?.height ?? 0) - 240)).toBeLessThanOrEqual(1);
    const stats = await sharp(thumb?.bytes).stats();
    expect(stats.channels[0]?.min).toBeLessThan(100);
  });

  it('gives no thumbnail for Word and audio', async () => {
    expect(await makeThumbnail(new Uint8Array([1]), 'word', 'application/msword')).toBeNull();
    expect(await makeThumbnail(new Uint8Array([1]), 'audio', 'audio/mpeg')).toBeNull();
  });

  it.runIf(ffmpeg)('takes a poster frame from an mp4 and a short webm', async () => {
    const mp4 = await ffmpegMake('mp4', [
      '-f',
      'lavfi',
      '-i',
      'testsrc=duration=2:size=320x240:rate=10',
      '-c:v',
      'mpeg4',
    ]);
    const video = await inspectUpload({ name: 'clip.mp4', bytes: mp4, declaredType: 'video/mp4' });
    expect(video).toMatchObject({ kind: 'video', mediaType: 'video/mp4', extension: 'mp4' });
    const thumb = await makeThumbnail(video.bytes, video.kind, video.mediaType);
    const meta = await sharp(thumb?.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 320, 240]);
    expect(await probeDuration(mp4, 'video/mp4')).toBeCloseTo(2, 0);

    // Shorter than the 1 s seek: the first frame is used.
    const webm = await ffmpegMake('webm', [
      '-f',
      'lavfi',
      '-i',
      'testsrc=duration=0.5:size=640x360:rate=10',
      '-c:v',
      'libvpx',
      '-deadline',
      'realtime',
    ]);
    const short = await inspectUpload({ name: 'ngan.webm', bytes: webm });
    expect(short).toMatchObject({ kind: 'video', mediaType: 'video/webm' });
    const poster = await makeThumbnail(short.bytes, short.kind, short.mediaType);
    expect([poster?.width, poster?.height]).toEqual([480, 270]);
  });

  it.runIf(ffmpeg)('recognises WAV, OGG/Opus, M4A and MP3 audio and measures their length', async () => {
    const cases = [
      { ext: 'wav', codec: ['-c:a', 'pcm_s16le'], mediaType: 'audio/wav' },
      { ext: 'ogg', codec: ['-c:a', 'libopus'], mediaType: 'audio/ogg' },
      { ext: 'm4a', codec: ['-c:a', 'aac'], mediaType: 'audio/mp4' },
      { ext: 'mp3', codec: ['-c:a', 'libmp3lame'], mediaType: 'audio/mpeg' },
    ];
    for (const c of cases) {
      const bytes = await ffmpegMake(c.ext, [
        '-f',
        'lavfi',
        '-i',
        'sine=frequency=440:duration=1.5',
        ...c.codec,
      ]);
      const r = await inspectUpload({ name: `am-thanh.${c.ext}`, bytes, declaredType: 'audio/x-whatever' });
      expect(r).toMatchObject({ kind: 'audio', mediaType: c.mediaType, extension: c.ext });
      const seconds = await probeDuration(r.bytes, r.mediaType);
      // MP3 and AAC pad with encoder delay, hence the tolerance.
      expect(Math.abs((seconds ?? 0) - 1.5)).toBeLessThan(0.1);
    }
  });
});
