// Running an external program with arguments (never through a shell), optional stdin, a time limit,
// a cap on its output and an abort signal; a failure says which of these went wrong.
//
// Hand-written over node:child_process rather than execa or tinyexec: neither can end the whole
// process group on a time limit (execa#96), and LibreOffice's soffice leaves its soffice.bin
// running otherwise; tinyexec has no output cap either.
import { spawn } from 'node:child_process';

/** Default cap on stdout: well above a minute of WAV audio, far below a server's memory. */
export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** stderr kept for the failure's detail (the start of it: where programs say what went wrong). */
const MAX_STDERR_CHARS = 16 * 1024;

export interface RunOptions {
  /** Written to stdin, which is then closed (closed at once without it). */
  readonly input?: string | Uint8Array;
  /** The program is killed (SIGKILL) past this many milliseconds. */
  readonly timeoutMs: number;
  /** Aborting kills the program. */
  readonly signal?: AbortSignal;
  /** More stdout than this kills the program. Default DEFAULT_MAX_OUTPUT_BYTES. */
  readonly maxOutputBytes?: number;
  /**
   * Starts the program as the leader of its own process group, and a kill ends the whole group:
   * for programs that start helpers of their own (soffice starts soffice.bin).
   */
  readonly killGroup?: boolean;
}

export interface RunResult {
  readonly stdout: Uint8Array;
  readonly stderr: string;
}

export type RunFailure =
  /** The program could not be started because it does not exist (ENOENT). */
  | { readonly kind: 'not_installed' }
  /** It exited with a status other than 0, was killed by someone else, or could not start. */
  | { readonly kind: 'failed'; readonly exitCode: number | null; readonly detail: string }
  | { readonly kind: 'timed_out'; readonly timeoutMs: number }
  | { readonly kind: 'aborted'; readonly reason: unknown }
  | { readonly kind: 'output_too_large'; readonly maxOutputBytes: number };

/** A run that did not succeed; `failure.kind` says why, the message (English) is for logs. */
export class RunError extends Error {
  readonly command: string;
  readonly failure: RunFailure;
  constructor(command: string, failure: RunFailure) {
    super(`${command}: ${describe(failure)}`);
    this.name = 'RunError';
    this.command = command;
    this.failure = failure;
  }
}

function describe(failure: RunFailure): string {
  switch (failure.kind) {
    case 'not_installed':
      return 'not installed';
    case 'failed':
      return failure.detail;
    case 'timed_out':
      return `killed after ${failure.timeoutMs} ms`;
    case 'aborted':
      return 'aborted';
    case 'output_too_large':
      return `killed: more than ${failure.maxOutputBytes} bytes of output`;
  }
}

/** Runs `command` with `args`; resolves with its output when it exits with 0, else rejects with a RunError. */
export function runProgram(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const { signal, timeoutMs, killGroup = false } = options;
  const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new RunError(command, { kind: 'aborted', reason: signal.reason }));
      return;
    }
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: killGroup });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    /** Why the program was stopped (or could not start): the first reason wins. */
    let failure: RunFailure | undefined;
    let settled = false;

    const kill = (): void => {
      if (killGroup && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
          return;
        } catch {
          // The group is gone already; the program itself may not be.
        }
      }
      child.kill('SIGKILL');
    };
    const stop = (why: RunFailure): void => {
      failure ??= why;
      kill();
    };
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };

    const timer = setTimeout(() => stop({ kind: 'timed_out', timeoutMs }), timeoutMs);
    const onAbort = (): void => stop({ kind: 'aborted', reason: signal?.reason });
    signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxOutputBytes) stop({ kind: 'output_too_large', maxOutputBytes });
      else stdout.push(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (stderr.length < MAX_STDERR_CHARS) stderr += text.slice(0, MAX_STDERR_CHARS - stderr.length);
    });
    // A program that exits without reading all its input makes the write fail with EPIPE; the exit
    // status tells the real story.
    child.stdin.on('error', () => {});
    child.on('error', (error: NodeJS.ErrnoException) => {
      // After a start, 'error' only means a kill failed, and 'close' follows; before one, it may not.
      if (child.pid !== undefined) return;
      settle(() =>
        reject(
          new RunError(
            command,
            error.code === 'ENOENT'
              ? { kind: 'not_installed' }
              : { kind: 'failed', exitCode: null, detail: `cannot start: ${error.message}` },
          ),
        ),
      );
    });
    child.on('close', (exitCode, exitSignal) => {
      settle(() => {
        if (!failure && exitCode !== 0) {
          const said = stderr.trim();
          failure = {
            kind: 'failed',
            exitCode,
            detail: `exit ${exitCode ?? exitSignal}${said ? `: ${said.slice(-500)}` : ''}`,
          };
        }
        if (failure) reject(new RunError(command, failure));
        else resolve({ stdout: new Uint8Array(Buffer.concat(stdout)), stderr });
      });
    });
    child.stdin.end(options.input ?? '');
  });
}
