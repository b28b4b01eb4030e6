import type { Page } from 'playwright-core';

/** How long no request may be in flight before the page counts as settled. */
const QUIET_MS = 150;
const POLL_MS = 50;

/**
 * Follows the page's requests from now on and answers a function that waits until none is in flight
 * and none has started for QUIET_MS (at most `timeoutMs`). Playwright's 'networkidle' waits 500 ms of
 * silence every time, which a test visiting every screen pays on each one; the app keeps no
 * connection open, so an empty count is the same signal, sooner.
 */
export function watchRequests(page: Page, timeoutMs = 15_000): () => Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const started = () => {
    inFlight += 1;
    lastChange = Date.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return async () => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (inFlight === 0 && Date.now() - lastChange >= QUIET_MS) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };
}
