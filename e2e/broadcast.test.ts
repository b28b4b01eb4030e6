import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, screenshot, signIn, signOut } from './support/browser.ts';
import { TEST_TODAY } from './support/clock.ts';
import { solidPng } from './support/png.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
const RUN = Date.now().toString(36).toUpperCase();
const BULLETIN_TITLE = `Ngày Khoa học và Công nghệ Việt Nam ${RUN}`;
const BULLETIN_TEXT =
  'Nhân dịp Ngày Khoa học và Công nghệ Việt Nam 18/5, UBND xã Hòa An thông báo: ' +
  'sáng thứ Bảy tới, tại nhà văn hóa thôn Đồng Tâm, tổ công nghệ số cộng đồng hướng dẫn bà con ' +
  'cài đặt ứng dụng định danh điện tử và dịch vụ công trực tuyến. Đề nghị bà con mang theo điện thoại.';
const ITEM_TITLE = 'Bình dân học vụ số';
const REACH = 'Tỷ lệ người dân được tiếp cận thông tin qua hệ thống truyền thanh cơ sở';
const STATION = 'Đài truyền thanh xã Hòa An';

/** A day in Vietnam, `offset` days from the pinned today, as YYYY-MM-DD. */
function vietnamDay(offset = 0): string {
  return new Date(Date.parse(`${TEST_TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

interface Headline {
  value: string;
  counts: string;
}

describe('library and loudspeaker bulletins', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  let dir = '';
  let pngPath = '';
  let dashboardUrl = '';
  let itemId = '';
  let before: Headline = { value: '', counts: '' };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantoa-e2e-broadcast-'));
    pngPath = join(dir, 'binh-dan-hoc-vu-so.png');
    writeFileSync(pngPath, await solidPng(64));
    session = await openSession(pageErrors);
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * The dashboard's headline for the reach indicator of the Hòa An plan, in the period holding today.
   * Its denominator is everyone the commune's stations cover: the headline is the reach one (not the
   * indicator shown first) once it reads "… / <listeners>".
   */
  async function readReach(name: string): Promise<Headline> {
    const stations = (await (await page.request.get(`${server.baseUrl}/api/broadcast/stations`)).json()) as {
      items: { body: { name: string }; listeners: number }[];
    };
    const listeners = stations.items
      .filter((s) => s.body.name === 'Xã Hòa An')
      .reduce((sum, s) => sum + s.listeners, 0);
    expect(listeners).toBeGreaterThan(0);
    await page.goto(dashboardUrl);
    const select = page.getByTestId('indicator-select');
    await select.click();
    await chooseOption(page.locator('.ant-select-item-option').filter({ hasText: REACH }));
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    const headline = page.getByTestId('headline');
    const counts = headline.locator('.ant-typography').last();
    const total = new Intl.NumberFormat('vi-VN').format(listeners);
    await expect
      .poll(async () => ((await counts.textContent()) ?? '').trim().endsWith(`/ ${total}`))
      .toBe(true);
    await screenshot(page, name);
    return {
      value: ((await headline.locator('.ant-statistic-content-value').textContent()) ?? '').trim(),
      counts: ((await counts.textContent()) ?? '').trim(),
    };
  }

  it('shows the coordinator the reach of the Hòa An loudspeakers before anything is aired', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    // The plan and its period holding today, to open the dashboard on them.
    const plans = (await (await page.request.get(`${server.baseUrl}/api/plans`)).json()) as {
      items: { id: string; body: { name: string } }[];
    };
    const plan = plans.items.find((p) => p.body.name === 'Xã Hòa An');
    expect(plan).toBeDefined();
    const periods = (await (
      await page.request.get(`${server.baseUrl}/api/plans/${plan?.id}/periods`)
    ).json()) as {
      items: { id: string; dataFrom: string; dataTo: string }[];
    };
    const today = vietnamDay();
    const period = periods.items.find((p) => p.dataFrom <= today && today <= p.dataTo);
    expect(period).toBeDefined();
    dashboardUrl = `${server.baseUrl}/dashboard?planId=${plan?.id}&periodId=${period?.id}`;
    before = await readReach('broadcast-01-reach-before');
    expect(before.value).toMatch(/\d/);
    await signOut(page);
  });

  it('lets the broadcaster of Hòa An upload a poster to the library', async () => {
    await signIn(page, server.baseUrl, 'hoaan.truyenthanh', PASSWORD);
    await page.getByRole('menuitem', { name: 'Thư viện truyền thông' }).click();
    await page.waitForURL('**/library');
    await page.getByRole('button', { name: 'Tải lên tài liệu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(pngPath);
    await dialog.getByText('binh-dan-hoc-vu-so.png').waitFor();
    await dialog.getByLabel('Tên tài liệu').fill(ITEM_TITLE);
    await dialog.getByLabel('Tóm tắt').fill('Áp phích phong trào Bình dân học vụ số cho nhà văn hóa thôn.');
    const topics = dialog.getByLabel('Chủ đề');
    await topics.fill('chuyển đổi số');
    await topics.press('Enter');
    await dialog.getByLabel('Đối tượng').fill('Người dân');
    await screenshot(page, 'broadcast-02-upload');
    await dialog.getByRole('button', { name: 'Tải lên tài liệu' }).click();
    await page.waitForURL(/\/library\/[0-9a-f-]{36}$/);
    itemId = page.url().split('/').at(-1) ?? '';
    await page.getByRole('heading', { level: 3, name: ITEM_TITLE }).waitFor();
    await page.getByTestId('item-status').filter({ hasText: 'Chờ duyệt' }).waitFor();
    const thumbnail = page.getByTestId('item-thumbnail');
    await expect
      .poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await screenshot(page, 'broadcast-03-item');
  });

  it('writes a bulletin and has it read aloud', async () => {
    await page.getByRole('menuitem', { name: 'Bản tin truyền thanh' }).click();
    await page.waitForURL('**/broadcast/bulletins');
    await page.getByRole('button', { name: 'Viết bản tin' }).click();
    await page.waitForURL('**/broadcast/bulletins/new');
    await page.getByLabel('Tiêu đề', { exact: true }).fill(BULLETIN_TITLE);
    await page.getByLabel('Nội dung bản tin').fill(BULLETIN_TEXT);
    // The target defaults to the broadcaster's commune, the priority to normal.
    await page
      .locator('.ant-form-item')
      .filter({ hasText: 'Phát tới' })
      .getByText('Xã Hòa An')
      .first()
      .waitFor();
    // The words the engine will say, before anything is recorded: "18/5" and "UBND" read out.
    await page.getByText('Xem lời sẽ được đọc').click();
    const spoken = page.getByTestId('spoken-text');
    await spoken.getByText(/Việt Nam mười tám tháng năm, Ủy ban nhân dân xã Hòa An thông báo/).waitFor();
    await screenshot(page, 'broadcast-04-new-bulletin');
    await page.getByRole('button', { name: 'Lưu bản tin' }).click();
    await page.waitForURL(/\/broadcast\/bulletins\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 3, name: BULLETIN_TITLE }).waitFor();

    const card = page.getByTestId('audio-card');
    await card.getByRole('button', { name: 'Đọc thành tiếng' }).click();
    const player = page.getByTestId('bulletin-audio');
    await player.waitFor({ timeout: 90_000 });
    await expect(page.getByTestId('audio-duration').textContent()).resolves.toMatch(/Thời lượng: \d+:\d\d/);
    // The browser reads the file itself: a plausible length for some twenty seconds of speech.
    await expect
      .poll(() => player.evaluate((audio) => (audio as HTMLAudioElement).duration), { timeout: 15_000 })
      .toBeGreaterThan(5);
    await screenshot(page, 'broadcast-05-audio');
  });

  it('places the bulletin in tomorrow’s first session of the Hòa An station and marks it aired', async () => {
    const tomorrow = ddmmyyyy(vietnamDay(1));
    await page.getByRole('menuitem', { name: 'Đài truyền thanh' }).click();
    await page.waitForURL('**/broadcast/stations');
    await page.getByTestId('stations-table').getByRole('link', { name: STATION }).click();
    await page.waitForURL(/\/broadcast\/stations\/[0-9a-f-]{36}$/);
    await page.getByTestId('programme-session').first().waitFor();

    await page.getByRole('button', { name: 'Xếp vào buổi' }).click();
    const dialog = page.getByRole('dialog');
    const bulletin = dialog.getByLabel('Bản tin (thông thường)');
    await bulletin.click();
    await bulletin.fill(RUN);
    // Wait for the search to come back (only this run's bulletin), then pick it and see it picked.
    const options = page.locator('.ant-select-item-option');
    await expect.poll(() => options.allTextContents(), { timeout: 15_000 }).toEqual([BULLETIN_TITLE]);
    await chooseOption(options.filter({ hasText: BULLETIN_TITLE }));
    await dialog.locator('.ant-select', { hasText: BULLETIN_TITLE }).waitFor();
    await dialog.getByRole('checkbox', { name: `Buổi 06:00 · ${tomorrow}` }).check();
    await screenshot(page, 'broadcast-06-place');
    await dialog.getByRole('button', { name: 'Xếp vào buổi' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const session = page.getByTestId('programme-session').filter({ hasText: `Buổi 06:00 · ${tomorrow}` });
    const row = session.getByTestId('programme-item').filter({ hasText: BULLETIN_TITLE });
    await row.waitFor();
    await row.getByRole('button', { name: 'Đã phát' }).click();
    await row.getByTestId('aired-tag').waitFor();
    await screenshot(page, 'broadcast-07-programme');

    await page.getByRole('tab', { name: 'Nhật ký phát' }).click();
    await page.getByTestId('broadcast-log').getByText(BULLETIN_TITLE).waitFor();
    await screenshot(page, 'broadcast-08-log');
    await signOut(page);
  });

  it('shows the coordinator the reach moved, and lets them approve the poster found without diacritics', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    const after = await readReach('broadcast-09-reach-after');
    expect(after).not.toEqual(before);
    expect(Number.parseFloat(after.value.replace(',', '.'))).toBeGreaterThan(
      Number.parseFloat(before.value.replace(',', '.')),
    );

    await page.getByRole('menuitem', { name: 'Thư viện truyền thông' }).click();
    await page.waitForURL('**/library');
    // The demo data holds another poster of the campaign: ours is told by its link.
    const ours = page.locator(`[data-testid=library-item][href="/library/${itemId}"]`);
    await page.getByRole('searchbox', { name: /Tìm theo tên/ }).fill('binh dan hoc vu so');
    await ours.filter({ hasText: ITEM_TITLE }).filter({ hasText: 'Chờ duyệt' }).click();
    await page.waitForURL(`**/library/${itemId}`);
    const review = page.getByTestId('review-card');
    await review.getByLabel('Ý kiến').fill('Đạt yêu cầu, cho phép các thôn sử dụng.');
    await review.getByRole('button', { name: /^(check )?Duyệt$/ }).click(); // not "Không duyệt"
    await page.getByTestId('item-status').filter({ hasText: 'Đã duyệt' }).waitFor();
    await screenshot(page, 'broadcast-10-approved');

    await page.goto(`${server.baseUrl}/library`);
    await page.getByTestId('library-item').first().waitFor();
    await page.getByRole('searchbox', { name: /Tìm theo tên/ }).fill('binh dan hoc vu so');
    await ours.filter({ hasText: 'Đã duyệt' }).waitFor();
    // Only what matches is left: every card shown carries the words, with their diacritics.
    await expect
      .poll(async () => {
        const texts = await page.getByTestId('library-item').allTextContents();
        return texts.length > 0 && texts.every((text) => text.includes(ITEM_TITLE));
      })
      .toBe(true);
    await screenshot(page, 'broadcast-11-search');
  });

  it('raises no script error or React/antd warning along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
