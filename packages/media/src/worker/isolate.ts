// Runs CPU-heavy work on untrusted input (PDF and zip parsing, workbook and plan reading) in a worker
// thread, so the event loop keeps answering while a hostile file is taken apart. Each task gets a
// fresh worker, a V8 heap cap (resourceLimits), a time limit and a cap on how much the process's
// RSS may grow meanwhile (buffers live outside the V8 heap, so the heap cap alone does not bound
// them); breaking any of them terminates the worker. Tasks wait in a queue for one of a few slots.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface IsolationLimits {
  /** Wall-clock time the task may run, once started. */
  timeoutMs: number;
  /** V8 old-generation heap of the worker. */
  maxHeapMb: number;
  /** How far the process's resident memory may grow while the task runs. */
  maxRssGrowthMb: number;
}

export const DEFAULT_ISOLATION_LIMITS: Readonly<IsolationLimits> = Object.freeze({
  timeoutMs: 20_000,
  maxHeapMb: 128,
  maxRssGrowthMb: 192,
});

/** The task broke one of its limits (or its worker died) and was stopped. */
export class IsolationLimitError extends Error {
  readonly reason: 'timeout' | 'memory' | 'crash';
  constructor(reason: 'timeout' | 'memory' | 'crash', detail: string, options?: { cause?: unknown }) {
    super(`isolated task stopped (${reason}): ${detail}`, options);
    this.name = 'IsolationLimitError';
    this.reason = reason;
  }
}

/** An error the task threw, carried back from the worker with its own fields. */
export interface RemoteError {
  name: string;
  message: string;
  code?: string;
  detail?: string;
  field?: string;
}

export class IsolatedTaskError extends Error {
  readonly remote: RemoteError;
  constructor(remote: RemoteError) {
    super(remote.message);
    this.name = 'IsolatedTaskError';
    this.remote = remote;
  }
}

/** A function exported by a module, run as `module[exportName](input)` inside the worker. */
export interface IsolatedTask {
  module: URL;
  exportName: string;
}

const ENTRY = new URL('./entry.ts', import.meta.url);
/** Leave a core to the event loop: one slot on a two-core machine. */
const SLOTS = Math.max(1, Math.min(2, availableParallelism() - 1));
let running = 0;
const waiting: (() => void)[] = [];

async function acquire(): Promise<void> {
  if (running < SLOTS) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

const RSS_POLL_MS = 20;

/** Runs `task` on `input` in a fresh worker within `limits`; resolves with what the task returned. */
export async function runIsolated<T>(
  task: IsolatedTask,
  input: unknown,
  limits: Partial<IsolationLimits> = {},
): Promise<T> {
  const { timeoutMs, maxHeapMb, maxRssGrowthMb } = { ...DEFAULT_ISOLATION_LIMITS, ...limits };
  await acquire();
  try {
    return await new Promise<T>((resolve, reject) => {
      const baseline = process.memoryUsage.rss();
      const worker = new Worker(ENTRY, {
        workerData: { module: task.module.href, exportName: task.exportName, input },
        resourceLimits: {
          maxOldGenerationSizeMb: maxHeapMb,
          maxYoungGenerationSizeMb: Math.max(8, Math.round(maxHeapMb / 8)),
          stackSizeMb: 4,
        },
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(watchdog);
        outcome();
        // A finished task's worker has nothing left to do; a stopped one may be mid-computation.
        void worker.terminate();
      };
      const timer = setTimeout(
        () => finish(() => reject(new IsolationLimitError('timeout', `over ${timeoutMs} ms`))),
        timeoutMs,
      );
      const watchdog = setInterval(() => {
        const grown = (process.memoryUsage.rss() - baseline) / 1024 / 1024;
        if (grown > maxRssGrowthMb)
          finish(() =>
            reject(new IsolationLimitError('memory', `RSS grew ${Math.round(grown)} MB > ${maxRssGrowthMb}`)),
          );
      }, RSS_POLL_MS);
      worker.on('message', (message: { ok: true; value: T } | { ok: false; error: RemoteError }) =>
        finish(() => (message.ok ? resolve(message.value) : reject(new IsolatedTaskError(message.error)))),
      );
      worker.on('error', (error: Error & { code?: string }) =>
        finish(() =>
          reject(
            new IsolationLimitError(
              error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash',
              error.message,
              { cause: error },
            ),
          ),
        ),
      );
      worker.on('exit', (code) =>
        finish(() => reject(new IsolationLimitError('crash', `worker exited with code ${code}`))),
      );
    });
  } finally {
    release();
  }
}
