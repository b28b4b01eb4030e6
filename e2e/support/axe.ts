import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// Accessibility checked in the browser with axe-core (issue 17): its source is evaluated in the page
// through the DevTools protocol, which the page's Content-Security-Policy does not govern, so the
// page is checked with its real policy in force and nothing of axe is served by the app.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A rule the page breaks: how bad, what it is, and the elements (CSS selectors) that break it. */
export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** The WCAG 2.1 A and AA rules and axe's best practices, as the page stands now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: Document,
          options: object,
        ): Promise<{
          violations: {
            id: string;
            impact: AxeViolation['impact'];
            help: string;
            helpUrl: string;
            nodes: { target: unknown[] }[];
          }[];
        }>;
      };
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/**
 * Fails the test on any serious or critical violation (contrast, a field without a label, a missing
 * name…), listing them; minor and moderate ones are printed, not failed on.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const other = violations.filter((v) => !blocking.includes(v));
  if (other.length)
    console.log(
      `axe on ${what}: ${other.map((v) => `${v.id} (${v.impact}, ${v.targets.length})`).join(', ')}`,
    );
  const describe = (v: AxeViolation) =>
    `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 5).join(' | ')}`;
  expect(blocking.map(describe), `axe on ${what}`).toEqual([]);
}
