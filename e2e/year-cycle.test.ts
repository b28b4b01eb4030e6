// The rest of the plan's year (issue 18), through the screens: the province's coordinator creates the
// festival of National Innovation Day (1/10) for the plan's "Ngày hội" task and invites Xã Hòa An and
// Phường Minh Xuân; each commune's focal point (Minh Xuân's account made by the province's
// administrator, the one set-up without a screen) confirms with the people it expects and counts its
// people by audience; a business's model is showcased with its photo, and the festival is recorded as
// held. Hòa An nominates itself for a certificate of merit at the festival, its evidence filled in from
// the records; the coordinator approves it with decision 45/QĐ-UBND and issues the certificate, whose
// PDF reads back. The finance department appraises Hòa An's estimate and cuts one line with a reason.
// The yearly review of 2026 is written as .docx and read back: its sections, the trend of the
// indicators, and the budget by source whose approved totals moved by what was approved for Hòa An.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elements, textOf, unzip } from '../packages/reports/test/fixtures.ts';
import { expectAccessible } from './support/axe.ts';
import { chooseOption, screenshot, signIn, signOut } from './support/browser.ts';
import { solidPng } from './support/png.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
const PLAN = '178/KH-UBND';
const RUN = Date.now().toString(36).toUpperCase();
const FESTIVAL = `Ngày hội Đổi mới sáng tạo tỉnh Tuyên Quang năm 2026 (${RUN})`;
const PLACE = 'Quảng trường Nguyễn Tất Thành, phường Minh Xuân';
const PROGRAMME = [
  '07:30 – Khai mạc Ngày hội, tham quan gian trưng bày mô hình, sản phẩm đổi mới sáng tạo.',
  '09:00 – Tọa đàm: doanh nghiệp và hợp tác xã ứng dụng chuyển đổi số.',
  '10:30 – Trao giấy khen cho tập thể, cá nhân tiêu biểu.',
].join('\n');
const SECOND = { name: 'Phường Minh Xuân', typed: 'minh xuan', username: 'minhxuan.daumoi' };
const SECOND_PASSWORD = 'Ngay-hoi-doi-moi-2026';
/** What each commune answers and counts: its people expected, and counted by audience. */
const ANSWERS = [
  {
    username: 'hoaan.daumoi',
    password: PASSWORD,
    body: 'Xã Hòa An',
    expected: 40,
    counts: [
      { audience: 'Cán bộ, công chức, viên chức', attended: 18 },
      { audience: 'Người dân', attended: 25 },
    ],
  },
  {
    username: SECOND.username,
    password: SECOND_PASSWORD,
    body: SECOND.name,
    expected: 15,
    counts: [
      { audience: 'Cán bộ, công chức, viên chức', attended: 9 },
      { audience: 'Thành viên Tổ công nghệ số cộng đồng', attended: 7 },
    ],
  },
] as const;
const MODEL = {
  title: `Hệ thống tưới tiết kiệm cho cam sành điều khiển qua điện thoại (${RUN})`,
  business: 'Công ty TNHH Nông nghiệp công nghệ cao Hàm Yên',
  description: 'Cảm biến độ ẩm đất gửi số liệu về điện thoại; bà con bật, tắt máy bơm từ xa.',
};
const DECISION = '45/QĐ-UBND';
/** The line of Hòa An's estimate the finance department cuts, and to how much. */
const CUT = {
  line: 'Sửa chữa, thay thế cụm loa truyền thanh thôn Đồng Tâm và thôn Tân Tiến',
  estimated: 75_000_000,
  approved: 60_000_000,
  reason: 'Tận dụng cụm loa còn sử dụng được của thôn Đồng Tâm; chỉ thay mới cho thôn Tân Tiến.',
};

type Json = Record<string, unknown> & { id: string };

/** A call to the API from the page, as the signed-in user, with its CSRF token (set-up only). */
async function api<T = Json>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: {
          'x-csrf-token': me.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );
  if (answer.status >= 300) throw new Error(`${method} ${path} → ${answer.status} ${answer.text}`);
  return (answer.text ? JSON.parse(answer.text) : null) as T;
}

