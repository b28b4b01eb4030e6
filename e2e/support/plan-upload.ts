import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { chooseOption } from './browser.ts';
import { type BrowserSession, openSession } from './session.ts';

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
    await chooseOption(page.locator('.ant-select-item-option').filter({ hasText: issuer.name }).first());
  }
  await dialog.locator('input[type=file]').setInputFiles(path);
  await dialog.getByText(basename(path)).waitFor();
  await dialog.getByRole('button', { name: 'Tải lên' }).click();
  await page.waitForURL(/\/plan-imports\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 3, name: 'Rà soát kế hoạch' }).waitFor({ timeout: 60_000 });
}

/** A plan document written to a temporary folder for upload, and a way to remove it after the tests. */
export function writePlanFile(
  name: string,
  content: string | Uint8Array,
): { path: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-e2e-plan-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A browser session (see {@link openSession}) with a plan document written for upload. */
export interface PlanSession extends BrowserSession {
  /** Where the plan document is, for {@link uploadPlan}. */
  planPath: string;
}

/**
 * Writes the plan document `name` (see {@link writePlanFile}) and opens a session; `close` also removes
 * the document, and so does a session that fails to open.
 */
export async function openPlanSession(
  pageErrors: string[],
  name: string,
  content: string | Uint8Array,
): Promise<PlanSession> {
  const plan = writePlanFile(name, content);
  try {
    const session = await openSession(pageErrors);
    return {
      ...session,
      planPath: plan.path,
      async close() {
        try {
          await session.close();
        } finally {
          plan.remove();
        }
      },
    };
  } catch (error) {
    plan.remove();
    throw error;
  }
}
