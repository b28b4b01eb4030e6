// The S&T task registry (issue 17, item 2): the science department imports its Excel list (one row
// refused and shown, the good rows kept), discloses a task and attaches its report, and the task's
// public page reads well on a phone; a secret task of the list appears on no public page (every page
// reached by links from the province's public home, and every address of the sitemap when it has
// one); a bulletin is drafted from a task's summary in one click.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { screenshot, signIn, VIETNAMESE_CONTEXT } from './support/browser.ts';
import { pinBrowserClock } from './support/clock.ts';
import { type CrawledPage, crawlPublicSite, publicLinks } from './support/crawl.ts';
import { solidPng } from './support/png.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession, STEP_TIMEOUT_MS } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
const PHONE = { width: 360, height: 740 };
const HEADER = [
  'Mã nhiệm vụ',
  'Tên nhiệm vụ',
  'Cấp quản lý',
  'Tổ chức chủ trì',
  'Chủ nhiệm',
  'Kinh phí NSNN (triệu đồng)',
  'Bắt đầu',
  'Kết thúc',
  'Tình trạng',
  'Kết quả',
  'Tóm tắt dễ hiểu',
  'Mật (Có/Không)',
];
const SHOWN = {
  code: 'E2E.2026.01',
  title: 'Ứng dụng chế phẩm sinh học xử lý phụ phẩm nông nghiệp làm phân bón hữu cơ tại Tuyên Quang',
};
const SECRET = {
  code: 'E2E.2026.77',
  title: 'Giải pháp kỹ thuật bảo vệ hạ tầng thông tin trọng yếu của tỉnh giai đoạn 2026–2028',
};
const ROWS: (string | number)[][] = [
  HEADER,
  [
    SHOWN.code,
    SHOWN.title,
    'Cấp tỉnh',
    'Viện Khoa học Kỹ thuật Nông Lâm nghiệp miền núi phía Bắc',
    'TS. Lê Văn Phúc',
    1250,
    '01/02/2026',
    '31/07/2027',
    'Đang thực hiện',
    'Đã hướng dẫn 120 hộ ủ phân từ rơm rạ, thân ngô.',
    'Rơm rạ, thân ngô sau thu hoạch được ủ với chế phẩm sinh học thành phân bón hữu cơ, thay vì đốt bỏ. Bà con giảm tiền mua phân bón và đồng ruộng không còn khói. Hợp tác xã trong xã sẽ hướng dẫn cách ủ.',
    'Không',
  ],
  [
    'E2E.2026.02',
    'Chuyển đổi số trong quản lý rừng trồng bằng ảnh vệ tinh',
    'Cấp cơ sở',
    'Hạt Kiểm lâm Na Hang',
    'KS. Ma Văn Sơn',
    '450,5',
    '01/04/2026',
    '31/12/2026',
    'Đã phê duyệt',
    '',
    '',
    'Không',
  ],
  [
    SECRET.code,
    SECRET.title,
    'Cấp tỉnh',
    'Công an tỉnh Tuyên Quang',
    '',
    2100,
    '01/03/2026',
    '',
    'Đang thực hiện',
    '',
    '',
    'Có',
  ],
  ['E2E.2026.09', 'Dòng có cấp sai', 'Cấp thôn', '', '', '', '', '', 'Đang thực hiện', '', '', ''],
];

