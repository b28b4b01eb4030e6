import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, collectPageErrors, screenshot, signIn } from './support/browser.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
// Unique per run: with DATABASE_URL the server may reuse a database that earlier runs wrote to.
const RUN = Date.now().toString(36).toUpperCase();
const TOPIC = `Nghị quyết 57 (${RUN})`;
const TITLE = `Tìm hiểu Nghị quyết 57 về khoa học, công nghệ (${RUN})`;

/** The bank's Excel template with one good row and one without a correct answer. */
async function templateWithOneBadRow(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Câu hỏi');
  sheet.addRow([
    'Mã',
    'Chủ đề',
    'Mức độ (1-3)',
    'Câu hỏi',
    'Phương án A',
    'Phương án B',
    'Phương án C',
    'Phương án D',
    'Phương án E',
    'Phương án F',
    'Đáp án đúng',
    'Giải thích',
  ]);
  sheet.addRow([
    `NQ57-${RUN}-2`,
    TOPIC,
    2,
    'Nghị quyết 57-NQ/TW bàn về lĩnh vực nào?',
    'Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    'Thể dục thể thao',
    '',
    '',
    '',
    '',
    'A',
    'Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
  ]);
  sheet.addRow([
    `NQ57-${RUN}-3`,
    TOPIC,
    1,
    'Câu hỏi thiếu đáp án đúng?',
    'Có',
    'Không',
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
  await book.xlsx.writeFile(path);
}

describe('quiz contests: the organiser’s screens', () => {
  let server: RunningServer;
  let session: BrowserSession;
  let context: BrowserContext;
  let page: Page;
  let dir = '';
  let xlsxPath = '';
  let contestUrl = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantoa-e2e-quiz-'));
    xlsxPath = join(dir, `cau-hoi-${RUN}.xlsx`);
    await templateWithOneBadRow(xlsxPath);
    session = await openSession(pageErrors);
    ({ server, page, context } = session);
  });

  afterAll(async () => {
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lets the coordinator add a question to the bank, with Vietnamese validation', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await page.getByRole('menuitem', { name: 'Ngân hàng câu hỏi' }).click();
    await page.waitForURL('**/quiz/questions');
    await page.getByRole('heading', { level: 3, name: 'Ngân hàng câu hỏi' }).waitFor();
    await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Hãy nhập nội dung câu hỏi.').waitFor();
    await dialog.getByText('Hãy đánh dấu ít nhất một phương án đúng.').waitFor();

    await dialog.getByLabel('Mã', { exact: true }).fill(`NQ57-${RUN}-1`);
    await dialog.getByLabel('Chủ đề', { exact: true }).fill(TOPIC);
    await dialog.getByLabel('Câu hỏi', { exact: true }).fill('Nghị quyết 57-NQ/TW do cơ quan nào ban hành?');
    await dialog.getByLabel('Phương án A', { exact: true }).fill('Bộ Chính trị');
    await dialog.getByLabel('Phương án B', { exact: true }).fill('Quốc hội');
    await dialog.getByRole('button', { name: 'Bỏ phương án D' }).click();
    await dialog.getByLabel('Phương án C', { exact: true }).fill('Chính phủ');
    await dialog.getByLabel('Phương án A: Đúng').check();
    await dialog.getByLabel('Giải thích').fill('Bộ Chính trị ban hành Nghị quyết 57-NQ/TW ngày 22/12/2024.');
    await screenshot(page, 'quiz-staff-01-question');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The demo's bank fills the first pages: this run's questions are found by their codes.
    await page.getByLabel('Tìm theo mã, nội dung, chủ đề').fill(RUN);
    const table = page.getByTestId('quiz-questions-table');
    await table.getByText('Nghị quyết 57-NQ/TW do cơ quan nào ban hành?').waitFor();
    await expect(
      table
        .getByRole('row')
        .filter({ hasText: `NQ57-${RUN}-1` })
        .textContent(),
    ).resolves.toContain('Dễ');
  });

  it('imports questions from Excel and lists the row it could not take', async () => {
    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(xlsxPath);
    await dialog.getByText(`cau-hoi-${RUN}.xlsx`).waitFor();
    await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
    await dialog.getByText('Đã thêm 1 câu hỏi, cập nhật 0 câu hỏi.').waitFor();
    const errors = dialog.getByTestId('quiz-import-errors');
    await expect(errors.getByRole('row').nth(1).textContent()).resolves.toMatch(/^3/);
    await screenshot(page, 'quiz-staff-02-import');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    await page
      .getByTestId('quiz-questions-table')
      .getByText('Nghị quyết 57-NQ/TW bàn về lĩnh vực nào?')
      .waitFor();

    // Filters: by text (this run's codes, out of the demo's bank) and by difficulty.
    await expect
      .poll(() => page.getByTestId('quiz-questions-table').locator('tbody tr.ant-table-row').count())
      .toBe(2);
    await page.getByLabel('Mức độ').click();
    await chooseOption(page.locator('.ant-select-item-option').filter({ hasText: 'Trung bình' }));
    await expect
      .poll(() => page.getByTestId('quiz-questions-table').locator('tbody tr.ant-table-row').count())
      .toBe(1);
    await screenshot(page, 'quiz-staff-03-bank');
  });

  it('creates a contest with weekly rounds and publishes it', async () => {
    await page.getByRole('menuitem', { name: 'Cuộc thi trực tuyến' }).click();
    await page.waitForURL('**/quiz/contests');
    await page.getByRole('button', { name: 'Tạo cuộc thi' }).click();
    await page.waitForURL('**/quiz/contests/new');
    await page.getByRole('heading', { level: 3, name: 'Tạo cuộc thi' }).waitFor();
    await page.getByRole('button', { name: 'Tạo cuộc thi' }).click();
    await page.getByText('Hãy nhập tên cuộc thi.').waitFor();

    await page.getByLabel('Tên cuộc thi').fill(TITLE);
    await page.getByLabel('Chủ đề', { exact: true }).click();
    await chooseOption(page.locator('.ant-select-item-option').filter({ hasText: TOPIC }));
    await page.getByLabel('Số câu', { exact: true }).fill('2');
    await page.getByText('Tổng số câu mỗi lượt: 2').waitFor();
    await page.getByText('Dự đoán có bao nhiêu người tham gia vòng thi này?').first().waitFor();
    await screenshot(page, 'quiz-staff-04-contest-form');
    await page.getByRole('button', { name: 'Tạo cuộc thi' }).click();
    await page.waitForURL(/\/quiz\/contests\/[0-9a-f-]{36}$/);
    contestUrl = page.url();
    await page.getByRole('heading', { level: 3, name: TITLE }).waitFor();
    await expect(
      page.getByTestId('quiz-rounds-table').locator('tbody tr.ant-table-row').count(),
    ).resolves.toBe(4);
    await page.getByText('Bản nháp', { exact: true }).waitFor();

    await page.getByLabel('Nhập số định danh cá nhân').fill('12345');
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await page.getByTestId('quiz-exclusions').getByText('Chưa có ai.').waitFor();
    await page.getByLabel('Nhập số định danh cá nhân').fill('001099012345');
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await page.getByTestId('quiz-exclusions').getByText('001•••••••45').waitFor();

    await page.getByRole('button', { name: 'Công bố cuộc thi' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Công bố cuộc thi' }).click();
    await page.getByText('Đã công bố', { exact: true }).waitFor();
    await screenshot(page, 'quiz-staff-05-contest');
  });

  it('opens the public contest page from the contest', async () => {
    const [publicPage] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Mở trang dự thi' }).click(),
    ]);
    collectPageErrors(publicPage, pageErrors);
    await publicPage.waitForLoadState();
    expect(publicPage.url()).toBe(`${server.baseUrl}/thi/${contestUrl.split('/').pop()}`);
    await publicPage.getByText(TITLE).first().waitFor();
    await screenshot(publicPage, 'quiz-staff-06-public');
    await publicPage.close();

    await page.getByRole('menuitem', { name: 'Cuộc thi trực tuyến' }).click();
    await page.getByTestId('quiz-contests-table').getByRole('link', { name: TITLE }).waitFor();
    await screenshot(page, 'quiz-staff-07-contests');
  });

  it('raised no script or React errors on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
