// WAV → Ogg Opus or MP3 through ffmpeg, and the duration of the result through ffprobe.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunError, runProgram } from '@lantoa/exec';
import { speechErrors } from './errors.ts';
import type { AudioFormat } from './types.ts';

export const MEDIA_TYPES: Readonly<Record<AudioFormat, string>> = {
  opus: 'audio/ogg',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
};

// Speech for loudspeakers: mono, bitrates well above what speech needs at these codecs.
const ENCODER_ARGS: Readonly<Record<'opus' | 'mp3', readonly string[]>> = {
  opus: ['-c:a', 'libopus', '-b:a', '32k', '-application', 'voip', '-ar', '48000', '-f', 'ogg'],
  mp3: ['-c:a', 'libmp3lame', '-b:a', '64k', '-f', 'mp3'],
};

export interface Encoders {
  readonly ffmpeg: string;
  readonly ffprobe: string;
}

export interface EncodeOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/** Runs an ffmpeg/ffprobe step, turning failures into SpeechErrors. */
async function step(
  format: string,
  command: string,
  args: readonly string[],
  options: EncodeOptions & { input?: Uint8Array },
): Promise<Uint8Array> {
  try {
    return (await runProgram(command, args, options)).stdout;
  } catch (error) {
    if (error instanceof RunError) {
      if (error.failure.kind === 'timed_out') throw speechErrors.timeout(options.timeoutMs);
      if (error.failure.kind === 'aborted') throw speechErrors.aborted(error.failure.reason);
    }
    throw speechErrors.encodeFailed(format, error instanceof Error ? error.message : String(error));
  }
}

/** Duration in seconds of an audio file, from its container. */
export async function probeDurationSeconds(
  ffprobe: string,
  file: string,
  options: EncodeOptions,
): Promise<number> {
  const out = await step(
    'ffprobe',
    ffprobe,
    ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=noprint_wrappers=1:nokey=1', file],
    options,
  );
  const seconds = Number.parseFloat(new TextDecoder().decode(out));
  if (!Number.isFinite(seconds)) throw speechErrors.encodeFailed('ffprobe', `no duration for ${file}`);
  return seconds;
}

export async function encodeWav(
  wav: Uint8Array,
  format: 'opus' | 'mp3',
  encoders: Encoders,
  options: EncodeOptions,
): Promise<{ bytes: Uint8Array; durationSeconds: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'lantoa-speech-'));
  try {
    const input = join(dir, 'in.wav');
    const output = join(dir, `out.${format}`);
    await writeFile(input, wav);
    await step(
      format,
      encoders.ffmpeg,
      [
        '-nostdin',
        '-hide_banner',
        '-loglevel',
        'error',
        '-y',
        '-i',
        input,
        '-ac',
        '1',
        ...ENCODER_ARGS[format],
        output,
      ],
      options,
    );
    const durationSeconds = await probeDurationSeconds(encoders.ffprobe, output, options);
    return { bytes: new Uint8Array(await readFile(output)), durationSeconds };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Any audio ffmpeg reads → WAV (for engines that answer in MP3 or Ogg). */
export async function decodeToWav(
  audio: Uint8Array,
  ffmpeg: string,
  options: EncodeOptions,
): Promise<Uint8Array> {
  return step(
    'wav',
    ffmpeg,
    [
      '-nostdin',
      '-hide_banner',
      '-loglevel',
      'error',
      '-i',
      'pipe:0',
      '-f',
      'wav',
      '-c:a',
      'pcm_s16le',
      'pipe:1',
    ],
    { ...options, input: audio },
  );
}
