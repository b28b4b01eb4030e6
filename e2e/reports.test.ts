import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, screenshot, signIn, signOut } from './support/browser.ts';
import type { RunningServer } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
const PLAN = '178/KH-UBND';
const PERIOD = '6 tháng cuối năm 2026';
const RUN = Date.now().toString(36).toUpperCase();
const RESULTS = `Đã tuyên truyền Nghị quyết 57 cho cán bộ xã qua 3 hội nghị (kiểm thử ${RUN}).`;
const COMMENT = 'Số cán bộ được tuyên truyền chưa khớp với danh sách dự hội nghị, đề nghị rà soát lại tử số.';
const EDITED = `Đoạn văn do cơ quan điều phối sửa trước khi trình Ủy ban nhân dân tỉnh (${RUN}).`;

interface Ids {
  planId: string;
  periodId: string;
  provinceId: string;
  hoaAnId: string;
  indicatorId: string;
}

/** Picks an option of an antd Select by its accessible name, matching the option's text. */
async function pick(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await chooseOption(
    page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first(),
  );
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** Opens the reports hub on the Tuyên Quang plan and the second half of 2026. */
async function openHub(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/reports`);
  await page.getByRole('heading', { level: 3, name: 'Báo cáo định kỳ' }).waitFor();
  await pick(page, 'Kế hoạch', PLAN);
  await pick(page, 'Kỳ báo cáo', PERIOD);
  await page.getByTestId('period-window').getByText('15/06/2026').waitFor();
}

function indicatorRow(page: Page, indicatorId: string) {
  return page.locator(`[data-testid=indicator-table] tr[data-indicator="${indicatorId}"]`);
}

describe('periodic reports', () => {
  let session: BrowserSession;
  let server: RunningServer;
  let page: Page;
  const ids: Ids = { planId: '', periodId: '', provinceId: '', hoaAnId: '', indicatorId: '' };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openSession(pageErrors, { acceptDownloads: true });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lets Hòa An enter its figures and a result, and submit', async () => {
    await signIn(page, server.baseUrl, 'hoaan.daumoi', PASSWORD);
    await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
    await page.waitForURL('**/reports');
    await openHub(page, server.baseUrl);
    // A focal point sees its own report, not the coordinator's table.
    expect(await page.getByTestId('completeness-table').count()).toBe(0);
    await screenshot(page, 'reports-01-hub-focal-point');
    await page.getByRole('button', { name: 'Báo cáo của đơn vị tôi' }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    const [periodId, hoaAnId] = page.url().split('/').slice(-2);
    ids.periodId = periodId ?? '';
    ids.hoaAnId = hoaAnId ?? '';
    await page.getByTestId('report-body').getByText('Xã Hòa An').waitFor();

    // Every browser-test server starts from the demo data in a database of its own: the report is a draft.
    const me = await page.request.get(`${server.baseUrl}/api/periods/${ids.periodId}/reports/${ids.hoaAnId}`);
    const form = (await me.json()) as {
      plan: { id: string };
      report: { status: string };
      indicators: { id: string; source: string }[];
    };
    ids.planId = form.plan.id;
    ids.indicatorId = form.indicators.find((i) => i.source === 'reported')?.id ?? '';
    expect(ids.indicatorId).not.toBe('');
    expect(form.report.status).toBe('draft');

    // The data window, the task progress and the computed indicator come from follow-up.
    await page.getByTestId('data-window').getByText('15/06/2026 – 14/12/2026').waitFor();
    await page.getByText('Tiến độ nhiệm vụ trong kỳ').waitFor();
    await page.getByText('Tính tự động').first().waitFor();

    const row = indicatorRow(page, ids.indicatorId);
    await row.getByTestId('numerator-input').locator('input').fill('45');
    await row.getByTestId('denominator-input').locator('input').fill('40');
    // Numerator above denominator: refused on the spot.
    await row.getByText('Tử số phải từ 0 đến mẫu số').waitFor();
    await row.getByTestId('denominator-input').locator('input').fill('50');
    await row.getByTestId('share').getByText('90%').waitFor();
    expect(await row.getByTestId('value-error').count()).toBe(0);
    await page.getByLabel('Kết quả đạt được').fill(RESULTS);
    await page.getByRole('button', { name: 'Lưu nháp' }).first().click();
    await page.getByText('Đã lưu nháp báo cáo').waitFor();
    await page.locator('[data-status=draft]').first().waitFor();
    await screenshot(page, 'reports-02-form-draft');

    // A figure entered by mistake can be taken back: cleared, it is saved as not reported.
    const otherId = form.indicators.filter((i) => i.source === 'reported')[1]?.id ?? '';
    const mistaken = indicatorRow(page, otherId);
    await mistaken.getByTestId('numerator-input').locator('input').fill('5');
    await mistaken.getByTestId('denominator-input').locator('input').fill('10');
    await page.getByRole('button', { name: 'Lưu nháp' }).first().click();
    const savedValue = async (indicatorId: string) => {
      const res = await page.request.get(
        `${server.baseUrl}/api/periods/${ids.periodId}/reports/${ids.hoaAnId}`,
      );
      const saved = (await res.json()) as {
        indicators: { id: string; value: { numerator: number } | null }[];
      };
      return saved.indicators.find((i) => i.id === indicatorId)?.value ?? null;
    };
    // The first save's notice may still be on screen: wait for the value itself, not for a notice.
    await expect.poll(() => savedValue(otherId)).toMatchObject({ numerator: 5 });
    await mistaken.getByTestId('numerator-input').locator('input').fill('');
    await mistaken.getByTestId('denominator-input').locator('input').fill('');
    // Leave the field, as a person does, so the number input hands on its cleared value before saving.
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Lưu nháp' }).first().click();
    await expect.poll(() => savedValue(otherId)).toBeNull();
    await page.reload();
    await expect
      .poll(() => indicatorRow(page, otherId).getByTestId('numerator-input').locator('input').inputValue())
      .toBe('');
    expect(await savedValue(ids.indicatorId)).toMatchObject({ numerator: 45, denominator: 50 });

    await page.getByRole('button', { name: 'Gửi báo cáo' }).first().click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByText('Đã gửi báo cáo').first().waitFor();
    await page.locator('[data-status=submitted]').first().waitFor();
    // Submitted: read-only for the commune.
    expect(await page.getByTestId('numerator-input').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gửi báo cáo' }).count()).toBe(0);
    await signOut(page);
  });

  it('shows the coordinator who has reported and lets it return Hòa An’s report with a comment', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await openHub(page, server.baseUrl);
    const table = page.getByTestId('completeness-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByPlaceholder('Lọc theo tên đơn vị…').fill('Hòa An');
    const row = table.locator('tbody tr.ant-table-row', { hasText: 'Xã Hòa An' });
    await row.locator('[data-status=submitted]').waitFor();
    await row.locator('[data-timeliness=on_time]').waitFor();
    const submitted = await page
      .getByTestId('summary-submitted')
      .locator('.ant-statistic-content-value')
      .textContent();
    expect(Number((submitted ?? '').replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
    await page.getByPlaceholder('Lọc theo tên đơn vị…').fill('');
    await screenshot(page, 'reports-03-completeness');

    await page.getByPlaceholder('Lọc theo tên đơn vị…').fill('Hòa An');
    await row.getByTestId('report-link').click();
    await page.waitForURL(`**/reports/${ids.periodId}/${ids.hoaAnId}`);
    await page.getByText(RESULTS).first().waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Trả lại' }).first().click();
    const dialog = page.getByRole('dialog');
    // A comment is required.
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialog.getByText('Vui lòng ghi ý kiến').waitFor();
    await dialog.getByLabel('Ý kiến để đơn vị sửa').fill(COMMENT);
    await screenshot(page, 'reports-04-return');
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-status=returned]').first().waitFor();
    await signOut(page);
  });

  it('shows Hòa An the comment; it fixes a value and submits again', async () => {
    await signIn(page, server.baseUrl, 'hoaan.daumoi', PASSWORD);
    await openHub(page, server.baseUrl);
    await page.getByRole('button', { name: 'Báo cáo của đơn vị tôi' }).click();
    await page.waitForURL(`**/reports/${ids.periodId}/${ids.hoaAnId}`);
    await page.getByTestId('review-comment').getByText(COMMENT).waitFor();
    const row = indicatorRow(page, ids.indicatorId);
    await row.getByTestId('numerator-input').locator('input').fill('48');
    await row.getByTestId('share').getByText('96%').waitFor();
    await screenshot(page, 'reports-05-returned');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).first().click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.locator('[data-status=submitted]').first().waitFor();
    await row.getByTestId('numerator-value').getByText('48').waitFor();
    await signOut(page);
  });

  it('lets the coordinator accept it, which locks it', async () => {
    await signIn(page, server.baseUrl, 'tq.dieuphoi', PASSWORD);
    await page.goto(`${server.baseUrl}/reports/${ids.periodId}/${ids.hoaAnId}`);
    await page.locator('[data-status=submitted]').first().waitFor();
    await page.getByRole('button', { name: 'Chấp nhận' }).first().click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Chấp nhận' }).click();
    await page.locator('[data-status=accepted]').first().waitFor();
    await page.getByText('Báo cáo đã được chấp nhận và khóa').waitFor();
    await page.getByRole('button', { name: 'Mở khóa' }).first().waitFor();
    await screenshot(page, 'reports-06-accepted');
  });

  it('generates the consolidated report, edited, as a .docx in the official format', async () => {
    await openHub(page, server.baseUrl);
    await page.getByRole('button', { name: 'Báo cáo tổng hợp' }).click();
    await page.waitForURL(`**/reports/${ids.periodId}/consolidated`);
    const paragraph = page.getByTestId('section-paragraph').first();
    await paragraph.waitFor();
    // Hòa An's accepted result is drafted into the report.
    await page.getByText(`- Xã Hòa An: ${RESULTS}`).waitFor({ state: 'attached' });
    // The opening cites the plan; the progress of each task is a table, not one sentence of totals.
    await expect.poll(() => page.getByTestId('report-opening').inputValue()).toMatch(/^Thực hiện Kế hoạch/);
    await page.getByTestId('consolidated-tasks').locator('tbody tr').first().waitFor();
    await paragraph.fill(EDITED);
    // Who signs is chosen once and remembered for the body's next draft.
    await page.getByLabel('Họ và tên').fill('Lê Văn Bình');
    await screenshot(page, 'reports-07-consolidated');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải .docx' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = await download.path();
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar [^>]*w:top="1134"/);
    expect(xml).toMatch(/<w:pgMar [^>]*w:left="1701"/);
    expect(xml).toMatch(/<w:pgMar [^>]*w:right="851"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:sz w:val="28"/>');
    for (const text of [
      'BÁO CÁO',
      'Thực hiện Kế hoạch',
      'Đơn vị thực hiện',
      'Khó khăn, vướng mắc',
      'Đề xuất, kiến nghị',
      'Nơi nhận',
      'Lê Văn Bình',
      EDITED,
    ]) {
      expect(xml).toContain(text);
    }

    // The province's official roll-up (accepted reports) of the indicator Hòa An reported, as printed.
    const rollup = (await (
      await page.request.get(
        `${server.baseUrl}/api/indicators/${ids.indicatorId}/rollup?periodId=${ids.periodId}&basis=accepted`,
      )
    ).json()) as { body: { id: string }; value: { numerator: number; denominator: number; value: number } };
    ids.provinceId = rollup.body.id;
    expect(rollup.value.numerator).toBeGreaterThanOrEqual(48);
    const vn = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
    expect(xml).toContain(`>${vn(rollup.value.value)}%<`);
    expect(xml).toContain(`(${vn(rollup.value.numerator)}/${vn(rollup.value.denominator)})`);

    // The PDF either downloads or says why not (LibreOffice missing).
    const pdf = page.waitForEvent('download', { timeout: 60_000 }).then(() => 'file');
    const refused = page
      .getByTestId('download-error')
      .waitFor({ timeout: 60_000 })
      .then(() => 'error');
    await page.getByRole('button', { name: 'Tải .pdf' }).click();
    expect(['file', 'error']).toContain(await Promise.race([pdf, refused]));

    // Redrafting starts again from the data: the edit is gone.
    await page.getByRole('button', { name: 'Lập lại từ số liệu' }).click();
    await expect.poll(() => page.getByTestId('section-paragraph').first().inputValue()).not.toBe(EDITED);
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Lê Văn Bình');
  });

  it('takes many bodies’ values from the Excel template, listing the rows it refused', async () => {
    await openHub(page, server.baseUrl);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải mẫu Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    let filled = 0;
    let hoaAn = 0;
    sheet.eachRow((row, number) => {
      const body = String(row.getCell(2).value ?? '');
      if (number === 1 || row.getCell(3).value !== ids.indicatorId) return;
      if (body === 'Xã Hòa An') hoaAn = number;
      if (filled > 0 || !/^(Xã|Phường) /.test(body) || body === 'Xã Hòa An') return;
      row.getCell(5).value = 30;
      row.getCell(6).value = 40;
      filled = number;
    });
    expect(filled).toBeGreaterThan(0);
    // Hòa An's report is accepted and locked: a change to its row is not taken, and said once.
    sheet.getRow(hoaAn).getCell(5).value = 1;
    // A figure written as "1.250" could be a thousand or a decimal: asked about, naming the column.
    sheet.getRow(filled + 1).getCell(5).value = '1.250';
    const upload = join(mkdtempSync(join(tmpdir(), 'lantoa-e2e-reports-')), 'so-lieu.xlsx');
    writeFileSync(upload, new Uint8Array(await workbook.xlsx.writeBuffer()));
    await page.locator('input[type=file][accept=".xlsx"]').setInputFiles(upload);
    const result = page.getByTestId('import-result');
    await result.getByText('Đã lưu 1 dòng số liệu').waitFor();
    await result
      .getByTestId('import-skipped')
      .getByText(/Xã Hòa An/)
      .waitFor();
    const refusedRow = result.locator('tbody tr.ant-table-row').first();
    await refusedRow.getByText(String(filled + 1), { exact: true }).waitFor();
    await refusedRow.getByText(/Tử số/).waitFor();
    await screenshot(page, 'reports-08-excel-import');
    rmSync(dirname(upload), { recursive: true, force: true });
  });

  it('lets the coordinator set an indicator’s targets by year', async () => {
    await page.goto(`${server.baseUrl}/plans/${ids.planId}/indicators`);
    await page.waitForURL(/tab=indicators/);
    const table = page.getByTestId('indicators-table');
    const row = table.locator('tbody tr.ant-table-row', { hasText: 'Người dân tiếp cận' }).first();
    await row.waitFor();
    await table.getByText('Tính tự động').first().waitFor();
    await row.getByRole('button', { name: /Sửa chỉ tiêu/ }).click();
    const dialog = page.getByRole('dialog');
    const target = dialog.getByTestId('target-row').first();
    await target.getByLabel('Giá trị').fill('85');
    await screenshot(page, 'reports-09-indicator-edit');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('≥ 85%').waitFor();
    await screenshot(page, 'reports-10-indicators');
  });

  it('draws the dashboard: over time, by body, the map of communes and who has reported', async () => {
    await page.goto(`${server.baseUrl}/dashboard?planId=${ids.planId}&periodId=${ids.periodId}`);
    await page.getByRole('heading', { level: 3, name: 'Bảng điều khiển' }).waitFor();
    await page.getByTestId('headline').waitFor();
    for (const chart of ['chart-series', 'chart-bodies', 'chart-map', 'chart-completeness']) {
      await page.getByTestId(chart).locator('canvas').first().waitFor({ timeout: 20_000 });
    }
    expect(await page.getByTestId('chart-map').getByText('Chưa có bản đồ').count()).toBe(0);
    // Hòa An's figure (96%) in the province's headline is part of the roll-up.
    await page.getByTestId('headline').getByText('/').waitFor();
    await screenshot(page, 'reports-11-dashboard');
    // The official figures: accepted reports only, nothing provisional left in them.
    const official = page.waitForResponse(
      (r) => r.url().includes('/rollup') && r.url().includes('basis=accepted'),
    );
    await page.getByTestId('value-basis').getByText('Chỉ báo cáo đã chấp nhận').click();
    expect((await official).status()).toBe(200);
    await expect.poll(() => page.getByTestId('provisional').count()).toBe(0);
  });

  it('raises no script error or React/antd warning along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
