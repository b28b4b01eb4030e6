// An upload still in the file it was received into: audio and video are judged from their head and
// worked on from that file (never read into memory); other kinds are parsed whole as before.
import { execFileSync } from 'node:child_process';
import { appendFile, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inspectFileAt,
  makeThumbnail,
  probeDuration,
  UploadRejectedError,
  type UploadRejectionCode,
} from '../src/index.ts';
import { ffmpegMake, minimalPdf } from './fixtures.ts';
import { DOCUMENT_XML, docxWith } from './hostile-files.ts';

const MB = 1024 * 1024;
const ffmpeg = (() => {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lantoa-inspect-at-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function fileOf(name: string, bytes: Uint8Array) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return { name, path, size: bytes.length };
}

const codeOf = async (promise: Promise<unknown>): Promise<UploadRejectionCode> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadRejectedError);
  return (error as UploadRejectedError).code;
};

describe('inspectFileAt', () => {
  it.skipIf(!ffmpeg)(
    'judges a 200 MB video from its head and makes its poster and duration from the file, holding none of it',
    async () => {
      const clip = await ffmpegMake('mp4', [
        '-f',
        'lavfi',
        '-i',
        'testsrc=duration=2:size=320x240:rate=10',
        '-pix_fmt',
        'yuv420p',
      ]);
      // The clip, then a `free` box of zeros that MP4 readers skip: a file of 200 MB, written sparse.
      const size = 200 * MB;
      const path = join(dir, 'phong-su.mp4');
      await writeFile(path, clip);
      const box = Buffer.alloc(8);
      box.writeUInt32BE(size - clip.length, 0);
      box.write('free', 4, 'latin1');
      await appendFile(path, box);
      await truncate(path, size);

      const before = process.memoryUsage().arrayBuffers;
      const inspected = await inspectFileAt(
        { name: 'Phóng sự.mp4', path, size, declaredType: 'video/mp4' },
        { limits: { maxVideoBytes: 300 * MB } },
      );
      expect(inspected).toMatchObject({
        kind: 'video',
        mediaType: 'video/mp4',
        name: 'Phóng sự.mp4',
        source: { path },
      });
      const [poster, seconds] = await Promise.all([
        makeThumbnail(inspected.source, inspected.kind, inspected.mediaType),
        probeDuration(inspected.source, inspected.mediaType),
      ]);
      expect(poster?.mediaType).toBe('image/webp');
      expect(seconds).toBeCloseTo(2, 0);
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * MB);
    },
    60_000,
  );

  it('refuses a video past its limit from the size alone, and a zip named as a video', async () => {
    const big = await fileOf('big.mp4', new Uint8Array([0, 0, 0, 24]));
    expect(await codeOf(inspectFileAt({ ...big, size: 600 * MB }))).toBe('too_large');
    const docx = await fileOf('not-a-video.mp4', docxWith(DOCUMENT_XML));
    expect(await codeOf(inspectFileAt(docx))).toBe('type_mismatch');
  });

  it('parses other kinds whole, as inspectFile does, and refuses what is too large for them before reading it', async () => {
    const pdf = await fileOf('Kế hoạch.pdf', minimalPdf());
    const inspected = await inspectFileAt(pdf);
    expect(inspected).toMatchObject({ kind: 'pdf', name: 'Kế hoạch.pdf' });
    expect(inspected.source).toBeInstanceOf(Uint8Array);
    // No name to go by and not audio or video: a 300 MB file would have to be read whole to be judged.
    const unnamed = await fileOf('tep', minimalPdf());
    expect(await codeOf(inspectFileAt({ ...unnamed, size: 300 * MB }))).toBe('too_large');
  });
});
