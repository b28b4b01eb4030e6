import { vietnamToday } from '@lantoa/domain';
import type { PlanExtract } from '@lantoa/plan-parser';

/**
 * First and last year a plan covers: as the reviewer set them, else from its date to the latest year
 * its title, targets or tasks name.
 */
export function planYears(extract: PlanExtract, today = new Date()): { startYear: number; endYear: number } {
  const set = extract.document.years;
  if (set) return { startYear: set.first, endYear: set.last };
  const issued = Number(extract.document.date?.slice(0, 4));
  const startYear = Number.isInteger(issued) && issued > 1900 ? issued : today.getFullYear();
  const named = [
    ...(extract.document.title?.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number),
    ...extract.targets.map((t) => t.year ?? 0),
    ...extract.tasks.flatMap((t) => t.timeframe?.years ?? []),
  ].filter((y) => y >= startYear && y <= startYear + 30);
  return { startYear, endYear: Math.max(startYear, ...named) };
}

/** A document date with a blank day or month ("2026-05", "2026") as the first day it can mean. */
export function issuedOnOf(extract: PlanExtract, today = new Date()): string {
  const date = extract.document.date;
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (date && /^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  if (date && /^\d{4}$/.test(date)) return `${date}-01-01`;
  return vietnamToday(today);
}
