// A report of false information becomes a priority bulletin at two communes' stations (issue 17,
// item 5). A citizen reports a Facebook post on the province's public page from a phone (360×740,
// no account; the page checked with axe-core); the province's coordinator gives the case to the
// culture department; its focal point finds it false, publishes a correction and sends it in one step
// to Hòa An and a neighbouring commune with a station; the correction's public page shows nothing of
// the citizen; Hòa An's broadcaster finds the bulletin in the station's programme, and the
// neighbour's station has it too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, screenshot, signIn, signOut } from './support/browser.ts';
import { solidPng } from './support/png.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1440, height: 900 };
const RUN = Date.now().toString(36).toUpperCase();
const POST_LINK = `https://www.facebook.com/groups/tinnong/posts/${RUN}`;
const DESCRIPTION = `Bài đăng nói xã Hòa An thu 300.000 đồng mỗi hộ để lắp loa truyền thanh thông minh (${RUN}).`;
const CITIZEN = 'Phạm Thị Thu';
const CITIZEN_PHONE = '0912 345 678';
const CORRECTION_TITLE = `Cải chính: Hòa An không thu tiền lắp loa truyền thanh ${RUN}`;
const CORRECTION_TEXT =
  'Thông tin trên mạng xã hội về việc xã Hòa An thu 300.000 đồng mỗi hộ để lắp loa truyền thanh thông minh là sai sự thật. ' +
  'Hệ thống loa được đầu tư từ ngân sách nhà nước; người dân không phải đóng góp bất kỳ khoản tiền nào.';

