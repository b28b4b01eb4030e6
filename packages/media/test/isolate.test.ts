// runIsolated: a task's value or error comes back; breaking the time, heap or RSS cap stops its
// worker (and the event loop keeps turning meanwhile).
import { describe, expect, it } from 'vitest';
import { IsolatedTaskError, IsolationLimitError, runIsolated } from '../src/index.ts';

const task = (exportName: string) => ({ module: new URL('./isolate-tasks.ts', import.meta.url), exportName });

const stopped = async (promise: Promise<unknown>): Promise<IsolationLimitError> => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IsolationLimitError);
  return error as IsolationLimitError;
};

describe('runIsolated', () => {
  it('returns the value, and carries back an error with its code and field', async () => {
    expect(await runIsolated(task('double'), 21)).toBe(42);
    const error = await runIsolated(task('refuse'), null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IsolatedTaskError);
    expect((error as IsolatedTaskError).remote).toMatchObject({
      name: 'AppError',
      code: 'invalid_input',
      field: 'file',
    });
  });

  it('stops a task that runs past its time, while the event loop stays free', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const error = await stopped(runIsolated(task('spin'), null, { timeoutMs: 1500 }));
    clearInterval(timer);
    expect(error.reason).toBe('timeout');
    expect(ticks).toBeGreaterThan(20);
  });

  it('stops a task that outgrows its heap, and one that grows buffers outside it', async () => {
    expect(
      (await stopped(runIsolated(task('hoard'), null, { maxHeapMb: 32, timeoutMs: 60_000 }))).reason,
    ).toBe('memory');
    const error = await stopped(
      runIsolated(task('hoardBuffers'), null, { maxRssGrowthMb: 96, maxHeapMb: 64, timeoutMs: 60_000 }),
    );
    expect(error.reason).toBe('memory');
  });
});
