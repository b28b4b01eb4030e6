import { readFileSync } from 'node:fs';
import { parsePlanText } from '@lantoa/plan-parser';
import { describe, expect, it } from 'vitest';
import { demoYearShift, shiftPlanYears } from '../src/seed/shift-plan-years.ts';
import { planYears } from '../src/use-cases/plans/plan-years.ts';

const sample = (file: string) =>
  parsePlanText(readFileSync(new URL(`../../../samples/plans/${file}`, import.meta.url), 'utf8'));

describe("the demo's years follow the day it is loaded", () => {
  it('stays as written in 2026 and moves by whole years after it', () => {
    expect(demoYearShift('2026-01-01')).toBe(0);
    expect(demoYearShift('2026-12-31')).toBe(0);
    expect(demoYearShift('2028-03-15')).toBe(2);
    // Loaded before the samples' year (a machine with a wrong clock): never moved backwards.
    expect(demoYearShift('2024-06-01')).toBe(0);
  });

  it("moves Tuyên Quang's plan, its targets, timeframes and recent basis, but not older documents", () => {
    const plan = sample('tuyen-quang-2026.txt');
    const moved = shiftPlanYears(plan, 2);
    expect(planYears(moved)).toEqual({
      startYear: planYears(plan).startYear + 2,
      endYear: planYears(plan).endYear + 2,
    });
    // "… đến năm 2030" → "… đến năm 2032": the whole story moves, so the horizon keeps its distance.
    expect(moved.document.title).toBe(plan.document.title?.replace('2030', '2032'));
    expect(moved.document.date).toBe('2028-05-07'.slice(0, moved.document.date?.length));
    expect(moved.targets.map((t) => t.year)).toEqual(
      plan.targets.map((t) => (t.year === null ? null : t.year + 2)),
    );
    // The documents it cites from the demo's years move with it; older ones (Resolution 57 of 2024) stay.
    expect(moved.basis.find((b) => b.number === '1169/QĐ-TTg')?.date).toBe('2027-06-16');
    expect(
      shiftPlanYears(
        { ...plan, basis: [{ number: '57-NQ/TW', date: '2024-12-22', issuer: null, kind: 'NQ' }] },
        2,
      ).basis[0]?.date,
    ).toBe('2024-12-22');
    // Key days and reporting deadlines are days of the year: they stay.
    expect(moved.reporting).toEqual(
      plan.reporting.map((r) => ({ ...r, text: r.text.replaceAll('2026', '2028') })),
    );
    expect(moved.events).toEqual(plan.events);
    // Document numbers are never rewritten.
    expect(moved.document.number).toBe(plan.document.number);
  });

  it('changes nothing when the shift is zero', () => {
    const plan = sample('hoa-an-2026.txt');
    expect(shiftPlanYears(plan, 0)).toBe(plan);
  });
});
