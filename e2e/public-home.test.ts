// The public home of a province on a phone (issue 17, item 1): the plan's progress in aggregates and
// the way to each section, the news, accessible to axe-core, with the tags that make a shared link a
// card; a commune without a public home answers 404 until the province's coordinator opens it in the
// staff app, and then it is there.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { chooseOption, screenshot, signIn } from './support/browser.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
const WIDTH = 360;
/** A ward of Tuyên Quang without a public home in the demo (Phường Hà Giang 2). */
const WARD = { code: '00691', search: 'Hà Giang 2', name: 'Phường Hà Giang 2' };

/** How wide the page has grown: more than the screen means scrolling sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const metaContent = (page: Page, selector: string) =>
  page.locator(`head meta[${selector}]`).getAttribute('content');

describe('a province’s public home on a phone', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openSession(pageErrors, {
      viewport: { width: WIDTH, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the plan’s progress, the communes’ map and the way to every section', async () => {
    const response = await page.goto(`${server.baseUrl}/cong-khai/08`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: /Tuyên Quang/ }).waitFor();
    await page.getByRole('heading', { name: 'Tiến độ thực hiện kế hoạch' }).waitFor();
    // The demo's provincial plan, counted by task, and its indicators against their targets.
    await expect.poll(() => page.locator('.stats li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.stats').first().textContent()).toMatch(/\d+\s+nhiệm vụ/);
    await page
      .getByText(/Mục tiêu:/)
      .first()
      .waitFor();
    // The map, with its text alternative.
    await page.getByRole('img', { name: /theo xã, phường/ }).waitFor();
    await page.getByText('Bảng số liệu theo xã, phường').click();
    await page.getByRole('cell', { name: 'Xã Hòa An' }).waitFor();
    // The news and each section, one tap away.
    await page.getByRole('heading', { name: 'Tin tức', level: 2 }).waitFor();
    for (const name of [
      'Nhiệm vụ khoa học và công nghệ',
      'Đặt hàng khoa học và công nghệ',
      'Phản ánh, kiến nghị',
      'Báo tin sai sự thật',
    ])
      await page.getByRole('main').getByRole('link', { name }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'public-01-home');
    await expectAccessible(page, 'the province’s home');
    expect(pageErrors).toEqual([]);
  });

  it('carries the title, description and Open Graph card of a shared link', async () => {
    await page.goto(`${server.baseUrl}/cong-khai/08`);
    expect(await page.title()).toMatch(/Tuyên Quang/);
    expect(await metaContent(page, 'name="description"')).toMatch(/.{40,}/);
    expect(await metaContent(page, 'property="og:title"')).toMatch(/Tuyên Quang/);
    expect(await metaContent(page, 'property="og:description"')).toMatch(/.{40,}/);
    expect(await metaContent(page, 'property="og:url"')).toMatch(/\/cong-khai\/08$/);
    expect(await metaContent(page, 'property="og:type"')).toBe('website');
    expect(await metaContent(page, 'property="og:locale"')).toBe('vi_VN');
    expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toMatch(/\/cong-khai\/08$/);
  });

  it('lists the news, accessibly, from the home’s link', async () => {
    await page.goto(`${server.baseUrl}/cong-khai/08`);
    await page.getByRole('link', { name: /Xem tất cả tin tức/ }).click();
    await page.waitForURL('**/cong-khai/08/tin-tuc');
    await page.getByRole('heading', { level: 1, name: 'Tin tức' }).waitFor();
    expect(await page.locator('nav[aria-label="Các mục"] a[aria-current="page"]').textContent()).toBe(
      'Tin tức',
    );
    expect(await metaContent(page, 'property="og:url"')).toMatch(/\/cong-khai\/08\/tin-tuc$/);
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'public-02-news');
    await expectAccessible(page, 'the province’s news');
    // Every link out opens the publisher's page in a new tab, without passing it this page.
    for (const rel of await page
      .locator('main a[target="_blank"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('rel'))))
      expect(rel).toBe('noopener nofollow');
  });

  it('answers 404 for a commune without a public home, until its province opens it', async () => {
    const closed = await page.goto(`${server.baseUrl}/cong-khai/${WARD.code}`);
    expect(closed?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
    const before = await (await fetch(`${server.baseUrl}/sitemap.xml`)).text();
    expect(before).toContain('/cong-khai/08</loc>');
    expect(before).not.toContain(`/cong-khai/${WARD.code}</loc>`);

    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await page.goto(`${server.baseUrl}/public-site`);
    await page.getByRole('heading', { name: 'Trang công khai' }).waitFor();
    // The coordinator lands on the province's site; the ward is picked by its name.
    await page
      .getByTestId('public-site-address')
      .getByText(/\/cong-khai\/08$/)
      .waitFor();
    const picker = page.locator('#public-site-body');
    await picker.click();
    // Pick from the search's answer, not from a list it is about to replace under the finger.
    const searched = page.waitForResponse((r) => r.url().includes('/api/bodies/search'));
    await picker.fill(WARD.search);
    await searched;
    await chooseOption(
      page
        .locator('.ant-select-item-option')
        .filter({ has: page.getByText(WARD.name, { exact: true }) })
        .first(),
    );
    await page.getByTestId('public-site-address').getByText(`/cong-khai/${WARD.code}`).waitFor();
    const open = page.getByRole('switch', { name: 'Mở trang công khai' });
    expect(await open.getAttribute('aria-checked')).toBe('false');
    await open.click();
    await page.getByLabel('Lời giới thiệu').fill('Phường Hà Giang 2 công khai tiến độ chuyển đổi số.');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu cài đặt trang công khai').waitFor();
    await screenshot(page, 'public-03-settings');

    const opened = await page.goto(`${server.baseUrl}/cong-khai/${WARD.code}`);
    expect(opened?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: WARD.name }).waitFor();
    await page.getByText('Phường Hà Giang 2 công khai tiến độ chuyển đổi số.').waitFor();
    await expectAccessible(page, 'the ward’s home');
    const sitemap = await (await fetch(`${server.baseUrl}/sitemap.xml`)).text();
    expect(sitemap).toContain(`/cong-khai/${WARD.code}</loc>`);
  });
});
