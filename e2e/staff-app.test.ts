import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, signOut } from './support/browser.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
// Unique per run: with DATABASE_URL the server may reuse a database that earlier runs wrote to.
const RUN = Date.now().toString(36);
const NEW_USERNAME = `hoaan.e2e.${RUN}`;
const NEW_UNIT = `Tổ công nghệ số cộng đồng thôn Đồng Tâm (${RUN})`;
// Passwords that the server's policy accepts (12–128 characters, hard to guess, without the username).
const INITIAL_PASSWORD = 'Mua-lua-chin-vang-2026';
const NEW_PASSWORD = 'HoaAn@E2e2026';

interface BodyJson {
  body: { id: string; name: string; parentId: string | null; kind: string };
}
interface ChildrenJson {
  items: { id: string; name: string; kind: string }[];
}

describe('the staff web app', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  let hoaAnId = '';
  let otherCommuneId = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openSession(pageErrors, { viewport: { width: 1366, height: 860 } });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the Vietnamese error message of the server when the password is wrong', async () => {
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByTestId('sign-in-error');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/mật khẩu/i);
    expect(text).toBe(text.normalize('NFC'));
    await screenshot(page, '01-sign-in-wrong-password');
  });

  it('asks to wait, in the server’s words, after repeated wrong passwords', async () => {
    // An account nobody has: the server throttles it like any other, so nobody real is slowed down.
    const username = `khong.co.ai.${RUN}`;
    const attempt = () =>
      page.evaluate(async (name) => {
        const response = await fetch('/api/auth/sign-in', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: name, password: 'sai-mat-khau-mot-lan-nua' }),
        });
        return { status: response.status, text: await response.text() };
      }, username);
    // Wrong passwords until the delay asked for is long enough to try once more through the form.
    let waitSeconds = 0;
    for (let tries = 0; tries < 20 && waitSeconds < 8; tries += 1) {
      const { status, text } = await attempt();
      if (status !== 429) continue;
      const seconds = Number(/(\d+) giây/.exec(text)?.[1] ?? 120);
      if (seconds < 8) await new Promise((resolve) => setTimeout(resolve, (seconds + 0.5) * 1000));
      else waitSeconds = seconds;
    }
    expect(waitSeconds).toBeGreaterThanOrEqual(8);

    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-mot-lan-nua');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByTestId('sign-in-error');
    await expect
      .poll(async () => (await alert.textContent()) ?? '')
      .toMatch(/Hãy thử lại sau \d+ (giây|phút)/);
  });

  it('lets the administrator find Hòa An in the organisation tree search without diacritics', async () => {
    await signIn(page, server.baseUrl, 'admin', PASSWORD);
    await page.waitForURL('**/bodies');
    // The country root opens on its 34 provinces (the tree is virtualised: only the first are drawn).
    await page.getByTestId('body-tree').getByText('Thành phố Hà Nội').first().waitFor();
    await screenshot(page, '02-organisation-tree');

    await page.getByTestId('body-search').fill('hoa an');
    const results = page.getByTestId('body-search-results');
    // Three communes are called Hòa An; the demo accounts belong to the one in Tuyên Quang.
    const hit = results
      .getByRole('listitem')
      .filter({ hasText: 'Tuyên Quang' })
      .getByRole('link', { name: /^(Xã )?H(òa|oà) An$/ })
      .first();
    await hit.waitFor();
    await screenshot(page, '03-organisation-search');
    await hit.click();
    await page.waitForURL(/\/bodies\/[0-9a-f-]{36}$/);
    hoaAnId = page.url().split('/').at(-1) ?? '';
    await page.getByRole('heading', { level: 3, name: /H(òa|oà) An/ }).waitFor();
  });

  it('creates an account with the focal-point role for Hòa An from its page', async () => {
    await page.getByRole('button', { name: 'Tạo tài khoản cho đơn vị' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill(NEW_USERNAME);
    await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Thử Nghiệm');
    await dialog.getByLabel('Thư điện tử').fill(`${NEW_USERNAME}@example.vn`);
    await expect(dialog.getByTestId('role-row').textContent()).resolves.toContain('Đầu mối');
    const password = dialog.getByLabel('Mật khẩu ban đầu');
    const fieldError = (text: string) => dialog.locator('.ant-form-item-explain-error', { hasText: text });
    // Too short: said before anything is sent.
    await password.fill('LanToa@2026');
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await fieldError('Mật khẩu cần từ 12 đến 128 ký tự').waitFor();
    // Long enough but easy to guess: the server's own words, on the field.
    await password.fill('password1234');
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await fieldError('dễ bị đoán').waitFor();
    await password.fill(INITIAL_PASSWORD);
    await fieldError('dễ bị đoán').waitFor({ state: 'detached' });
    await screenshot(page, '04-create-account');
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const accounts = page.getByTestId('body-accounts');
    await accounts.getByRole('cell', { name: NEW_USERNAME }).waitFor();
    await expect(accounts.textContent()).resolves.toContain('Đầu mối');
    await screenshot(page, '05-body-page');

    // Another commune of the same province, for the scope check below.
    const found = await page.evaluate(async (id) => {
      const detail = (await (await fetch(`/api/bodies/${id}`)).json()) as BodyJson;
      const siblings = (await (
        await fetch(`/api/bodies/${detail.body.parentId}/children`)
      ).json()) as ChildrenJson;
      return siblings.items.find((b) => b.kind === 'commune' && b.id !== id)?.id ?? '';
    }, hoaAnId);
    expect(found).not.toBe('');
    otherCommuneId = found;
  });

  it('edits a body and adds a sub-unit under it', async () => {
    await page.getByRole('menuitem', { name: 'Tổ chức' }).click();
    await page.getByTestId('body-search').fill('thon dong tam');
    await page
      .getByTestId('body-search-results')
      .getByRole('link', { name: 'Thôn Đồng Tâm' })
      .first()
      .click();
    await page.getByRole('heading', { level: 3, name: 'Thôn Đồng Tâm' }).waitFor();

    await page.getByRole('button', { name: 'Sửa đơn vị' }).click();
    const edit = page.getByRole('dialog');
    await edit.getByLabel('Tên gọi khác').fill('Thôn Đồng Tâm cũ');
    await edit.getByLabel('Tên gọi khác').press('Enter');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await edit.waitFor({ state: 'hidden' });
    await page.locator('.ant-descriptions').getByText('Thôn Đồng Tâm cũ').waitFor();

    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    const add = page.getByRole('dialog');
    await add.getByLabel('Tên đơn vị').fill(NEW_UNIT);
    await add.getByRole('button', { name: 'Tạo' }).click();
    await add.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: NEW_UNIT }).waitFor();
  });

  it('lists accounts and the audit trail with its before/after diff', async () => {
    await page.getByRole('menuitem', { name: 'Tài khoản' }).click();
    await page.waitForURL('**/users');
    const users = page.getByTestId('users-table');
    await users.getByRole('cell', { name: NEW_USERNAME }).waitFor();
    await screenshot(page, '06-accounts');
    // One's own password is changed with the current one, and one's own roles by someone else.
    const rowOf = (username: string) =>
      users.locator('tr', { has: page.getByRole('cell', { name: username, exact: true }) });
    await expect(rowOf(NEW_USERNAME).getByRole('button', { name: 'Đặt lại mật khẩu' }).count()).resolves.toBe(
      1,
    );
    await expect(rowOf('admin').getByRole('button', { name: 'Đặt lại mật khẩu' }).count()).resolves.toBe(0);
    await rowOf('admin').getByRole('button', { name: 'Sửa' }).click();
    const own = page.getByRole('dialog');
    await own.getByText('Bạn không thể tự thay đổi vai trò của mình').waitFor();
    await expect(own.getByTestId('role-row').count()).resolves.toBe(0);
    await expect(own.getByRole('switch').isDisabled()).resolves.toBe(true);
    await own.getByRole('button', { name: 'Hủy' }).click();
    await own.waitFor({ state: 'hidden' });

    await page.getByRole('menuitem', { name: 'Nhật ký' }).click();
    await page.waitForURL('**/audit');
    const audit = page.getByTestId('audit-table');
    await audit.getByRole('cell', { name: 'Tạo tài khoản' }).first().waitFor();
    await audit
      .locator('tr', { hasText: 'Cập nhật đơn vị' })
      .first()
      .getByRole('button', { name: /Mở rộng dòng|Expand row/ })
      .click();
    await page.getByTestId('audit-diff').first().waitFor();
    await screenshot(page, '07-audit');
  });

  it('counts a library download beside the file link, and says an edited approved item goes back to review', async () => {
    await page.getByRole('menuitem', { name: 'Thư viện truyền thông' }).click();
    await page.waitForURL('**/library');
    // The demo's provincial poster, approved.
    await page.getByTestId('library-item').filter({ hasText: 'Đã duyệt' }).first().click();
    await page.waitForURL(/\/library\/[0-9a-f-]{36}$/);
    const counted = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        /\/api\/library\/items\/[^/]+\/downloads$/.test(response.url()),
    );
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Tải về/ }).click();
    const { downloads } = (await (await counted).json()) as { downloads: number };
    expect(downloads).toBeGreaterThan(0);
    await (await download).delete();
    await page.getByText(`${downloads} lượt tải`).waitFor();

    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    const edit = page.getByRole('dialog');
    await expect(edit.getByTestId('edit-review-note').textContent()).resolves.toContain('quay lại chờ duyệt');
    await edit.getByRole('button', { name: 'Hủy' }).click();
    await edit.waitFor({ state: 'hidden' });
    await signOut(page);
  });

  it('signs the new focal point in, and shows the not-found page for another commune', async () => {
    await signIn(page, server.baseUrl, NEW_USERNAME, INITIAL_PASSWORD);
    // Focal points land on their tasks; the organisation is one menu entry away.
    await page.waitForURL('**/my-tasks');
    await page.getByRole('menuitem', { name: 'Tổ chức' }).click();
    await page
      .getByTestId('body-tree')
      .getByText(/H(òa|oà) An/)
      .first()
      .waitFor();
    const menu = await page.getByRole('menu').first().textContent();
    expect(menu).not.toContain('Tài khoản');

    await page.goto(`${server.baseUrl}/bodies/${otherCommuneId}`);
    await page.getByText('Không tìm thấy đơn vị hoặc bạn không có quyền xem').waitFor();
    await screenshot(page, '08-body-not-found');

    await page.goto(`${server.baseUrl}/bodies/${hoaAnId}`);
    await page.getByRole('heading', { level: 3, name: /H(òa|oà) An/ }).waitFor();
  });

  it('lets the new account change its password', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
    await page.getByLabel('Mật khẩu hiện tại').fill(INITIAL_PASSWORD);
    // The same password again: refused by the server, on the field.
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(INITIAL_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(INITIAL_PASSWORD);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.locator('.ant-form-item-explain-error', { hasText: 'phải khác mật khẩu hiện tại' }).waitFor();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã đổi mật khẩu').waitFor();
    await screenshot(page, '09-change-password');
    await signOut(page);
    await signIn(page, server.baseUrl, NEW_USERNAME, NEW_PASSWORD);
  });

  it('says the app was updated, and reloads, when a screen’s file no longer exists (a new version deployed)', async () => {
    // A page of its own: the failed loads it provokes on purpose are not errors of the app.
    const stale = await session.context.newPage();
    try {
      await stale.goto(`${server.baseUrl}/my-tasks`);
      await stale.getByRole('menuitem', { name: 'Lịch' }).waitFor();
      // What a tab opened before a deployment meets: the calendar's hashed chunk is gone.
      await stale.route(/\/assets\/CalendarPage-[^/]+\.js$/, (route) =>
        route.fulfill({ status: 404, body: 'Not found' }),
      );
      const reloaded = stale.waitForEvent('load');
      await stale.getByRole('menuitem', { name: 'Lịch' }).click();
      // One automatic reload first (it would fetch the new version); the chunk is still missing here,
      // so the page then says what happened and offers to reload, inside the app's frame.
      await reloaded;
      const notice = stale.getByTestId('route-error');
      await expect(notice.textContent()).resolves.toContain('Ứng dụng vừa được cập nhật');
      expect(await stale.getByText('Unexpected Application Error').count()).toBe(0);
      await stale.getByRole('menuitem', { name: 'Tổ chức' }).waitFor();
      await screenshot(stale, '09b-new-version');
      await stale.unroute(/\/assets\/CalendarPage-[^/]+\.js$/);
      await stale.getByRole('button', { name: 'Tải lại trang' }).click();
      await stale.waitForURL('**/calendar');
      await stale.getByTestId('route-error').waitFor({ state: 'detached' });
      await stale.getByRole('heading', { name: 'Lịch thực hiện' }).waitFor();
    } finally {
      await stale.close();
    }
  });

  it('polls the unread count as a background request, which does not keep an idle session open', async () => {
    const poll = page.waitForRequest(
      (request) => request.url().includes('/api/notifications') && request.url().includes('unread=1'),
    );
    // The bell asks once a minute.
    await page.clock.fastForward(61_000);
    expect((await poll).headers()['x-lantoa-background']).toBe('1');
  });

  it('sends the user to sign-in, saying why, once the session has ended', async () => {
    await page.getByRole('menuitem', { name: 'Tổ chức' }).click();
    await page.waitForURL('**/bodies');
    // What the app sees when the server ends an idle session: its requests answer 401. The next one
    // is the bell's poll, brought forward by the page clock (a click could race a poll already under
    // way and find its menu gone).
    await session.context.clearCookies();
    await page.clock.fastForward(61_000);
    // With the way back to the page just opened, even while its screen is still loading (the router's
    // location lags behind the address bar then; reading it there once lost the way back).
    await page.waitForURL('**/sign-in?next=%2Fbodies');
    const notice = page.getByTestId('session-ended');
    await expect(notice.textContent()).resolves.toContain('Phiên làm việc đã kết thúc');
    await screenshot(page, '10-session-ended');
    await page.getByLabel('Tên đăng nhập').fill(NEW_USERNAME);
    await page.getByLabel('Mật khẩu').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/bodies');
  });

  it('raises no script error or React/antd warning along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
