import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn } from './support/browser.ts';
import { openPlanSession, type PlanSession, uploadPlan } from './support/plan-upload.ts';
import type { RunningServer } from './support/server.ts';

// The review of a commune's plan, as the national administrator sees it (every province readable):
// the provincial bodies the plan names are marked as coordinating from above, and the body picker
// searches the plan's province unless "Tìm ở mọi nơi" is on; a duty of "Tổ chức thực hiện" becomes a
// task its body leads.
const PASSWORD = 'LanToa@2026';
const RUN = Date.now().toString(36);
const CULTURE = 'Sở Văn hóa, Thể thao và Du lịch';

/** The paths under the options the open picker offers. */
async function optionPaths(page: Page): Promise<string[]> {
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await options.first().waitFor();
  return options.allTextContents();
}

describe('reviewing a commune plan', () => {
  let server: RunningServer;
  let session: PlanSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // Other bytes than the demo's own copy of the plan, so the upload is a new document.
    const sample = readFileSync(new URL('../samples/plans/hoa-an-2026.txt', import.meta.url), 'utf8');
    session = await openPlanSession(pageErrors, `ke-hoach-hoa-an-${RUN}.txt`, `${sample}\n`);
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('uploads Hòa An’s plan for the commune', async () => {
    await signIn(page, server.baseUrl, 'admin', PASSWORD);
    await uploadPlan(page, server.baseUrl, session.planPath, { search: 'hoa an', name: 'Xã Hòa An' });
  });

  it('marks the provincial departments as coordinating from above, not the commune’s offices', async () => {
    const upper = page.getByTestId('name-row').filter({ hasText: 'Các sở, ngành' }).first();
    await expect(upper.getByTestId('upper-mark').textContent()).resolves.toBe(
      'Phối hợp từ cấp trên — không giao việc',
    );
    const lead = page.getByTestId('name-row').filter({ hasText: 'Phòng Văn hóa - Xã hội' }).first();
    await expect(lead.getByTestId('upper-mark').count()).resolves.toBe(0);
    await screenshot(page, 'plan-scope-01-review');
  });

  it('searches the plan’s province, and everywhere once asked', async () => {
    const row = page.getByTestId('name-row').filter({ hasText: 'Các sở, ngành' }).first();
    const picker = row.getByRole('combobox');
    await expect(row.textContent()).resolves.toContain('Tìm trong Tỉnh Tuyên Quang');
    await picker.click();
    await picker.fill('van hoa the thao');
    // The options shown first may be an earlier answer's (the picker searches as one types): wait for
    // the search's own, which holds the province's department.
    await expect
      .poll(async () => (await optionPaths(page)).filter((o) => o.includes(CULTURE)).length)
      .toBe(1);
    const inProvince = await optionPaths(page);
    for (const option of inProvince) expect(option).toContain('Tỉnh Tuyên Quang');
    await screenshot(page, 'plan-scope-02-picker-province');
    await page.keyboard.press('Escape');

    await page.locator('#pick-everywhere').click();
    await picker.click();
    await picker.fill('van hoa the thao');
    await expect
      .poll(async () => (await optionPaths(page)).filter((o) => !o.includes('Tỉnh Tuyên Quang')).length)
      .toBeGreaterThan(0);
    await screenshot(page, 'plan-scope-03-picker-everywhere');
    await page.keyboard.press('Escape');
  });

  it('makes a duty of "Tổ chức thực hiện" a task its body leads, kept once saved', async () => {
    const duties = page.getByTestId('duties');
    const duty = duties.getByTestId('duty').filter({ hasText: 'Phòng Văn hóa - Xã hội' }).first();
    await duty.getByRole('button', { name: 'Thành nhiệm vụ' }).click();
    await duty.getByText('Đã là nhiệm vụ TCTH.1.1').waitFor();
    await page.getByText('Nhiệm vụ (7)').waitFor();
    await screenshot(page, 'plan-scope-04-duty-task');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu').first().waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Rà soát kế hoạch' }).waitFor();
    await page
      .getByTestId('duties')
      .getByTestId('duty')
      .filter({ hasText: 'Phòng Văn hóa - Xã hội' })
      .first()
      .getByText('Đã là nhiệm vụ TCTH.1.1')
      .waitFor();
    await page.getByText('Nhiệm vụ (7)').waitFor();
  });

  it('gives several checked tasks one lead at once', async () => {
    const rows = page.getByTestId('tasks').locator('.ant-table-row');
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    const bulk = page.getByTestId('bulk-lead');
    await bulk.getByText('Cơ quan chủ trì cho 2 nhiệm vụ đã chọn:').waitFor();
    await bulk.getByRole('combobox').fill('Trung tâm Dịch vụ công');
    await page.keyboard.press('Escape');
    await bulk.getByRole('button', { name: 'Đặt làm chủ trì' }).click();
    for (const k of [0, 1]) {
      await expect
        .poll(() => rows.nth(k).getByLabel('Cơ quan chủ trì').inputValue())
        .toBe('Trung tâm Dịch vụ công');
    }
    await bulk.getByText('Cơ quan chủ trì cho 0 nhiệm vụ đã chọn:').waitFor();
    await screenshot(page, 'plan-scope-05-bulk-lead');
  });

  it('raises no script error or React/antd warning along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
