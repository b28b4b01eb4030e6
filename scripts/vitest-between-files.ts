// Setup file of the projects whose test files share one process (isolate: false, for speed): runs
// around every file, so what one file changed in the process does not reach the next. Files pin the
// clock with vi.useFakeTimers / vi.setSystemTime (some at their top level) and need not undo it.
import { afterAll, vi } from 'vitest';

afterAll(() => {
  vi.useRealTimers();
});
