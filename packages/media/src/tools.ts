// External tools (poppler's pdftoppm, ffmpeg, ffprobe): found on PATH, run with a timeout on a
// temporary copy of the bytes; a missing tool is a normal condition, not an error.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export type MediaToolName = 'pdftoppm' | 'ffmpeg' | 'ffprobe';
export type MediaTools = Record<MediaToolName, boolean>;

const NAMES: MediaToolName[] = ['pdftoppm', 'ffmpeg', 'ffprobe'];

async function onPath(name: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      await access(join(dir, name), constants.X_OK);
      return true;
    } catch {}
  }
  return false;
}

let cached: Promise<MediaTools> | undefined;

/** Which of pdftoppm, ffmpeg and ffprobe are on PATH (looked up once per process). */
export function mediaTools(): Promise<MediaTools> {
  cached ??= Promise.all(NAMES.map(onPath)).then(
    (found) => Object.fromEntries(NAMES.map((n, i) => [n, found[i] === true])) as MediaTools,
  );
  return cached;
}

export const TOOL_TIMEOUT_MS = 20_000;

/** Runs a tool; resolves with stdout, or null when it is missing, fails or times out. */
export function run(
  tool: MediaToolName,
  args: string[],
  timeoutMs = TOOL_TIMEOUT_MS,
): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      tool,
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024, windowsHide: true },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });
}

/** Gives `work` a private temporary directory holding the bytes as `input.<ext>`; removes it after. */
export async function withTempInput<T>(
  bytes: Uint8Array,
  ext: string,
  work: (dir: string, input: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'lantoa-media-'));
  try {
    const input = join(dir, `input.${ext}`);
    await writeFile(input, bytes);
    return await work(dir, input);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
