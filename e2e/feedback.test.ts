// A citizen's feedback from a phone to a public answer (issue 17, item 4). A citizen sends feedback
// with a photo on the province's public page from a phone (360×740, no account; each public page
// checked with axe-core) and follows it by its receipt code, typed as people type it; the province's
// coordinator routes it to Xã Hòa An; Hòa An's focal point answers; the coordinator approves the
// publication (personal data removed from the proposed texts); the question and answer appear on the
// public page without the citizen's phone number, name or e-mail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { chooseOption, screenshot, signIn, signOut } from './support/browser.ts';
import { solidPng } from './support/png.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1440, height: 900 };
const RUN = Date.now().toString(36).toUpperCase();
const CITIZEN = 'Đặng Văn Quý';
const CITIZEN_PHONE = '0987 654 321';
const CITIZEN_EMAIL = 'quy.dang@example.vn';
const TEXT = `Đèn chiếu sáng và camera an ninh ở ngã ba chợ Hòa An hỏng đã hai tuần (${RUN}). Đề nghị xã sửa sớm. Có gì xin gọi tôi số ${CITIZEN_PHONE} hoặc thư ${CITIZEN_EMAIL}.`;
const ANSWER = `UBND xã Hòa An đã cử cán bộ kiểm tra và thay bóng đèn, sửa camera ở ngã ba chợ (${RUN}). Cảm ơn ông đã phản ánh.`;

