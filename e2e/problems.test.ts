// Problems for scientists (issue 17, item 3): the S&T department writes and publishes a problem in
// the staff app; a scientist answers it from a phone (360×740, no account, no script needed; each
// public page checked with axe-core) with a file and gets a receipt code; the department sees the
// proposal with its sender's contact details and shortlists it; the public pages never show them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalPdf } from '../packages/media/test/fixtures.ts';
import { expectAccessible } from './support/axe.ts';
import { screenshot, signIn, signOut } from './support/browser.ts';
import { TEST_TODAY } from './support/clock.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1440, height: 900 };
const RUN = Date.now().toString(36).toUpperCase();
const TITLE = `Giám sát độ ẩm đất vườn chè Shan tuyết bằng cảm biến giá rẻ (${RUN})`;
const SCIENTIST = 'TS. Vũ Thị Minh Thư';
const SCIENTIST_EMAIL = 'minhthu.vu@example.vn';
const SCIENTIST_PHONE = '0976 312 845';
/** The deadline: a month after the day the suite runs at. */
const DEADLINE = `20/12/${TEST_TODAY.slice(0, 4)}`;

/** How wide the page has grown: more than the screen means scrolling sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('a scientist answers a published problem from a phone', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  let dir = '';
  let pdfPath = '';
  let problemUrl = '';
  let publicPath = '';
  let code = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantoa-e2e-problems-'));
    pdfPath = join(dir, 'de-xuat-cam-bien.pdf');
    writeFileSync(pdfPath, minimalPdf());
    session = await openSession(pageErrors, { viewport: DESKTOP });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lets the department write a problem and publish it', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await page.getByRole('menuitem', { name: 'Đặt hàng KH&CN' }).click();
    await page.waitForURL('**/problems');
    await page.getByRole('button', { name: 'Tạo đặt hàng' }).click();
    await page.waitForURL('**/problems/new');
    // The list stays on screen while the new page's code arrives: fill the form once it is there.
    await page.getByRole('heading', { name: 'Tạo đặt hàng khoa học và công nghệ' }).waitFor();
    await page.getByLabel('Tên bài toán').fill(TITLE);
    await page.getByLabel('Đơn vị có nhu cầu').fill('Hợp tác xã chè Shan tuyết Na Hang');
    await page
      .getByLabel('Nội dung cần giải quyết')
      .fill(
        'Vườn chè trên đồi cao thiếu nước mùa khô. Cần cảm biến độ ẩm đất giá rẻ, chạy pin mặt trời, báo về điện thoại khi cần tưới.',
      );
    await page.getByLabel('Kết quả mong muốn').fill('Mô hình thử nghiệm cho 20 hộ trong năm tới.');
    const deadline = page.getByLabel('Hạn nhận đề xuất');
    await deadline.click();
    await deadline.fill(DEADLINE);
    await deadline.press('Enter');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.waitForURL(/\/problems\/[0-9a-f-]{36}$/);
    problemUrl = page.url();
    await page.getByText('Nháp', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Đã công bố', { exact: true }).first().waitFor();
    const link = (await page.getByTestId('public-link').getByRole('link').getAttribute('href')) ?? '';
    publicPath = new URL(link).pathname;
    expect(publicPath).toMatch(/^\/cong-khai\/08\/dat-hang\/[0-9a-f-]{36}$/);
    await screenshot(page, 'problems-01-published');
    await signOut(page);
  });

  it('lets a scientist send a proposal with a file from a phone and gives a receipt code', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${server.baseUrl}/cong-khai/08/dat-hang`);
    await page.getByRole('heading', { level: 1, name: 'Đặt hàng khoa học và công nghệ' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'the list of problems');
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**${publicPath}`);
    const opened = Date.now();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'a problem with its proposal form');
    await screenshot(page, 'problems-02-public-problem');

    await page.getByLabel('Tổ chức, doanh nghiệp').fill('Trung tâm Ứng dụng tiến bộ khoa học và công nghệ');
    await page.getByLabel('Họ và tên người liên hệ (bắt buộc)').fill(SCIENTIST);
    await page.getByLabel('Thư điện tử').fill(SCIENTIST_EMAIL);
    await page.getByLabel('Số điện thoại').fill(SCIENTIST_PHONE);
    await page
      .getByLabel('Tóm tắt đề xuất (bắt buộc)')
      .fill(
        'Trung tâm đã chế tạo cảm biến độ ẩm đất dùng LoRa, giá dưới 500.000 đồng mỗi điểm; đề xuất lắp thử 20 điểm, cảnh báo qua Zalo.',
      );
    await page.getByLabel(/Tôi đồng ý/).check();
    await page.getByLabel('Tệp 1').setInputFiles(pdfPath);
    // The form guard refuses a form sent back within 3 s of being served (a script): a person is slower.
    const waited = Date.now() - opened;
    if (waited < 3_500) await page.waitForTimeout(3_500 - waited);
    await page.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đã nhận đề xuất của bạn' }).waitFor();
    code = ((await page.locator('#ma-tiep-nhan').textContent()) ?? '').trim();
    expect(code).toMatch(/^DX-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'the proposal receipt');
    await screenshot(page, 'problems-03-receipt');

    // What the scientist gave stays with the department: the public pages show none of it.
    for (const url of [publicPath, '/cong-khai/08/dat-hang']) {
      await page.goto(`${server.baseUrl}${url}`);
      const html = await page.content();
      for (const personal of [SCIENTIST, SCIENTIST_EMAIL, '312 845', code])
        expect(html).not.toContain(personal);
    }
  });

  it('lets the department see the proposal with its contact details and shortlist it', async () => {
    await page.setViewportSize(DESKTOP);
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await page.goto(problemUrl);
    const table = page.getByTestId('proposals-table');
    const row = table.locator('tbody tr.ant-table-row').filter({ hasText: code });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(SCIENTIST);
    await expect.poll(() => row.textContent()).toContain(SCIENTIST_EMAIL);
    await row.getByRole('link', { name: 'de-xuat-cam-bien.pdf' }).waitFor();
    await row.getByRole('button', { name: 'Chọn sơ bộ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ghi chú').fill('Giá thành phù hợp; mời trình bày tại hội đồng tư vấn.');
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await row.getByText('Được chọn sơ bộ').waitFor();
    await screenshot(page, 'problems-04-shortlisted');
    expect(pageErrors).toEqual([]);
  });
});
