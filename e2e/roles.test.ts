// Every demo role's ordinary day: where it lands after signing in, and that every item of its menu
// opens a page that works for it (issue 22, item 3). A menu item that leads a role to a blank page,
// a permission error or a failed API call is a dead end, and fails here.
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn } from './support/browser.ts';
import { watchRequests } from './support/quiet.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

const PASSWORD = 'LanToa@2026';

interface RoleCase {
  username: string;
  /** What the person is, for the test's name. */
  who: string;
  /** The address (path and query) the person lands on after signing in. */
  landing: RegExp;
  /** API answers ≥ 400 that this role's pages ask for on purpose and handle, with why. */
  expected?: { status: number; path: RegExp; reason: string }[];
}

/**
 * An administrator may update tasks, so the reports hub asks for the report of their own body and
 * shows no card when that body is not expected to report (404, handled by the page).
 */
const OWN_REPORT_NOT_EXPECTED = {
  status: 404,
  path: /^\/api\/periods\/[^/]+\/reports\/[^/]+$/,
  reason: 'the administrator’s own body is not expected to report: the hub shows no card',
};

const ROLES: RoleCase[] = [
  {
    username: 'admin',
    who: 'the system administrator',
    landing: /^\/bodies$/,
    expected: [OWN_REPORT_NOT_EXPECTED],
  },
  {
    username: 'tq.quantri',
    who: 'the province administrator',
    landing: /^\/bodies$/,
    expected: [OWN_REPORT_NOT_EXPECTED],
  },
  // The coordinator opens on the provincial plan's bodies, the overdue ones counted.
  { username: 'tq.dieuphoi', who: 'the province coordinator', landing: /^\/plans\/[^/?]+\?tab=bodies$/ },
  { username: 'tq.lanhdao', who: 'the provincial leader', landing: /^\/dashboard$/ },
  { username: 'hoaan.daumoi', who: 'the commune focal point', landing: /^\/my-tasks$/ },
  // The broadcaster opens on the station's programme (its default tab).
  {
    username: 'hoaan.truyenthanh',
    who: 'the commune broadcaster',
    landing: /^\/broadcast\/stations\/[^/?]+$/,
  },
];

/** API answers ≥ 400 that every role meets on purpose, with why. */
const EXPECTED_FAILURES: { status: number; path: RegExp; reason: string }[] = [
  { status: 401, path: /^\/api\/auth\/me$/, reason: 'the sign-in page asks whether someone is signed in' },
];

/** Something a page must show so that its main area is not blank. */
const CONTENT =
  '.ant-table, .ant-list, .ant-descriptions, .ant-statistic, .ant-tree, form, canvas, .ant-empty, .ant-tabs, .ant-result, .ant-card-body .ant-typography, .ant-timeline';

function where(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** Waits until the main area has stopped loading: no spinner left, the network quiet. */
async function settle(page: Page, quiet: () => Promise<void>): Promise<void> {
  await quiet();
  await page
    .locator('main .ant-spin-spinning, main .ant-skeleton-active, main .ant-card-loading-content')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
  await quiet();
}

/** What is wrong with the page now: visible error alerts, error results, an empty main area. */
async function pageProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const main = page.locator('main');
  for (const alert of await main
    .locator(
      '.ant-alert-error, .ant-result-error, .ant-result-403, .ant-result-404, [data-testid="route-error"]',
    )
    .all()) {
    if (await alert.isVisible()) problems.push(`error shown: ${((await alert.textContent()) ?? '').trim()}`);
  }
  // A loaded machine renders late: the content has 15 s to appear before the area counts as empty.
  const shown = await main
    .locator(CONTENT)
    .first()
    .waitFor({ timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  if (!shown) problems.push('main area is empty');
  return problems;
}

describe('every role’s menu', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  const pageErrors: string[] = [];
  const failedCalls: string[] = [];
  let expected = EXPECTED_FAILURES;
  let quiet: () => Promise<void>;

  beforeAll(async () => {
    session = await openSession(pageErrors);
    ({ server, page } = session);
    quiet = watchRequests(page);
    page.on('response', (response: Response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/api/') || response.status() < 400) return;
      if (expected.some((e) => e.status === response.status() && e.path.test(url.pathname))) return;
      failedCalls.push(`${response.status()} ${response.request().method()} ${url.pathname}${url.search}`);
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const role of ROLES) {
    it(`${role.who} (${role.username}) lands where its day starts and meets no dead end`, async () => {
      const problems: string[] = [];
      /** Records what went wrong on the page now, under its address and the menu item that led there. */
      const check = async (label: string) => {
        await settle(page, quiet);
        const at = where(page);
        for (const p of await pageProblems(page)) problems.push(`${label} (${at}): ${p}`);
        for (const e of pageErrors.splice(0)) problems.push(`${label} (${at}): page error: ${e}`);
        for (const c of failedCalls.splice(0)) problems.push(`${label} (${at}): ${c}`);
      };

      expected = [...EXPECTED_FAILURES, ...(role.expected ?? [])];
      // Each role starts signed out, whatever the one before left behind: once the last screen's requests
      // have come back (on a loaded machine one may still be on its way, and would answer 401 after).
      await quiet();
      failedCalls.splice(0);
      pageErrors.splice(0);
      await session.context.clearCookies();
      await signIn(page, server.baseUrl, role.username, PASSWORD);
      await page.waitForURL((url) => url.pathname !== '/' && url.pathname !== '/sign-in', {
        timeout: 15_000,
      });
      await check('landing');
      if (!role.landing.test(where(page))) problems.push(`lands on ${where(page)}, expected ${role.landing}`);
      await screenshot(page, `roles-${role.username}-00-landing`);

      const items = page.locator('aside .ant-menu-item');
      const labels = (await items.allTextContents()).map((text) => text.trim());
      expect(labels.length).toBeGreaterThan(0);
      for (const [index, label] of labels.entries()) {
        await page.locator('aside .ant-menu-item').nth(index).click();
        await page.waitForURL((url) => url.pathname !== '/');
        await check(label);
        await screenshot(page, `roles-${role.username}-${String(index + 1).padStart(2, '0')}`);
      }

      pageErrors.splice(0);
      failedCalls.splice(0);
      expect(problems).toEqual([]);
    });
  }
});
