import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn } from './support/browser.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

// Issue 19's "how we will know": the Hòa An broadcaster asks the assistant a question of the
// provincial plan and opens the passage it cites, drafts a 3-minute bulletin from the library's
// question-and-answer handout, sees the words the engine would read wrong, fixes one with the
// commune's pronunciation list, and has the bulletin read out.
const PASSWORD = 'LanToa@2026';
const QUESTION =
  'Mục tiêu đến năm 2030 về tỷ lệ người dân tiếp cận thông tin qua hệ thống thông tin cơ sở là bao nhiêu?';
const HANDOUT = 'Hỏi - đáp về Kế hoạch truyền thông thực hiện Nghị quyết số 57-NQ/TW của tỉnh Tuyên Quang';
// The handout's own words are all known to the normaliser (KOL, infographic, video clip): the
// broadcaster adds the commune's notice, with two abbreviations of the village it cannot read.
const LOCAL_NOTICE = 'Mọi ý kiến xin gửi BQL thôn Nà Pò hoặc HTXNN Tân Tiến.';

describe('the assistant for commune stations', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openSession(pageErrors);
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** The marks of words the engine may say wrong, by their written form. */
  const findings = () => page.getByTestId('speech-readiness').getByTestId('speech-finding');

  it('answers the broadcaster’s question from the plan, citing the passage it quotes', async () => {
    await signIn(page, server.baseUrl, 'hoaan.truyenthanh', PASSWORD);
    await page.getByRole('menuitem', { name: 'Trợ lý' }).click();
    await page.waitForURL('**/assistant');
    await page.getByLabel('Câu hỏi').fill(QUESTION);
    await page.getByRole('button', { name: 'Hỏi' }).click();

    const answer = page.getByTestId('assistant-answer');
    const sentence = answer.getByTestId('answer-sentence').filter({ hasText: '80%' }).first();
    await sentence.waitFor();
    // Every sentence cites a passage, and the passage listed under that number holds the figure.
    const number = ((await sentence.getByTestId('answer-citation').textContent()) ?? '').replace(/\D/g, '');
    expect(number).toMatch(/^\d$/);
    const passage = page.getByTestId('answer-passage').nth(Number(number) - 1);
    await expect(passage.textContent()).resolves.toContain('80%');
    await screenshot(page, 'assistant-01-answer');

    await sentence.getByTestId('answer-citation').click();
    const drawer = page.getByTestId('passage-drawer');
    await drawer.getByTestId('passage-text').filter({ hasText: '80%' }).waitFor();
    // Opened in its document: what comes before and after it is shown too.
    await drawer.getByTestId('passage-before').waitFor();
    await drawer.getByTestId('passage-after').waitFor();
    await screenshot(page, 'assistant-02-passage');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('drafts a 3-minute bulletin from the library’s question-and-answer handout', async () => {
    await page.getByRole('menuitem', { name: 'Thư viện truyền thông' }).click();
    await page.waitForURL('**/library');
    await page.getByRole('searchbox', { name: /Tìm theo tên/ }).fill('hoi dap ke hoach truyen thong');
    await page.getByTestId('library-item').filter({ hasText: HANDOUT }).click();
    await page.waitForURL(/\/library\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 3, name: HANDOUT }).waitFor();

    await page.getByTestId('item-draft').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Thời lượng (phút)').inputValue().then(Number)).resolves.toBe(3);
    await screenshot(page, 'assistant-03-draft');
    await dialog.getByRole('button', { name: 'Soạn bản tin' }).click();
    await page.waitForURL(/\/broadcast\/bulletins\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByLabel('Nội dung bản tin').inputValue()).toContain('Kính thưa bà con');

    // Each sentence says where it was taken from: the handout.
    await page.getByText('Nguồn của từng câu').click();
    const sources = page.getByTestId('draft-source');
    await sources.filter({ hasText: HANDOUT }).first().waitFor();
    await expect(sources.filter({ hasText: HANDOUT }).count()).resolves.toBeGreaterThan(1);
    // Nothing the engine cannot read in the handout itself.
    await page.getByTestId('speech-ready').waitFor();
    await screenshot(page, 'assistant-04-bulletin');
  });

  it('marks the words the engine would read wrong, and one fixed with the pronunciation list goes', async () => {
    const text = page.getByLabel('Nội dung bản tin');
    await text.fill(`${await text.inputValue()}\n${LOCAL_NOTICE}`);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await findings().filter({ hasText: 'HTXNN' }).waitFor();
    await expect(findings().count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(findings().filter({ hasText: 'BQL' }).count()).resolves.toBe(1);
    await screenshot(page, 'assistant-05-findings');

    await page.getByRole('button', { name: 'Thêm vào danh sách cách đọc: BQL' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Cách viết').inputValue()).resolves.toBe('BQL');
    // The suggestion spells it out; the commune says what the letters stand for.
    await expect(dialog.getByLabel('Cách đọc').inputValue()).resolves.toBe('bê quờ lờ');
    await dialog.getByLabel('Cách đọc').fill('ban quản lý');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    // Closed once saved (a refusal would stay open with its reason, which the failure then shows).
    await expect
      .poll(async () => ((await dialog.isVisible()) ? await dialog.textContent() : 'closed'))
      .toBe('closed');

    await expect.poll(() => findings().filter({ hasText: 'BQL' }).count()).toBe(0);
    await expect(findings().filter({ hasText: 'HTXNN' }).count()).resolves.toBe(1);
    await page.getByTestId('speech-readiness').getByText('Lời máy sẽ đọc').click();
    await page
      .getByTestId('speech-spoken')
      .getByText(/ban quản lý thôn Nà Pò/)
      .waitFor();
    await screenshot(page, 'assistant-06-fixed');
  });

  it('reads the bulletin out', async () => {
    const card = page.getByTestId('audio-card');
    await card.getByRole('button', { name: 'Đọc thành tiếng' }).click();
    const player = page.getByTestId('bulletin-audio');
    await player.waitFor({ timeout: 120_000 });
    await expect(page.getByTestId('audio-duration').textContent()).resolves.toMatch(/Thời lượng: \d+:\d\d/);
    // About three minutes of speech (the draft's length), as the browser reads the file itself.
    await expect
      .poll(() => player.evaluate((audio) => (audio as HTMLAudioElement).duration), { timeout: 15_000 })
      .toBeGreaterThan(60);
    await screenshot(page, 'assistant-07-audio');
  });

  it('lists the commune’s pronunciation on its station', async () => {
    await page.getByRole('menuitem', { name: 'Đài truyền thanh' }).click();
    await page.waitForURL('**/broadcast/stations');
    await page
      .getByTestId('stations-table')
      .getByRole('link', { name: 'Đài truyền thanh xã Hòa An' })
      .click();
    await page.waitForURL(/\/broadcast\/stations\/[0-9a-f-]{36}$/);
    await page.getByRole('tab', { name: 'Cách đọc' }).click();
    const row = page.getByTestId('pronunciations').locator('tr').filter({ hasText: 'BQL' });
    await row.filter({ hasText: 'ban quản lý' }).filter({ hasText: 'Của đơn vị' }).waitFor();
    await screenshot(page, 'assistant-08-pronunciations');
  });

  it('raises no script error or React/antd warning along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
