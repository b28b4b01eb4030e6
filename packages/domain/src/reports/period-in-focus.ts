import { addDays } from '../time/vietnam.ts';

/**
 * How long after its deadline a period with reports still outstanding stays the one the screens
 * open on: the weeks a coordinator spends chasing late reports. Past that, the late reports are a
 * click away in the period picker, and the screens move on to the period being reported now.
 */
export const LATE_REPORTS_CHASE_DAYS = 30;

/** A period as the rule reads it: its window, its deadline, and how many reports are still due. */
export interface PeriodToFocus {
  /** 'YYYY-MM-DD', inclusive data window. */
  dataFrom: string;
  dataTo: string;
  /** 'YYYY-MM-DD', the last day a report is on time. */
  dueOn: string;
  /**
   * Reports expected from the bodies the reader follows that are not in yet (a returned one counts
   * as not in). For a coordinator, every body the plan assigns work to; for a commune, its own.
   */
  outstanding: number;
}

/**
 * The period the reports hub, the "my report" card and the dashboard open on, `today` being
 * Vietnam's date ('YYYY-MM-DD'). One rule for every screen and every role, in this order:
 *
 * 1. **A period being collected**: its data window has opened and its deadline is today or ahead,
 *    or its deadline passed at most LATE_REPORTS_CHASE_DAYS ago with reports still outstanding.
 *    Of several, the one due first (a late period before the next one; of two overlapping windows
 *    due the same day, the shorter). The day after the 01/12 deadline with 139 of 140 reports
 *    outstanding, a coordinator lands on that period, not on the next half-year whose data open on
 *    15/12.
 * 2. Otherwise the period whose data window holds today (the shorter of overlapping windows), so
 *    the numbers shown are the live ones.
 * 3. Otherwise (before the first window) the next one due, and after the last, the last one.
 *
 * Why a focal point whose own report is in does not jump ahead on the day after the deadline: its
 * `outstanding` is 0, so rule 1 lets the late period go, but the next period's data window has not
 * opened yet (Decree 09: due 01/12, next window from 15/12), so rule 2 keeps it on the period it
 * just reported, whose window runs to 14/12 and whose figures (its own, accepted or not) are the
 * ones that mean something. It moves to the next period as soon as that one's data window opens,
 * which is when there is something to enter: the next one, "only if that makes sense".
 */
export function periodInFocus<P extends PeriodToFocus>(periods: readonly P[], today: string): P | undefined {
  const collected = periods.filter(
    (p) =>
      (p.dataFrom <= today && today <= p.dueOn) ||
      (p.dueOn < today && today <= addDays(p.dueOn, LATE_REPORTS_CHASE_DAYS) && p.outstanding > 0),
  );
  const first = collected.sort(byDueThenShorter)[0];
  if (first) return first;
  const holding = periods.filter((p) => p.dataFrom <= today && today <= p.dataTo).sort(byShorterThenDue)[0];
  if (holding) return holding;
  const sorted = [...periods].sort(byDueThenShorter);
  return sorted.find((p) => p.dueOn >= today) ?? sorted.at(-1);
}

const windowLength = (p: PeriodToFocus) => Date.parse(p.dataTo) - Date.parse(p.dataFrom);

function byDueThenShorter(a: PeriodToFocus, b: PeriodToFocus): number {
  return a.dueOn.localeCompare(b.dueOn) || windowLength(a) - windowLength(b);
}

function byShorterThenDue(a: PeriodToFocus, b: PeriodToFocus): number {
  return windowLength(a) - windowLength(b) || a.dueOn.localeCompare(b.dueOn);
}
