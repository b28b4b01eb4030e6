import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureMail, type MailCapture } from '../apps/server/test/support/mail.ts';
import { chooseOption, screenshot, signIn, signOut } from './support/browser.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

// The outward half of the plan: the province's science department sends a press release to three
// contacts of its communication network (the messages read back from a real SMTP server on
// loopback); the press agency's RSS feed, served locally, yields two articles that cite the release,
// which the release then lists and which move the plan's "bodies with an active section" indicator
// in the roll-up; a poster pushed to the communes is ticked by Hòa An as placed.
const PASSWORD = 'LanToa@2026';
const RELEASE_TITLE = 'Tuyên Quang phát động Tháng chuyển đổi số năm 2026';
const CONTACTS = [
  { kind: 'Phóng viên', name: 'Lương Văn Báo', email: 'luong.bao@baotuyenquang.vn' },
  { kind: 'Nhà khoa học', name: 'Đặng Thị Khoa', email: 'dang.khoa@tnu.edu.vn' },
  { kind: 'Doanh nghiệp', name: 'Công ty Số Hóa Miền Núi', email: 'lienhe@sohoamiennui.vn' },
];

describe('press releases, feeds and pushed products, counted into the targets', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  let mail: MailCapture;
  let feedServer: Server;
  let feedXml = '<rss version="2.0"><channel><title>Báo</title></channel></rss>';
  let feedUrl = '';
  let trackedUrl = '';
  let releasePath = '';
  const pageErrors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-outputs-'));

  beforeAll(async () => {
    mail = await captureMail();
    feedServer = createServer((request, response) => {
      if (request.url !== '/rss') {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feedXml);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    // By the name the server is told to trust on loopback; an address would be refused (SSRF guard).
    feedUrl = `http://localhost:${(feedServer.address() as AddressInfo).port}/rss`;
    session = await openSession(
      pageErrors,
      {},
      { LANTOA_SMTP_URL: mail.url, LANTOA_FEED_ALLOW_HOSTS: 'localhost' },
    );
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
    await mail?.close();
    await new Promise<void>((resolve) => (feedServer ? feedServer.close(() => resolve()) : resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  /** The province plan's "bodies with an active section" in the dashboard's roll-up reads `figures` ("n/d"). */
  async function expectSections(figures: string): Promise<void> {
    const plans = (await (await page.request.get(`${server.baseUrl}/api/plans`)).json()) as {
      items: { id: string; number: string | null }[];
    };
    const plan = plans.items.find((p) => p.number === '178/KH-UBND');
    const indicators = (await (
      await page.request.get(`${server.baseUrl}/api/plans/${plan?.id}/indicators`)
    ).json()) as { items: { name: string; computedKind: string | null }[] };
    const sections = indicators.items.find((i) => i.computedKind === 'channels_active');
    expect(sections).toBeDefined();
    await page.goto(`${server.baseUrl}/dashboard?planId=${plan?.id}`);
    await page.getByTestId('indicator-select').click();
    await chooseOption(
      page
        .locator('.ant-select-item-option')
        .filter({ hasText: sections?.name ?? '' })
        .first(),
    );
    await expect
      .poll(async () => ((await page.getByTestId('headline-figures').textContent()) ?? '').replace(/\s/g, ''))
      .toBe(figures);
  }

  it('imports three contacts into the network and sends them a press release, one message each', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Mạng lưới');
    sheet.addRow([
      'Loại',
      'Họ tên/Tên',
      'Cơ quan/Tổ chức',
      'Thư điện tử',
      'Chủ đề',
      'Đồng ý nhận tin',
      'Ngày đồng ý',
    ]);
    for (const c of CONTACTS)
      sheet.addRow([c.kind, c.name, '', c.email, 'Chuyển đổi số', 'Có', '05/01/2026']);
    const file = join(dir, 'mang-luoi.xlsx');
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    await page.goto(`${server.baseUrl}/press/network`);
    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const dialog = page.getByTestId('contact-import');
    await dialog.locator('input[type=file]').setInputFiles(file);
    await dialog.getByTestId('contact-import-send').click();
    await expect
      .poll(async () => (await dialog.getByTestId('contact-import-result').textContent()) ?? '')
      .toContain('Đã thêm 3 liên hệ');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    await page
      .getByTestId('contacts-table')
      .getByText(CONTACTS[1]?.name ?? '')
      .waitFor();
    await screenshot(page, 'outputs-01-network');

    await page.goto(`${server.baseUrl}/press/releases/new`);
    const form = page.getByTestId('release-form');
    await form.getByLabel('Tiêu đề').fill(RELEASE_TITLE);
    await form
      .getByLabel('Nội dung thông cáo')
      .fill(
        'Ngày 20/11/2026, UBND tỉnh phát động Tháng chuyển đổi số với chủ đề đưa khoa học, công nghệ và chuyển đổi số đến từng thôn, bản.',
      );
    await form.getByLabel('Chủ đề').fill('Chuyển đổi số');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.waitForURL(/\/press\/releases\/[0-9a-f-]{36}$/);
    releasePath = new URL(page.url()).pathname;
    const picker = page.getByTestId('recipient-picker');
    for (const c of CONTACTS) await picker.getByLabel(`Chọn ${c.name}`).check();
    await expect
      .poll(async () => (await page.getByTestId('recipients-selected').textContent()) ?? '')
      .toContain('3');
    await picker.getByRole('button', { name: /Gửi$/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect
      .poll(async () => (await page.getByTestId('send-result').textContent()) ?? '')
      .toContain('Đã gửi 3 thư');
    await expect.poll(() => mail.received.length).toBe(3);
    expect(mail.received.map((m) => m.to).sort()).toEqual(CONTACTS.map((c) => c.email).sort());
    trackedUrl = ((await page.getByTestId('tracked-link').first().textContent()) ?? '').trim();
    expect(trackedUrl).toMatch(/\/thong-cao\/[\w-]+$/);
    for (const message of mail.received) {
      expect(message.subject).toContain(RELEASE_TITLE);
      expect(message.text).toContain(trackedUrl);
      expect(message.text).toMatch(/\/huy-nhan-tin\/[\w-]{32}/);
      expect(message.html).toBeFalsy();
    }
    await screenshot(page, 'outputs-02-release-sent');
  });

  it('reads the press agency’s feed: two articles that cite the release are recorded, linked to it, and the section indicator moves', async () => {
    await expectSections('0/1');
    const item = (title: string, description: string, day: string) =>
      `<item><title>${title}</title><link>https://baotuyenquang.com.vn/${encodeURIComponent(title)}</link>` +
      `<guid>${encodeURIComponent(title)}</guid><pubDate>${day} 2026 08:00:00 +0700</pubDate>` +
      `<description><![CDATA[${description}]]></description></item>`;
    feedXml =
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo Tuyên Quang</title>' +
      item(
        'Tháng chuyển đổi số: đưa công nghệ đến từng thôn',
        `Theo thông cáo của Sở Khoa học và Công nghệ (${trackedUrl}), tỉnh phát động Tháng chuyển đổi số.`,
        'Fri, 20 Nov',
      ) +
      item(
        'Doanh nghiệp công nghệ đồng hành cùng Tháng chuyển đổi số',
        `Xem thông cáo: <a href="${trackedUrl}">tại đây</a>. Các doanh nghiệp cam kết hỗ trợ khoa học, công nghệ.`,
        'Fri, 20 Nov',
      ) +
      item('Giá lúa vụ mùa tăng nhẹ', 'Thị trường nông sản tuần qua.', 'Thu, 19 Nov') +
      '</channel></rss>';

    await page.goto(`${server.baseUrl}/outputs/channels`);
    const channel = 'Chuyên mục Khoa học – Công nghệ';
    const row = page.locator('.ant-table-row').filter({ hasText: channel });
    await row.getByTestId('channel-silent').waitFor();
    await row.getByRole('button', { name: `Sửa kênh: ${channel}` }).click();
    const form = page.getByTestId('channel-form');
    await form.getByTestId('channel-feed').fill(feedUrl);
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'hidden' });
    await row.getByTestId('channel-read').click();
    await expect
      .poll(async () => (await page.getByTestId('feed-read-result').textContent()) ?? '')
      .toContain('ghi nhận 2 sản phẩm mới');
    await expect.poll(() => row.getByTestId('channel-silent').count()).toBe(0);
    await screenshot(page, 'outputs-03-channels');

    await page.goto(`${server.baseUrl}${releasePath}`);
    const articles = page.getByTestId('release-articles');
    await articles.getByText('Tháng chuyển đổi số: đưa công nghệ đến từng thôn').waitFor();
    await articles.getByText('Doanh nghiệp công nghệ đồng hành cùng Tháng chuyển đổi số').waitFor();
    await screenshot(page, 'outputs-04-release-articles');
    await expectSections('1/1');
    await screenshot(page, 'outputs-05-rollup');
  });

  it('pushes the library’s poster to the communes; Hòa An ticks where it placed it', async () => {
    const items = (await (
      await page.request.get(`${server.baseUrl}/api/library/items?status=approved`)
    ).json()) as {
      items: { id: string; kind: string }[];
    };
    const poster = items.items.find((i) => i.kind === 'poster');
    await page.goto(`${server.baseUrl}/library/${poster?.id}`);
    await page.getByTestId('item-push').click();
    const form = page.getByTestId('push-form');
    await form.getByRole('button', { name: 'Gửi', exact: true }).click();
    await page.waitForURL(/\/outputs\/pushes\/[0-9a-f-]{36}$/);
    const pushUrl = page.url();
    await page.getByTestId('push-bodies').getByText('Hòa An').first().waitFor();

    await signOut(page);
    await signIn(page, server.baseUrl, 'hoaan.daumoi', PASSWORD);
    await page.waitForURL('**/my-tasks');
    await page.goto(`${server.baseUrl}/outputs/todo`);
    const open = page
      .getByTestId('push-todos')
      .locator('.ant-table-row')
      .filter({ has: page.getByTestId('todo-done') });
    await open.first().getByTestId('todo-done').click();
    const done = page.getByTestId('push-done-form');
    await done.getByLabel('Tên kênh').first().fill('Nhà văn hóa thôn Nà Mạ');
    await done.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi nhận 1 sản phẩm vào sổ').waitFor();
    await screenshot(page, 'outputs-06-todo-done');
    await page.goto(`${server.baseUrl}/outputs`);
    await page.getByTestId('outputs-table').getByText('Nhà văn hóa thôn Nà Mạ').first().waitFor();

    await signOut(page);
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    // The push made above is the newest: one commune of the province has placed it.
    await page.goto(`${server.baseUrl}/outputs/pushes`);
    const newest = page.getByTestId('pushes-table').locator('.ant-table-row').first();
    await expect
      .poll(async () => (await newest.getByTestId('push-progress').textContent()) ?? '')
      .toMatch(/^1\//);
    await page.goto(pushUrl);
    await page.getByTestId('push-bodies').waitFor();
    await screenshot(page, 'outputs-07-push-progress');
    expect(pageErrors).toEqual([]);
  });
});