describe('the S&T task registry, its public pages and a bulletin from a task', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  let phoneContext: BrowserContext;
  let phone: Page;
  let taskPath = '';
  const pageErrors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-science-'));

  beforeAll(async () => {
    session = await openSession(pageErrors);
    ({ server, page } = session);
    const browser = session.context.browser();
    if (!browser) throw new Error('no browser');
    phoneContext = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      ...VIETNAMESE_CONTEXT,
    });
    await pinBrowserClock(phoneContext);
    phone = await phoneContext.newPage();
    phone.setDefaultTimeout(STEP_TIMEOUT_MS);
  });

  afterAll(async () => {
    await phoneContext?.close();
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the department’s Excel list: good rows kept, the bad one shown with its column', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Nhiệm vụ KH&CN');
    for (const row of ROWS) sheet.addRow(row);
    const file = join(dir, 'danh-muc.xlsx');
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));

    await page.goto(`${server.baseUrl}/science-tasks`);
    await page.getByRole('heading', { name: 'Nhiệm vụ khoa học và công nghệ' }).waitFor();
    await page.getByTestId('science-import-open').click();
    const dialog = page.getByTestId('science-import');
    expect(await dialog.getByTestId('science-template').getAttribute('href')).toBe(
      '/api/science-tasks/template',
    );
    await dialog.locator('input[type=file]').setInputFiles(file);
    await dialog.getByTestId('science-import-keep').click();
    await dialog.getByTestId('science-import-send').click();
    await expect
      .poll(async () => (await dialog.getByTestId('science-import-result').textContent()) ?? '')
      .toContain('Đã thêm 3 nhiệm vụ');
    const errors = dialog.getByTestId('science-import-errors');
    await errors.getByText('Không rõ cấp quản lý «Cấp thôn»').waitFor();
    await errors.getByRole('cell', { name: 'Cấp quản lý' }).first().waitFor();
    await screenshot(page, 'science-01-import');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();

    const table = page.getByTestId('science-tasks-table');
    await table.getByText(SHOWN.title).waitFor();
    await table.getByText(SECRET.title).waitFor();
    await page.getByLabel('Tìm theo mã, tên, chủ trì, chủ nhiệm').fill('che pham sinh hoc');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('keeps a secret task from being disclosed', async () => {
    await page.goto(`${server.baseUrl}/science-tasks`);
    await page.getByTestId('science-tasks-table').getByText(SECRET.title).click();
    await page.getByRole('heading', { name: SECRET.title }).waitFor();
    await page.getByTestId('task-secret').first().waitFor();
    expect(await page.getByTestId('task-publish').isDisabled()).toBe(true);
    expect(await page.getByTestId('task-draft').count()).toBe(0);
    expect(await page.getByTestId('task-public-link').count()).toBe(0);
  });

  it('discloses a task with its report, and its public page reads well on a phone', async () => {
    await page.goto(`${server.baseUrl}/science-tasks`);
    await page.getByTestId('science-tasks-table').getByText(SHOWN.title).click();
    await page.getByRole('heading', { name: SHOWN.title }).waitFor();
    await page.getByTestId('task-attach').click();
    const report = join(dir, 'anh-u-phan.png');
    writeFileSync(report, await solidPng(64));
    await page.locator('.ant-modal').locator('input[type=file]').setInputFiles(report);
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Tải lên' }).click();
    await page.getByTestId('task-files').getByText('anh-u-phan.png').waitFor();
    await page.getByTestId('task-publish').click();
    await page.getByTestId('task-published').first().waitFor();
    const link = page.getByTestId('task-public-link');
    taskPath = (await link.getAttribute('href')) ?? '';
    expect(taskPath).toMatch(/^\/cong-khai\/08\/nhiem-vu-khcn\/[0-9a-f-]{36}$/);
    await screenshot(page, 'science-02-task');

    const response = await phone.goto(`${server.baseUrl}${taskPath}`);
    expect(response?.status()).toBe(200);
    await phone.getByRole('heading', { level: 1, name: SHOWN.title }).waitFor();
    const facts = (await phone.getByRole('main').textContent()) ?? '';
    expect(facts).toContain(SHOWN.code);
    expect(facts).toContain('1.250.000.000 đồng');
    expect(facts).toContain('01/02/2026 – 31/07/2027');
    expect(facts).toContain('Cấp tỉnh');
    expect(facts).toContain('Đang thực hiện');
    expect(facts).toContain('Bà con giảm tiền mua phân bón');
    await phone.getByRole('link', { name: 'anh-u-phan.png' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await phone.locator('head meta[property="og:title"]').getAttribute('content')).toBe(SHOWN.title);
    await screenshot(phone, 'science-03-public-task');
    await expectAccessible(phone, 'a disclosed S&T task');

    // The list, filtered without script, leads to it.
    await phone.goto(`${server.baseUrl}/cong-khai/08/nhiem-vu-khcn`);
    await phone.getByLabel('Tình trạng').selectOption({ label: 'Đang thực hiện' });
    await phone.getByRole('button', { name: 'Lọc' }).click();
    await phone.waitForURL(/tinh-trang=in_progress/);
    await phone.getByRole('link', { name: SHOWN.title }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone, 'science-04-public-list');
    await expectAccessible(phone, 'the list of disclosed S&T tasks');
  });

  it('shows a secret task on no public page, nor in the sitemap', async () => {
    // Every secret task the department keeps (the import's, and the demo's if it has one).
    const secrets = (
      (await (
        await page.request.get(`${server.baseUrl}/api/science-tasks?secret=true&pageSize=200`)
      ).json()) as {
        items: { id: string; code: string; title: string }[];
      }
    ).items;
    expect(secrets.map((task) => task.code)).toContain(SECRET.code);

    const sitemap = await fetch(`${server.baseUrl}/sitemap.xml`);
    await sitemap.body?.cancel();
    let pages: CrawledPage[];
    if (sitemap.ok) pages = await crawlPublicSite(server.baseUrl, '/cong-khai/08');
    else {
      // No sitemap yet: every page the links lead to from the public home.
      pages = [];
      const origin = new URL(server.baseUrl).origin;
      const seen = new Set<string>();
      const queue = ['/cong-khai/08'];
      while (queue.length > 0) {
        const path = queue.shift() as string;
        if (seen.has(path)) continue;
        seen.add(path);
        if (seen.size > 1000) throw new Error('more than 1000 public pages');
        const response = await fetch(`${origin}${path}`);
        const html = await response.text();
        pages.push({ path, status: response.status, html });
        if (response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html'))
          queue.push(...publicLinks(html, `${origin}${path}`, origin));
      }
    }
    const paths = pages.map((p) => p.path);
    expect(paths).toContain('/cong-khai/08/nhiem-vu-khcn');
    expect(paths).toContain(taskPath);
    for (const crawled of pages) {
      for (const secret of secrets) {
        expect(crawled.html, crawled.path).not.toContain(secret.code);
        expect(crawled.html, crawled.path).not.toContain(secret.title);
        expect(crawled.path).not.toContain(secret.id);
      }
    }
    for (const secret of secrets) {
      const direct = await fetch(`${server.baseUrl}/cong-khai/08/nhiem-vu-khcn/${secret.id}`);
      expect(direct.status).toBe(404);
      expect(await direct.text()).not.toContain(secret.title);
    }
  });

  it('drafts a bulletin from the task’s summary in one click', async () => {
    await page.goto(`${server.baseUrl}/science-tasks`);
    await page.getByTestId('science-tasks-table').getByText(SHOWN.title).click();
    await page.getByTestId('task-draft').click();
    await page.waitForURL(/\/broadcast\/bulletins\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByLabel('Nội dung bản tin').inputValue())
      .toContain('Rơm rạ, thân ngô sau thu hoạch được ủ với chế phẩm sinh học');
    // Each sentence of the body says where it was taken from: the task's summary, linked to its page.
    await page.getByText('Nguồn của từng câu').click();
    const sources = page.getByTestId('draft-source');
    await sources.filter({ hasText: SHOWN.title }).first().waitFor();
    await sources.filter({ hasText: 'Tóm tắt' }).first().waitFor();
    await screenshot(page, 'science-05-bulletin');
    expect(pageErrors).toEqual([]);
  });
});
