// External tools (poppler's pdftoppm, ffmpeg, ffprobe): found once per process, run with a time
// limit on a temporary copy of the bytes; a missing tool is a normal condition, not an error.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProgram, PROGRAMS, RunError, runProgram } from '@lantoa/exec';

export type MediaToolName = 'pdftoppm' | 'ffmpeg' | 'ffprobe';
export type MediaTools = Record<MediaToolName, boolean>;

const NAMES: MediaToolName[] = ['pdftoppm', 'ffmpeg', 'ffprobe'];

let found: Promise<Record<MediaToolName, string | null>> | undefined;

/** Where each tool is, null when it is missing (looked up once per process). */
function toolPaths(): Promise<Record<MediaToolName, string | null>> {
  found ??= Promise.all(NAMES.map((name) => findProgram(PROGRAMS[name]))).then(
    (paths) =>
      Object.fromEntries(NAMES.map((name, i) => [name, paths[i] ?? null])) as Record<
        MediaToolName,
        string | null
      >,
  );
  return found;
}

/** Which of pdftoppm, ffmpeg and ffprobe are installed. */
export async function mediaTools(): Promise<MediaTools> {
  const paths = await toolPaths();
  return {
    pdftoppm: paths.pdftoppm !== null,
    ffmpeg: paths.ffmpeg !== null,
    ffprobe: paths.ffprobe !== null,
  };
}

export const TOOL_TIMEOUT_MS = 20_000;
/** The tools write pictures to files; stdout carries at most a duration. */
const MAX_OUTPUT_BYTES = 1024 * 1024;

/** Runs a tool; resolves with stdout, or null when it is missing, fails or times out. */
export async function runTool(
  tool: MediaToolName,
  args: string[],
  timeoutMs = TOOL_TIMEOUT_MS,
): Promise<string | null> {
  const path = (await toolPaths())[tool];
  if (!path) return null;
  try {
    const { stdout } = await runProgram(path, args, { timeoutMs, maxOutputBytes: MAX_OUTPUT_BYTES });
    return new TextDecoder().decode(stdout);
  } catch (error) {
    if (error instanceof RunError) return null;
    throw error;
  }
}

/** Where a file's content is: in memory, or still in the file it was received into. */
export type MediaSource = Uint8Array | { path: string };

/**
 * Gives `work` a private temporary directory for its output and the content as a file: the file
 * itself when it is one already, else a copy of the bytes as `input.<ext>`. Removes the directory after.
 */
export async function withTempInput<T>(
  source: MediaSource,
  ext: string,
  work: (dir: string, input: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'lantoa-media-'));
  try {
    if (!(source instanceof Uint8Array)) return await work(dir, source.path);
    const input = join(dir, `input.${ext}`);
    await writeFile(input, source);
    return await work(dir, input);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
