import { describe, expect, it } from 'vitest';
import {
  LATE_REPORTS_CHASE_DAYS,
  type PeriodToFocus,
  periodInFocus,
} from '../src/reports/period-in-focus.ts';
import { addDays } from '../src/time/vietnam.ts';

// Half-years with the Decree 09 windows and the usual 01/6 and 01/12 deadlines.
const half = (key: string, dataFrom: string, dataTo: string, dueOn: string, outstanding = 0) => ({
  key,
  dataFrom,
  dataTo,
  dueOn,
  outstanding,
});
const plan = (outstandingH2 = 0) => [
  half('2026-H1', '2025-12-15', '2026-06-14', '2026-06-01'),
  half('2026-H2', '2026-06-15', '2026-12-14', '2026-12-01', outstandingH2),
  half('2027-H1', '2026-12-15', '2027-06-14', '2027-06-01', 140),
  half('2027-H2', '2027-06-15', '2027-12-14', '2027-12-01', 140),
];
const focus = (periods: (PeriodToFocus & { key: string })[], today: string) =>
  periodInFocus(periods, today)?.key;

describe('the period the screens open on', () => {
  it('around a deadline with reports outstanding: the period being collected, then the late one', () => {
    expect(focus(plan(139), '2026-11-30')).toBe('2026-H2');
    expect(focus(plan(139), '2026-12-01')).toBe('2026-H2'); // due today
    expect(focus(plan(139), '2026-12-02')).toBe('2026-H2'); // the day after: 139 of 140 still out
    // Even once the next window has opened, the late period comes first while it is chased...
    expect(focus(plan(139), '2026-12-20')).toBe('2026-H2');
    expect(focus(plan(139), addDays('2026-12-01', LATE_REPORTS_CHASE_DAYS))).toBe('2026-H2');
    // ...and no longer than that: the next period, being reported now, takes over.
    expect(focus(plan(139), addDays('2026-12-01', LATE_REPORTS_CHASE_DAYS + 1))).toBe('2027-H1');
  });

  it('around a deadline with every report in: the period just reported until the next window opens', () => {
    expect(focus(plan(0), '2026-11-30')).toBe('2026-H2');
    expect(focus(plan(0), '2026-12-01')).toBe('2026-H2');
    expect(focus(plan(0), '2026-12-02')).toBe('2026-H2'); // its data run to 14/12
    expect(focus(plan(0), '2026-12-14')).toBe('2026-H2');
    expect(focus(plan(0), '2026-12-15')).toBe('2027-H1'); // the next window opens
  });

  it('a June deadline: the next half-year only once its window opens', () => {
    expect(focus(plan(), '2026-05-31')).toBe('2026-H1');
    expect(focus(plan(), '2026-06-02')).toBe('2026-H1');
    expect(focus(plan(), '2026-06-15')).toBe('2026-H2');
  });

  it('before the first period and after the last', () => {
    expect(focus(plan(), '2025-01-10')).toBe('2026-H1');
    expect(focus(plan(), '2028-03-01')).toBe('2027-H2');
    // After the last deadline, still chased while reports are out.
    expect(focus(plan(), '2027-12-05')).toBe('2027-H2');
    expect(periodInFocus([], '2026-12-02')).toBeUndefined();
  });

  it('overlapping windows: the one due first, then the shorter', () => {
    const q3 = half('custom-q3', '2026-07-01', '2026-09-30', '2026-10-05', 3);
    const withQ3 = [...plan(), q3];
    expect(focus(withQ3, '2026-07-20')).toBe('custom-q3'); // due before the half-year
    expect(focus(withQ3, '2026-10-05')).toBe('custom-q3');
    expect(focus(withQ3, '2026-10-06')).toBe('custom-q3'); // late, reports out
    expect(focus([...plan(), { ...q3, outstanding: 0 }], '2026-10-06')).toBe('2026-H2');
    // Two windows due the same day: the shorter.
    const sameDue = half('custom-h2', '2026-09-01', '2026-12-14', '2026-12-01');
    expect(focus([...plan(), sameDue], '2026-11-01')).toBe('custom-h2');
    // No window holds today and nothing is being collected: the shorter of those holding it.
    const gap = [
      half('a', '2026-01-01', '2026-12-31', '2026-01-05'),
      half('b', '2026-03-01', '2026-04-30', '2026-03-02'),
    ];
    expect(focus(gap, '2026-04-10')).toBe('b');
  });

  it('does not depend on the order the periods come in', () => {
    expect(focus([...plan(139)].reverse(), '2026-12-02')).toBe('2026-H2');
    expect(focus([...plan(0)].reverse(), '2026-12-15')).toBe('2027-H1');
  });
});
