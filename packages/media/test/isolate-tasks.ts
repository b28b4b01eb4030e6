// Tasks for isolate.test.ts, run inside workers by runIsolated.
export const double = (n: number): number => n * 2;

export function spin(): never {
  for (;;) {
    // Busy: only terminating the worker stops this.
  }
}

/** Grows the V8 heap until the worker's heap cap is hit. */
export function hoard(): number {
  const kept: string[][] = [];
  for (;;) kept.push(Array.from({ length: 100_000 }, (_v, i) => `x${i}`));
}

/** Grows memory outside the V8 heap (typed arrays), which only the RSS watchdog sees. */
export function hoardBuffers(): number {
  const kept: Uint8Array[] = [];
  for (;;) kept.push(new Uint8Array(16 * 1024 * 1024).fill(1));
}

export function refuse(): never {
  const error = new Error('Tệp không hợp lệ. Hãy chọn tệp khác.') as Error & { code: string; field: string };
  error.name = 'AppError';
  error.code = 'invalid_input';
  error.field = 'file';
  throw error;
}
