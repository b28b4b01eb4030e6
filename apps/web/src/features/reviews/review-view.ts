// What the review screen works out without a browser: the years a plan can be reviewed for, the
// choice kept in the address, and the totals its tables show under their rows.
import type { ReviewKind, ReviewReport } from './api.ts';

/** The years of a plan that have begun by `today`, in order; none when its years are unknown. */
export function reviewableYears(
  plan: { startYear: number | null; endYear: number | null },
  today: string,
): number[] {
  const { startYear: first, endYear } = plan;
  if (first === null) return [];
  const last = Math.min(endYear ?? first, Number(today.slice(0, 4)));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);
}

/** The review chosen in the address (`?planId=&kind=&year=`), with what is missing or wrong left out. */
export function reviewChoice(params: URLSearchParams): {
  planId: string | null;
  kind: ReviewKind;
  year: number | null;
} {
  const kind: ReviewKind = params.get('kind') === 'final' ? 'final' : 'yearly';
  const year = Number(params.get('year'));
  return { planId: params.get('planId'), kind, year: Number.isInteger(year) && year > 0 ? year : null };
}

/** The year a yearly review is of: the one chosen if the plan has it, else the latest begun. */
export function yearToReview(years: readonly number[], chosen: number | null): number | undefined {
  return chosen !== null && years.includes(chosen) ? chosen : years.at(-1);
}

type TaskYear = ReviewReport['tasks'][number];

/** Work due by now: done (on time or late) or overdue. */
export const dueSoFar = (y: Omit<TaskYear, 'year'>): number => y.doneOnTime + y.doneLate + y.overdue;

/** The share done on time of the work due by now, in percent; null when nothing is due yet. */
export function onTimeRate(y: Omit<TaskYear, 'year'>): number | null {
  const due = dueSoFar(y);
  return due ? Math.round((y.doneOnTime / due) * 1000) / 10 : null;
}

/** Every year's work added up, as the task table's last row. */
export function taskTotals(years: readonly TaskYear[]): Omit<TaskYear, 'year'> {
  const sum = (pick: (y: TaskYear) => number) => years.reduce((n, y) => n + pick(y), 0);
  return {
    doneOnTime: sum((y) => y.doneOnTime),
    doneLate: sum((y) => y.doneLate),
    inProgress: sum((y) => y.inProgress),
    overdue: sum((y) => y.overdue),
  };
}

/** The name a downloaded review is saved under when the server gives none. */
export function reviewFileName(
  report: Pick<ReviewReport, 'kind' | 'year' | 'years'>,
  format: 'docx' | 'pdf',
) {
  return report.kind === 'yearly'
    ? `so-ket-nam-${report.year}.${format}`
    : `tong-ket-${report.years[0] ?? report.year}-${report.year}.${format}`;
}
