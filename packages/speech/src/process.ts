// Finding and running the external programs (espeak-ng, piper, ffmpeg, ffprobe).
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A binary by path, or by name in `searchPath` (default `PATH`); null when absent. */
export async function findExecutable(
  name: string,
  searchPath = process.env.PATH ?? '',
): Promise<string | null> {
  if (name.includes('/')) return (await isExecutable(name)) ? name : null;
  for (const dir of searchPath.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return null;
}

export interface RunResult {
  readonly stdout: Uint8Array;
  readonly stderr: string;
}

export type RunFailure =
  | { readonly kind: 'exit'; readonly code: number | null; readonly stderr: string }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'aborted'; readonly reason: unknown }
  | { readonly kind: 'spawn'; readonly error: Error };

export class RunError extends Error {
  readonly failure: RunFailure;
  constructor(failure: RunFailure) {
    super(
      failure.kind === 'exit'
        ? `exit ${failure.code}: ${failure.stderr.trim().slice(-500)}`
        : failure.kind === 'spawn'
          ? failure.error.message
          : failure.kind,
    );
    this.name = 'RunError';
    this.failure = failure;
  }
}

/** Runs a program with `input` on stdin; rejects with a RunError on failure, timeout or abort. */
export function run(
  command: string,
  args: readonly string[],
  options: { input?: string | Uint8Array; timeoutMs: number; signal?: AbortSignal },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new RunError({ kind: 'aborted', reason: options.signal.reason }));
      return;
    }
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let failure: RunFailure | undefined;
    const stop = (why: RunFailure): void => {
      failure ??= why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop({ kind: 'timeout' }), options.timeoutMs);
    const onAbort = (): void => stop({ kind: 'aborted', reason: options.signal?.reason });
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // A program that exits without reading all its input makes the write fail with EPIPE; the exit
    // code tells the real story.
    child.stdin.on('error', () => {});
    child.on('error', (error) => {
      failure ??= { kind: 'spawn', error };
      // A program that never started may not emit 'close'.
      if (child.pid === undefined) {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        reject(new RunError(failure));
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      const err = Buffer.concat(stderr).toString('utf8');
      if (!failure && code !== 0) failure = { kind: 'exit', code, stderr: err };
      if (failure) reject(new RunError(failure));
      else resolve({ stdout: new Uint8Array(Buffer.concat(stdout)), stderr: err });
    });
    child.stdin.end(options.input ?? '');
  });
}
