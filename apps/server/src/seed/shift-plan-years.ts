import type { PlanExtract } from '@lantoa/plan-parser';

/** The year the demo's story starts in: the first sample plan (Sơn La) was issued in 2025. */
export const DEMO_EPOCH_YEAR = 2025;
/** The year the demo reads as "this year" when loaded on the day the samples were written for. */
const DEMO_CURRENT_YEAR = 2026;

/** How many whole years the demo moves forward so that its current year is the year it is loaded in. */
export const demoYearShift = (today: string) => Math.max(0, Number(today.slice(0, 4)) - DEMO_CURRENT_YEAR);

const shiftText = (text: string, years: number) =>
  text.replace(/\b(20\d{2})\b/g, (year) =>
    String(Number(year) >= DEMO_EPOCH_YEAR ? Number(year) + years : year),
  );
const shiftNullable = (text: string | null, years: number) => (text === null ? null : shiftText(text, years));
const shiftYear = (year: number, years: number) => (year >= DEMO_EPOCH_YEAR ? year + years : year);

/**
 * The same plan `years` later: its date, title, targets, timeframes and the dates of the documents it
 * cites from the demo's own years (2025 on; Resolution 57 of 2024 stays where it is). Key days and
 * reporting deadlines are days of the year and do not move, so a demo loaded in 2028 shows 2028's
 * periods open, as one loaded in 2026 shows 2026's. Document numbers are left alone.
 */
export function shiftPlanYears(extract: PlanExtract, years: number): PlanExtract {
  if (years === 0) return extract;
  return {
    ...extract,
    document: {
      ...extract.document,
      date: shiftNullable(extract.document.date, years),
      title: shiftNullable(extract.document.title, years),
    },
    basis: extract.basis.map((b) => ({ ...b, date: shiftNullable(b.date, years) })),
    targets: extract.targets.map((t) => ({
      ...t,
      year: t.year === null ? null : shiftYear(t.year, years),
      text: shiftText(t.text, years),
    })),
    tasks: extract.tasks.map((t) => ({
      ...t,
      title: shiftText(t.title, years),
      timeframe: t.timeframe && {
        ...t.timeframe,
        text: shiftText(t.timeframe.text, years),
        years: t.timeframe.years?.map((y) => shiftYear(y, years)),
      },
    })),
    reporting: extract.reporting.map((r) => ({ ...r, text: shiftText(r.text, years) })),
  };
}
