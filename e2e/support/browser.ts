import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { repoRoot } from './server.ts';

export const screenshotDir = join(repoRoot, 'test-results');

/** Debian's Chromium, headless; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * What every browser test's context asks for: Vietnamese, the days of Vietnam whatever the CI clock, and
 * less motion, so that the app opens dialogs, lists and confirmations at once (a click landing during
 * their opening animation was lost on a loaded machine, and a step then waited in vain).
 */
export const VIETNAMESE_CONTEXT = {
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
  reducedMotion: 'reduce',
} as const satisfies BrowserContextOptions;

/**
 * Whether the steps' screenshots are written (LANTOA_E2E_SCREENSHOTS=1): for a person looking at the
 * screens, not for the suite, which asserts on the page itself. A full-page PNG of every step costs
 * about half a minute of the browser stage on this 2-core machine, so a plain `npm test` skips them.
 */
const keepScreenshots = process.env.LANTOA_E2E_SCREENSHOTS === '1';

/** Writes a full-page screenshot of the step to test-results/NAME.png when screenshots are kept. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!keepScreenshots) return;
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
}

/** Signs in through the sign-in form and waits for the app shell. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user-menu').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
}

/**
 * Collects script errors and React/antd misuse (reported as console errors and warnings) into
 * `into`, for a test that fails on any. Failed requests are logged too; the expected ones (401
 * before sign-in, 404 out of scope) are asserted where they happen, so they are not collected.
 */
export function collectPageErrors(page: Page, into: string[]): void {
  page.on('pageerror', (error) => into.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (message.text().startsWith('Failed to load resource')) return;
    into.push(message.text());
  });
}

/**
 * Clicks an option of an open antd Select list once the list has finished its opening animation: a
 * click during it can be lost on a loaded machine, leaving the list open with nothing picked.
 */
export async function chooseOption(option: Locator): Promise<void> {
  await option.waitFor();
  const opening = option
    .page()
    .locator('.ant-select-dropdown[class*="-appear"], .ant-select-dropdown[class*="-enter"]');
  await expect.poll(() => opening.count()).toBe(0);
  await option.click();
}
