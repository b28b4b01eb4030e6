import type { BrowserContext } from 'playwright-core';

/**
 * The instant every browser test runs at, on the server and in the browser alike: the demo's
 * second half-year of 2026 is open (its report is due 01/12/2026), so "today" is the same whatever
 * day the suite is run.
 */
export const TEST_NOW = '2026-11-20T10:00:00+07:00';
/** TEST_NOW as a Vietnamese calendar day. */
export const TEST_TODAY = '2026-11-20';

/** Starts the browser's clock at TEST_NOW; it runs on at real speed. */
export async function pinBrowserClock(context: BrowserContext): Promise<void> {
  await context.clock.install({ time: new Date(TEST_NOW) });
}
