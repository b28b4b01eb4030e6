import { basename } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Uploads a plan document through "Nhập kế hoạch" and waits until its review opens. `issuer` picks the
 * issuing body by a search and the option's name; without it the dialog's default (the actor's scope).
 */
export async function uploadPlan(
  page: Page,
  baseUrl: string,
  path: string,
  issuer?: { search: string; name: string },
): Promise<void> {
  await page.goto(`${baseUrl}/plans`);
  await page.getByRole('button', { name: 'Nhập kế hoạch' }).click();
  const dialog = page.getByRole('dialog');
  if (issuer) {
    const picker = dialog.locator('#plan-upload-body');
    await picker.click();
    await picker.fill(issuer.search);
    await page.locator('.ant-select-item-option').filter({ hasText: issuer.name }).first().click();
  }
  await dialog.locator('input[type=file]').setInputFiles(path);
  await dialog.getByText(basename(path)).waitFor();
  await dialog.getByRole('button', { name: 'Tải lên' }).click();
  await page.waitForURL(/\/plan-imports\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 3, name: 'Rà soát kế hoạch' }).waitFor({ timeout: 60_000 });
}
