import { vi } from 'vitest';

/**
 * Pins the app's clock for a test file at `instant` (ISO with its offset): only `Date` is faked, and
 * it moves on from there with real time, so timers, the worker and the database still run.
 */
export function pinClock(instant: string): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(instant));
}