/** axe-core's source, evaluated in the page (the public pages' policy would refuse an injected script tag). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2 A and AA violations axe-core finds on the page, as "rule: what" lines. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated, not injected as a tag; nothing of the library is handed back.
  await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  });
}

/** How wide the page has grown: more than the screen means scrolling sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

interface Station {
  id: string;
  body: { id: string; name: string };
}

describe('a report of false information becomes a priority bulletin at two communes', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  let dir = '';
  let pngPath = '';
  let code = '';
  let caseUrl = '';
  let caseId = '';
  let neighbour = '';
  let bulletinIds: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantoa-e2e-misinformation-'));
    pngPath = join(dir, 'chup-man-hinh.png');
    writeFileSync(pngPath, await solidPng(240));
    session = await openSession(pageErrors, {
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lets a citizen report a post from a phone, with a screenshot, and gives a receipt code', async () => {
    await page.goto(`${server.baseUrl}/cong-khai/08/tin-sai`);
    const opened = Date.now();
    await page.getByRole('heading', { level: 1, name: 'Báo tin sai sự thật' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'misinformation-01-public-form');

    await page.getByLabel('Đường dẫn bài viết (link)').fill(POST_LINK);
    await page.getByLabel('Bạn thấy tin này ở đâu?').selectOption('facebook');
    await page.getByLabel('Thông tin nào sai sự thật?').fill(DESCRIPTION);
    await page.getByLabel('Họ và tên').fill(CITIZEN);
    await page.getByLabel('Số điện thoại di động').fill(CITIZEN_PHONE);
    await page.getByLabel('Ảnh chụp màn hình').setInputFiles(pngPath);
    // The form guard refuses a form sent back within 3 s of being served (a script): a person is slower.
    const waited = Date.now() - opened;
    if (waited < 3_500) await page.waitForTimeout(3_500 - waited);
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đã nhận báo cáo' }).waitFor();
    code = ((await page.getByRole('status').textContent()) ?? '').trim();
    expect(code).toMatch(/^TS-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'misinformation-02-receipt');
  });

  it('lets the province’s coordinator give the case to the culture department', async () => {
    await page.setViewportSize(DESKTOP);
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await page.goto(`${server.baseUrl}/misinformation`);
    await page.getByLabel('Tìm theo mã tiếp nhận, nội dung, đường dẫn').fill(code);
    const row = page.getByTestId('misinformation-table').getByRole('link', { name: code });
    await row.click();
    await page.waitForURL(/\/misinformation\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    caseId = caseUrl.split('/').pop() ?? '';
    // The citizen's contact details are for the province's people and the handler.
    await expect.poll(() => page.getByTestId('case-contact').textContent()).toContain(CITIZEN);
    await page.getByTestId('case-screenshot').waitFor();
    await page.getByTestId('assign-send').click();
    await page
      .getByTestId('case-assign')
      .getByText('Đơn vị xử lý: Sở Văn hóa, Thể thao và Du lịch')
      .waitFor();
    await screenshot(page, 'misinformation-03-assigned');
    await signOut(page);
  });

  it('lets the culture department find it false and publish a correction', async () => {
    await signIn(page, server.baseUrl, 'tq.vanhoa', PASSWORD);
    await page.goto(caseUrl);
    const triage = page.getByTestId('case-triage');
    await triage.getByRole('radio', { name: 'Tin sai sự thật' }).check();
    await triage
      .getByLabel('Kết quả xác minh')
      .fill('UBND xã Hòa An xác nhận không thu bất kỳ khoản tiền nào.');
    await page.getByTestId('triage-save').click();
    const response = page.getByTestId('case-response');
    await response.getByLabel('Tiêu đề tin cải chính').waitFor();
    await response.getByLabel('Tiêu đề tin cải chính').fill(CORRECTION_TITLE);
    await response.getByLabel('Nội dung tin cải chính').fill(CORRECTION_TEXT);
    await response.getByRole('checkbox', { name: 'Công bố tin cải chính trên trang công khai' }).check();
    await response.getByLabel('Nền tảng và cách báo').fill('Báo cáo bài viết qua công cụ của Facebook.');
    await page.getByTestId('response-save').click();
    await page.getByTestId('correction-public').waitFor();
    await screenshot(page, 'misinformation-04-responded');
  });

  it('sends the correction to Hòa An and a neighbouring commune with a station in one step', async () => {
    const communes = (await (
      await page.request.get(`${server.baseUrl}/api/misinformation/${caseId}/communes`)
    ).json()) as { items: { id: string; name: string; stations: number }[] };
    const withStation = communes.items.find((c) => c.name !== 'Xã Hòa An' && c.stations > 0);
    expect(withStation).toBeDefined();
    neighbour = withStation?.name ?? '';

    // One click opens the list; each commune is then typed (without its level) and picked.
    await page.getByTestId('bulletins-communes').click();
    for (const name of ['Xã Hòa An', neighbour]) {
      await page.keyboard.type(name.replace(/^(Xã|Phường) /, ''));
      await chooseOption(page.locator('.ant-select-item-option').filter({ hasText: name }).first());
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('bulletins-send').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Phát bản tin ưu tiên' }).click();
    const list = page.getByTestId('case-bulletin-list');
    await expect.poll(() => list.locator('tbody tr.ant-table-row').count()).toBe(2);
    for (const name of ['Xã Hòa An', neighbour]) {
      await list
        .locator('tbody tr')
        .filter({ hasText: name })
        .getByRole('link', { name: CORRECTION_TITLE })
        .waitFor();
    }
    const links = await list
      .getByRole('link', { name: CORRECTION_TITLE })
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    bulletinIds = links.map((href) => href.split('/').pop() ?? '');
    expect(links.every((href) => /^\/broadcast\/bulletins\/[0-9a-f-]{36}$/.test(href))).toBe(true);
    await screenshot(page, 'misinformation-05-bulletins');
    // The culture department follows the bulletin it issued on its page.
    await list.getByRole('link', { name: CORRECTION_TITLE }).first().click();
    await page.waitForURL(/\/broadcast\/bulletins\/[0-9a-f-]{36}$/);
    await page.getByText(CORRECTION_TITLE).first().waitFor();
    await signOut(page);
  });

  it('shows the correction publicly on a phone, without the citizen or a link to the post', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${server.baseUrl}/cong-khai/08/tin-sai/${caseId}`);
    await page.getByRole('heading', { level: 1, name: CORRECTION_TITLE }).waitFor();
    const html = await page.content();
    expect(html).toContain('facebook.com');
    expect(html).not.toContain(POST_LINK);
    expect(html).not.toContain(CITIZEN);
    expect(html).not.toContain('345 678');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'misinformation-06-correction');
  });

  it('puts the bulletin in both communes’ station programmes', async () => {
    await page.setViewportSize(DESKTOP);
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    const stations = (
      (await (await page.request.get(`${server.baseUrl}/api/broadcast/stations`)).json()) as {
        items: Station[];
      }
    ).items;
    for (const name of ['Xã Hòa An', neighbour]) {
      const station = stations.find((s) => s.body.name === name);
      expect(station).toBeDefined();
      const programme = (await (
        await page.request.get(`${server.baseUrl}/api/broadcast/stations/${station?.id}/programme?days=2`)
      ).json()) as { sessions: { items: { bulletinId: string; reason: string }[] }[] };
      const placed = programme.sessions
        .flatMap((s) => s.items)
        .filter((i) => bulletinIds.includes(i.bulletinId));
      expect(placed.length).toBeGreaterThan(0);
      expect(placed.every((i) => i.reason === 'priority')).toBe(true);
    }
    await signOut(page);

    // Hòa An's broadcaster sees it on the station's screen.
    await signIn(page, server.baseUrl, 'hoaan.truyenthanh', PASSWORD);
    await page.getByRole('menuitem', { name: 'Đài truyền thanh' }).click();
    await page.waitForURL('**/broadcast/stations');
    await page
      .getByTestId('stations-table')
      .getByRole('link', { name: 'Đài truyền thanh xã Hòa An' })
      .click();
    await page.waitForURL(/\/broadcast\/stations\/[0-9a-f-]{36}$/);
    await page.getByTestId('programme-item').filter({ hasText: CORRECTION_TITLE }).first().waitFor();
    await screenshot(page, 'misinformation-07-programme');
    await signOut(page);
    expect(pageErrors).toEqual([]);
  });
});
