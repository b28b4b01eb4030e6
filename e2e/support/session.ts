import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { collectPageErrors, launchBrowser, VIETNAMESE_CONTEXT } from './browser.ts';
import { pinBrowserClock } from './clock.ts';
import { type RunningServer, startServer } from './server.ts';

/** What a browser test file works with: the server, one Vietnamese page in Chromium, and its errors. */
export interface BrowserSession {
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * How long a browser step may wait. Two browser files run at once on this 2-core machine, each with its
 * server and Chromium: a step that takes a second alone has taken more than 15 s under that load (a
 * submit, a first screen).
 */
export const STEP_TIMEOUT_MS = 30_000;

/**
 * Starts the server (with `serverEnv` added to its settings) and the browser together, both clocks at
 * TEST_NOW, opens one page (1440×900 unless told, locale vi-VN, 30 s timeouts) and collects its script and
 * React errors into `pageErrors`.
 */
export async function openSession(
  pageErrors: string[],
  contextOptions: BrowserContextOptions = {},
  serverEnv: Record<string, string> = {},
): Promise<BrowserSession> {
  const [server, browser] = await Promise.all([startServer({ env: serverEnv }), launchBrowser()]);
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    ...VIETNAMESE_CONTEXT,
    ...contextOptions,
  });
  await pinBrowserClock(context);
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  collectPageErrors(page, pageErrors);
  return {
    server,
    context,
    page,
    async close() {
      await context.close();
      await browser.close();
      await server.stop();
    },
  };
}