/** How wide the page has grown: more than the screen means scrolling sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('a citizen’s feedback is answered and published without their phone number', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  let dir = '';
  let photoPath = '';
  let code = '';
  let itemUrl = '';
  let itemId = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantoa-e2e-feedback-'));
    photoPath = join(dir, 'den-hong.png');
    writeFileSync(photoPath, await solidPng(240, [0x33, 0x66, 0x99]));
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

  it('lets a citizen send feedback with a photo from a phone and gives a receipt code', async () => {
    await page.goto(`${server.baseUrl}/cong-khai/08/phan-anh`);
    const opened = Date.now();
    await page.getByRole('heading', { level: 1, name: 'Phản ánh, kiến nghị' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'the feedback form');
    await screenshot(page, 'feedback-01-public-form');

    await page.getByLabel('Lĩnh vực').selectOption('digital_transformation');
    await page.getByLabel('Nội dung phản ánh, kiến nghị').fill(TEXT);
    await page.getByLabel('Nơi xảy ra').fill('Ngã ba chợ Hòa An');
    await page.getByLabel('Xã, phường').selectOption({ label: 'Xã Hòa An' });
    await page.getByLabel('Họ và tên').fill(CITIZEN);
    await page.getByLabel('Số điện thoại').fill(CITIZEN_PHONE);
    await page.getByLabel('Thư điện tử').fill(CITIZEN_EMAIL);
    await page.getByLabel('Ảnh minh họa (không bắt buộc)').setInputFiles(photoPath);
    // The form guard refuses a form sent back within 3 s of being served (a script): a person is slower.
    const waited = Date.now() - opened;
    if (waited < 3_500) await page.waitForTimeout(3_500 - waited);
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đã nhận phản ánh' }).waitFor();
    code = ((await page.getByRole('status').textContent()) ?? '').trim();
    expect(code).toMatch(/^PA-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectAccessible(page, 'the feedback receipt');
    await screenshot(page, 'feedback-02-receipt');
  });

  it('lets the citizen follow it by its code, typed in lower case without dashes', async () => {
    await page.getByRole('link', { name: `Theo dõi phản ánh ${code}` }).click();
    await page.getByRole('heading', { level: 2, name: `Phản ánh ${code}` }).waitFor();
    await page.getByLabel('Mã tiếp nhận').fill(code.toLowerCase().replaceAll('-', ''));
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByRole('heading', { level: 2, name: `Phản ánh ${code}` }).waitFor();
    await page.getByText('Đã tiếp nhận, đang chờ chuyển').waitFor();
    const html = await page.content();
    // The code is not an identity: nothing the citizen wrote or gave is shown.
    for (const personal of [CITIZEN, '654 321', CITIZEN_EMAIL, RUN]) expect(html).not.toContain(personal);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'the follow-up page');
    await screenshot(page, 'feedback-03-follow');
  });

  it('lets the province’s coordinator route it to Xã Hòa An', async () => {
    await page.setViewportSize(DESKTOP);
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await page.getByRole('menuitem', { name: 'Phản ánh, kiến nghị' }).click();
    await page.waitForURL('**/feedback');
    await page.getByLabel('Tìm theo mã tiếp nhận, nội dung, địa điểm').fill(code);
    await page.getByTestId('feedback-table').getByRole('link', { name: code }).click();
    await page.waitForURL(/\/feedback\/[0-9a-f-]{36}$/);
    itemUrl = page.url();
    itemId = itemUrl.split('/').pop() ?? '';
    // The sender's contact details and photo are for the site's coordinators and the handler.
    await expect.poll(() => page.getByTestId('feedback-contact').textContent()).toContain(CITIZEN);
    await page.getByTestId('feedback-photo').waitFor();

    const picker = page.locator('#feedback-handler');
    await picker.click();
    // Pick from the search's answer, not from a list it is about to replace under the pointer.
    const searched = page.waitForResponse(
      (r) => r.url().includes('/api/bodies/search') && r.url().includes('hoa'),
    );
    await picker.fill('hoa an');
    await searched;
    await chooseOption(
      page
        .locator('.ant-select-item-option')
        .filter({ has: page.getByText('Xã Hòa An', { exact: true }) })
        .first(),
    );
    await page.getByTestId('route-send').click();
    await page.getByTestId('feedback-route').getByText('Đơn vị giải quyết: Xã Hòa An').waitFor();
    await screenshot(page, 'feedback-04-routed');
    await signOut(page);
  });

  it('lets Hòa An’s focal point answer it', async () => {
    await signIn(page, server.baseUrl, 'hoaan.daumoi', PASSWORD);
    await page.getByRole('menuitem', { name: 'Phản ánh, kiến nghị' }).click();
    await page.waitForURL('**/feedback');
    await page
      .getByTestId('feedback-views')
      .getByText(/^Đang giải quyết/)
      .click();
    await page.getByTestId('feedback-table').getByRole('link', { name: code }).click();
    await page.waitForURL(itemUrl);
    await expect.poll(() => page.getByTestId('feedback-contact').textContent()).toContain(CITIZEN);
    await page.getByTestId('feedback-answer').getByLabel('Nội dung trả lời').fill(ANSWER);
    await page.getByTestId('answer-save').click();
    await page.getByText('Đã lưu câu trả lời').waitFor();
    await screenshot(page, 'feedback-05-answered');
    await signOut(page);
  });

  it('lets the coordinator approve the publication with personal data removed', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await page.goto(itemUrl);
    const publish = page.getByTestId('feedback-publish');
    const question = publish.getByLabel('Câu hỏi công khai');
    await question.waitFor();
    const proposed = await question.inputValue();
    expect(proposed).toContain('[đã ẩn]');
    expect(proposed).not.toContain('654 321');
    expect(proposed).not.toContain(CITIZEN_EMAIL);
    await page.getByTestId('publish-save').click();
    await page.getByTestId('feedback-public').waitFor();
    await screenshot(page, 'feedback-06-published');
    await signOut(page);
  });

  it('shows the question and answer publicly on a phone, without the citizen’s phone number', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${server.baseUrl}/cong-khai/08/phan-anh`);
    await page
      .getByRole('link', { name: new RegExp(RUN) })
      .first()
      .click();
    await page.waitForURL(`**/cong-khai/08/phan-anh/${itemId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText(ANSWER).waitFor();
    const html = await page.content();
    for (const personal of [CITIZEN, '0987', '654 321', CITIZEN_EMAIL]) expect(html).not.toContain(personal);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'a published question and answer');
    await screenshot(page, 'feedback-07-public-answer');

    // The citizen's follow-up page now gives the answer and leads to the published page.
    await page.goto(`${server.baseUrl}/cong-khai/08/phan-anh/tra-cuu?ma=${code}`);
    await page.getByText('Đã trả lời và được công khai trên trang').waitFor();
    await page.getByText(ANSWER).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
