// The commune staff's daily screens on a phone (390×844, issue 22 item 7): the focal point's tasks,
// the progress dialog and the report form, the broadcaster's programme and a bulletin. None may make
// the page wider than the screen, and the main action of each must be on screen and clickable.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, signOut } from './support/browser.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
const WIDTH = 390;

/** How wide the page has grown: more than the screen means scrolling sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The element is inside the screen's width and would take a click (nothing covers it). */
async function expectUsable(action: Locator): Promise<void> {
  await action.scrollIntoViewIfNeeded();
  const box = await action.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  await action.click({ trial: true });
}

describe('the staff app on a phone', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openSession(pageErrors, {
      viewport: { width: WIDTH, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lets the focal point open the menu, its tasks, a task and its progress dialog', async () => {
    await signIn(page, server.baseUrl, 'hoaan.daumoi', PASSWORD);
    await page.waitForURL('**/my-tasks');
    const list = page.getByTestId('my-tasks');
    await list.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'phone-01-my-tasks');

    // The menu is one tap away, in a drawer over the page.
    await expectUsable(page.getByRole('button', { name: 'Mở menu' }));
    await page.getByRole('button', { name: 'Mở menu' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('menuitem', { name: 'Báo cáo' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'phone-02-menu');
    // Closed by tapping beside it, as on a phone.
    await page.mouse.click(WIDTH - 20, 400);
    await drawer.getByRole('menuitem', { name: 'Báo cáo' }).waitFor({ state: 'hidden' });

    const open = list.locator('tbody tr.ant-table-row').first().getByRole('link').last();
    await expectUsable(open);
    await open.click();
    await page.waitForURL(/\/assignments\/[0-9a-f-]{36}$/);
    const update = page
      .locator('[data-testid=occurrence-row]')
      .getByRole('button', { name: 'Cập nhật' })
      .first();
    await update.waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await expectUsable(update);
    await screenshot(page, 'phone-03-assignment');

    await update.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ghi chú').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await expectUsable(dialog.getByRole('button', { name: 'Lưu' }));
    await screenshot(page, 'phone-04-progress');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.getByLabel('Ghi chú').waitFor({ state: 'hidden' });
  });

  it('lets the focal point open and fill its report', async () => {
    await page.goto(`${server.baseUrl}/reports`);
    const mine = page.getByRole('button', { name: 'Báo cáo của đơn vị tôi' });
    await mine.waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await expectUsable(mine);
    await screenshot(page, 'phone-05-reports');
    await mine.click();
    await page.getByTestId('report-body').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await expectUsable(page.getByRole('button', { name: 'Lưu nháp' }).first());
    await screenshot(page, 'phone-06-report-form');
    await signOut(page);
  });

  it('lets the broadcaster run today’s programme and read a bulletin', async () => {
    await signIn(page, server.baseUrl, 'hoaan.truyenthanh', PASSWORD);
    await page.waitForURL(/\/broadcast\/stations\/[0-9a-f-]{36}$/);
    // The programme is the station page's first tab (its tab bar may scroll on a phone).
    await page.getByRole('button', { name: 'Xếp vào buổi' }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await expectUsable(page.getByRole('button', { name: 'Xếp vào buổi' }).first());
    await screenshot(page, 'phone-07-programme');

    await page.getByRole('button', { name: 'Xếp vào buổi' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Các buổi phát').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'phone-08-place');
    await page.keyboard.press('Escape');
    await dialog.getByText('Các buổi phát').waitFor({ state: 'hidden' });

    await page.goto(`${server.baseUrl}/broadcast/bulletins`);
    const first = page.locator('main tbody tr.ant-table-row').first().getByRole('link').first();
    await first.waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'phone-09-bulletins');
    await expectUsable(first);
    await first.click();
    await page.waitForURL(/\/broadcast\/bulletins\/[0-9a-f-]{36}$/);
    await page.getByTestId('audio-card').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'phone-10-bulletin');
    await signOut(page);
    expect(pageErrors).toEqual([]);
  });
});