/** "254.000.000" → 254000000. */
const amount = (text: string | undefined) => Number((text ?? '').replace(/\D/g, ''));
const dong = (n: number) => `${n.toLocaleString('vi-VN')} đ`;

/** Opens an antd Select and picks the option with the text. */
async function pick(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  await chooseOption(
    page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first(),
  );
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** Types into a body search and picks the body. */
async function pickBody(page: Page, select: Locator, typed: string, name: string): Promise<void> {
  await select.click();
  await select.fill(typed);
  await chooseOption(
    page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first(),
  );
}

/** A table's body rows as their cells' texts. */
async function rowsOf(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr.ant-table-row').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())),
  );
}

describe('the rest of the year: the 1/10 festival, an honour, the budget appraised and the yearly review', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  let eventUrl = '';
  let nominationUrl = '';
  /** The yearly review's budget totals (approved) before the appraisal: all sources, and the commune's. */
  const approvedBefore = { total: 0, commune: 0 };
  const pageErrors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-year-'));

  beforeAll(async () => {
    session = await openSession(pageErrors);
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The review screen on the province's plan, yearly, 2026, picked in its selects. */
  async function openYearlyReview(): Promise<void> {
    await page.goto(`${server.baseUrl}/reviews`);
    await page.getByRole('heading', { name: 'Sơ kết, tổng kết' }).waitFor();
    await pick(page, page.getByTestId('review-plan'), PLAN);
    await pick(page, page.getByTestId('review-kind'), 'Sơ kết năm');
    await pick(page, page.getByTestId('review-year'), 'Năm 2026');
    await page.getByTestId('review-section').first().waitFor();
  }

  /** The review screen's budget table: each source's row and the total row, as texts. */
  async function reviewBudget(): Promise<{ rows: string[][]; total: string[] }> {
    const table = page.getByTestId('review-budget');
    await table.waitFor();
    const rows = await rowsOf(table);
    const total = await table
      .locator('.ant-table-summary tr')
      .first()
      .evaluate((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim()));
    return { rows, total };
  }

  it('lets the province’s coordinator create the 1/10 festival for the plan’s task and invite two communes', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);

    // What the yearly review counts of the budget before the finance department's appraisal.
    await openYearlyReview();
    const before = await reviewBudget();
    approvedBefore.total = amount(before.total[2]);
    approvedBefore.commune = amount(before.rows.find((row) => row[0] === 'Ngân sách xã')?.[2]);

    await page.goto(`${server.baseUrl}/events`);
    await page.getByRole('heading', { name: 'Sự kiện' }).first().waitFor();
    await page.getByTestId('event-add').click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog.getByTestId('event-kind'), 'Ngày hội');
    // Picking the key day sets its date of this year.
    await pick(page, dialog.getByTestId('event-key-day'), 'Ngày Đổi mới sáng tạo Việt Nam');
    await expect.poll(() => dialog.getByLabel('Ngày bắt đầu').inputValue()).toBe('01/10/2026');
    expect(await dialog.getByLabel('Ngày kết thúc').inputValue()).toBe('01/10/2026');
    await dialog.getByTestId('event-title').fill(FESTIVAL);
    await dialog.getByLabel('Địa điểm').fill(PLACE);
    await dialog.getByLabel('Chương trình').fill(PROGRAMME);
    await pick(page, dialog.getByRole('combobox', { name: 'Kế hoạch' }), PLAN);
    await pick(page, dialog.getByRole('combobox', { name: 'Nhiệm vụ thực hiện' }), 'Tổ chức Ngày hội Truyền thông');
    await screenshot(page, 'year-01-festival-form');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    eventUrl = page.url();
    await page.getByRole('heading', { name: FESTIVAL }).waitFor();
    const details = (await page.getByTestId('event-details').textContent()) ?? '';
    expect(details).toContain('Ngày hội');
    expect(details).toContain('Ngày Đổi mới sáng tạo Việt Nam');
    expect(details).toContain('01/10/2026');
    expect(details).toContain(PLACE);
    expect(details).toContain('Tổ chức Ngày hội Truyền thông');
    expect(await page.getByTestId('event-programme').textContent()).toContain('Trao giấy khen');

    await page.getByTestId('event-invite').click();
    const invite = page.getByRole('dialog');
    const add = invite.getByRole('combobox', { name: 'Thêm đơn vị được mời' });
    await pickBody(page, add, 'hoa an', 'Xã Hòa An');
    await pickBody(page, add, SECOND.typed, SECOND.name);
    await expect.poll(() => invite.getByTestId('invite-picked').locator('.ant-table-row').count()).toBe(2);
    await invite.getByRole('button', { name: 'Gửi lời mời' }).click();
    await invite.waitFor({ state: 'hidden' });
    const invitations = page.getByTestId('event-invitations');
    for (const { body } of ANSWERS) {
      await invitations.locator('.ant-table-row').filter({ hasText: body }).getByText('Chưa trả lời').waitFor();
    }
    await screenshot(page, 'year-02-festival');
    await expectAccessible(page, 'the festival’s page');
    await signOut(page);
  });

  it('lets both communes confirm with the people they expect and count their people by audience', async () => {
    // Set-up without a screen here: Minh Xuân's focal point, made by the province's administrator.
    await signIn(page, server.baseUrl, 'tq.quantri', PASSWORD);
    const found = await api<{ items: { id: string; name: string }[] }>(
      page,
      'GET',
      `/api/bodies/search?q=${encodeURIComponent(SECOND.typed)}&limit=20`,
    );
    const second = found.items.find((body) => body.name === SECOND.name);
    if (!second) throw new Error(`${SECOND.name} is not in the demo`);
    await api(page, 'POST', '/api/users', {
      bodyId: second.id,
      username: SECOND.username,
      fullName: 'Hà Thị Thu Trang',
      email: 'minhxuan.daumoi@example.vn',
      password: SECOND_PASSWORD,
      roles: [{ role: 'focal_point', scopeBodyId: second.id }],
    });
    await signOut(page);

    for (const commune of ANSWERS) {
      await signIn(page, server.baseUrl, commune.username, commune.password);
      // The invitation leads the commune to the festival from its list of events.
      await page.goto(`${server.baseUrl}/events`);
      const row = page.getByTestId('events-table').locator('.ant-table-row').filter({ hasText: FESTIVAL });
      await row.getByRole('link', { name: FESTIVAL }).click();
      await page.waitForURL(eventUrl);
      await page.getByRole('heading', { name: FESTIVAL }).waitFor();

      const invitation = page
        .getByTestId('event-invitations')
        .locator('.ant-table-row')
        .filter({ hasText: commune.body });
      await invitation.getByTestId('invitation-answer').click();
      const answer = page.getByRole('dialog');
      await answer.getByRole('radio', { name: 'Tham dự', exact: true }).check();
      await answer.getByTestId('answer-expected').fill(String(commune.expected));
      await answer.getByRole('button', { name: 'Lưu' }).click();
      await answer.waitFor({ state: 'hidden' });
      await invitation.getByText('Tham dự', { exact: true }).waitFor();
      await expect.poll(async () => (await rowsOf(page.getByTestId('event-invitations'))).find((r) => r[0] === commune.body)?.[2]).toBe(String(commune.expected));

      for (const count of commune.counts) {
        await page.getByTestId('event-count').click();
        const dialog = page.getByRole('dialog');
        // The commune counts only for itself: its body is the one offered, already chosen.
        await dialog.getByText(commune.body).waitFor();
        await pick(page, dialog.getByTestId('count-audience'), count.audience);
        await dialog.getByTestId('count-attended').fill(String(count.attended));
        await dialog.getByRole('button', { name: 'Lưu' }).click();
        await dialog.waitFor({ state: 'hidden' });
      }
      const total = commune.counts.reduce((sum, c) => sum + c.attended, 0);
      await expect
        .poll(async () => (await rowsOf(page.getByTestId('event-counts'))).find((r) => r[0] === commune.body)?.at(-1))
        .toBe(String(total));
      await screenshot(page, `year-03-answered-${commune.username}`);
      await signOut(page);
    }
  });

  it('showcases a business’s model with its photo, and records the festival as held', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await page.goto(eventUrl);
    await page.getByRole('heading', { name: FESTIVAL }).waitFor();
    // The organiser sees both answers and both communes' people.
    const invitations = await rowsOf(page.getByTestId('event-invitations'));
    const counts = await rowsOf(page.getByTestId('event-counts'));
    for (const commune of ANSWERS) {
      const answered = invitations.find((row) => row[0] === commune.body);
      expect(answered?.slice(1, 3)).toEqual(['Tham dự', String(commune.expected)]);
      const total = commune.counts.reduce((sum, c) => sum + c.attended, 0);
      expect(counts.find((row) => row[0] === commune.body)?.at(-1)).toBe(String(total));
    }

    const photo = join(dir, 'tuoi-tiet-kiem.png');
    writeFileSync(photo, await solidPng(320, [0x2f, 0x7a, 0x3d]));
    await page.getByTestId('event-model-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('model-title').fill(MODEL.title);
    await dialog.getByRole('radio', { name: 'Doanh nghiệp' }).check();
    await dialog.getByTestId('model-presenter').fill(MODEL.business);
    await dialog.getByLabel('Mô tả').fill(MODEL.description);
    await dialog.locator('input[type=file]').setInputFiles(photo);
    await dialog.getByText('tuoi-tiet-kiem.png').waitFor();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const model = page.getByTestId('event-models').locator('.ant-list-item').filter({ hasText: MODEL.title });
    await model.getByText(`Doanh nghiệp: ${MODEL.business}`).waitFor();
    await model.getByText(MODEL.description).waitFor();
    // The thumbnail is drawn: the image loaded, from the server's thumbnail of the photo.
    const thumbnail = model.getByRole('img', { name: `Ảnh ${MODEL.title}` });
    await expect
      .poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    const src = (await thumbnail.getAttribute('src')) ?? '';
    const image = await page.request.get(new URL(src, server.baseUrl).toString());
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toMatch(/^image\//);
    await screenshot(page, 'year-04-model');

    await page.getByTestId('event-hold').click();
    const hold = page.getByRole('dialog');
    await hold.getByTestId('hold-note').fill('Hơn 300 người tham quan; 18 mô hình, sản phẩm được trưng bày.');
    await hold.getByRole('button', { name: 'Ghi nhận' }).click();
    await hold.waitFor({ state: 'hidden' });
    await page.getByTestId('event-status').filter({ hasText: 'Đã tổ chức' }).first().waitFor();

    // The list counts the answers and the people.
    await page.goto(`${server.baseUrl}/events`);
    const row = page.getByTestId('events-table').locator('.ant-table-row').filter({ hasText: FESTIVAL });
    await row.getByText('2/2').waitFor();
    const people = ANSWERS.flatMap((a) => a.counts).reduce((sum, c) => sum + c.attended, 0);
    await row.getByText(String(people), { exact: true }).waitFor();
    await signOut(page);
  });

  it('lets Hòa An nominate itself with its evidence filled in from the records', async () => {
    await signIn(page, server.baseUrl, 'hoaan.daumoi', PASSWORD);
    await page.goto(`${server.baseUrl}/honours`);
    await page.getByTestId('nominate-open').click();
    const dialog = page.getByRole('dialog');
    // Hòa An nominates itself by default, for this year.
    await dialog.getByTestId('honour-evidence').waitFor();
    expect(await dialog.getByText('Số liệu năm 2026, tính đến ngày 20/11/2026.').count()).toBe(1);
    const evidence = new Map(
      (await rowsOf(dialog.getByTestId('honour-evidence'))).map((row) => [row[0], row[1]] as const),
    );
    console.log(Object.fromEntries(evidence));
    await expect.poll(() => dialog.getByTestId('nominate-achievements').inputValue()).toContain('Xã Hòa An');
    await pick(page, dialog.getByRole('combobox', { name: 'Khen thưởng tại sự kiện' }), FESTIVAL);
    await screenshot(page, 'year-05-nominate');
    await dialog.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.waitForURL(/\/honours\/[0-9a-f-]{36}$/);
    nominationUrl = page.url();
    await page.getByTestId('nomination-facts').getByText(FESTIVAL, { exact: false }).waitFor();
    await page.getByText('Hồ sơ đang chờ').waitFor();
    await expectAccessible(page, 'the nomination’s page');
    await signOut(page);
  });

  it('lets the coordinator honour Hòa An with decision 45/QĐ-UBND and issue the certificate of merit', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await page.goto(`${server.baseUrl}/honours`);
    const row = page.getByTestId('nominations-table').locator('.ant-table-row').filter({ hasText: 'Xã Hòa An' });
    await row.getByRole('link').first().click();
    await page.waitForURL(nominationUrl);
    const form = page.getByTestId('decision-form');
    await form.getByTestId('decision-number').fill(DECISION);
    expect(await form.getByTestId('decision-date').inputValue()).toBe('20/11/2026');
    await form.getByTestId('decision-save').click();
    await expect
      .poll(async () => (await page.getByTestId('nomination-decision').textContent()) ?? '')
      .toContain(`${DECISION} ngày 20/11/2026`);
    await page.getByTestId('certificate-issue').click();
    const download = page.getByTestId('certificate-download');
    await download.waitFor();
    await screenshot(page, 'year-06-honoured');
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = join(dir, 'giay-khen.pdf');
    writeFileSync(pdf, readFileSync(await file.path()));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('GIẤY KHEN');
    expect(text).toContain('Xã Hòa An');
    expect(text).toContain(`Quyết định số ${DECISION} ngày 20/11/2026`);
    await signOut(page);
  });

  it('lets the finance department appraise Hòa An’s estimate and cut one line with a reason', async () => {
    await signIn(page, server.baseUrl, 'tq.taichinh', PASSWORD);
    await page.goto(`${server.baseUrl}/budget`);
    await page
      .getByTestId('budget-views')
      .getByText('Cần thẩm định')
      .waitFor();
    const table = page.getByTestId('budget-estimates-table');
    await table.locator('.ant-table-row').filter({ hasText: 'Xã Hòa An' }).getByRole('link', { name: 'Xã Hòa An' }).click();
    await page.waitForURL(/\/budget\/estimates\/[0-9a-f-]{36}$/);
    await page.getByTestId('estimate-appraise').click();
    const lines = page.getByTestId('appraise-lines');
    const line = lines.locator('.ant-table-row').filter({ hasText: CUT.line });
    await pick(page, line.getByTestId('appraise-outcome'), 'Cắt giảm');
    await line.getByTestId('appraise-approved').fill(String(CUT.approved));
    await line.getByTestId('appraise-reason').fill(CUT.reason);
    await screenshot(page, 'year-07-appraise');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    const appraised = page.getByTestId('estimate-lines').locator('.ant-table-row').filter({ hasText: CUT.line });
    await appraised.getByTestId('line-reason').filter({ hasText: CUT.reason }).waitFor();
    await appraised.getByText(dong(CUT.approved)).waitFor();
    await appraised.getByText('Cắt giảm').waitFor();
    await page.getByText('Đã thẩm định').first().waitFor();
    await screenshot(page, 'year-08-appraised');
    await signOut(page);
  });

  it('writes the yearly review as .docx: its sections, the trend of the indicators and the budget', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await openYearlyReview();
    await page.getByTestId('review-trend').waitFor();
    const shown = await reviewBudget();
    await screenshot(page, 'year-09-review');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('review-docx').first().click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const xml = unzip(new Uint8Array(readFileSync(await file.path())))['word/document.xml'] ?? '';
    const paragraphs = elements(xml, 'w:p').map(textOf);
    console.log(paragraphs.filter((p) => /^[IVX]+\. |^\d+\. /.test(p)));
    const tables = elements(xml.slice(xml.indexOf('<w:body>')), 'w:tbl').map((table) =>
      elements(table, 'w:tr').map((row) => elements(row, 'w:tc').map(textOf)),
    );
    const trend = tables.find((rows) => rows[0]?.includes('So với năm trước'));
    console.log(trend);
    const budget = tables.find((rows) => rows[0]?.includes('Nguồn kinh phí'));
    console.log(budget, shown, approvedBefore);
    expect(pageErrors).toEqual([]);
  });
});
