// The review screen's logic that needs no browser: the years a plan can be reviewed for, the choice
// kept in the address, and the totals under the task table.
import { describe, expect, it } from 'vitest';
import {
  onTimeRate,
  reviewableYears,
  reviewChoice,
  reviewFileName,
  taskTotals,
  yearToReview,
} from '../src/features/reviews/review-view.ts';

describe('the years of a plan', () => {
  it('are those begun by today, to the plan’s end', () => {
    expect(reviewableYears({ startYear: 2026, endYear: 2030 }, '2027-12-20')).toEqual([2026, 2027]);
    expect(reviewableYears({ startYear: 2026, endYear: 2030 }, '2031-01-05')).toEqual([
      2026, 2027, 2028, 2029, 2030,
    ]);
    // A plan that has not started, or whose years are unknown, has none.
    expect(reviewableYears({ startYear: 2028, endYear: 2030 }, '2027-12-20')).toEqual([]);
    expect(reviewableYears({ startYear: null, endYear: null }, '2027-12-20')).toEqual([]);
    expect(reviewableYears({ startYear: 2026, endYear: null }, '2027-12-20')).toEqual([2026]);
  });

  it('reviews the year chosen if the plan has it, else the latest begun', () => {
    expect(yearToReview([2026, 2027], 2026)).toBe(2026);
    expect(yearToReview([2026, 2027], 2029)).toBe(2027);
    expect(yearToReview([2026, 2027], null)).toBe(2027);
    expect(yearToReview([], null)).toBeUndefined();
  });
});

describe('the choice in the address', () => {
  it('reads the plan, the kind (yearly unless final) and a whole year', () => {
    expect(reviewChoice(new URLSearchParams('planId=p1&kind=final&year=2027'))).toEqual({
      planId: 'p1',
      kind: 'final',
      year: 2027,
    });
    expect(reviewChoice(new URLSearchParams('kind=monthly&year=abc'))).toEqual({
      planId: null,
      kind: 'yearly',
      year: null,
    });
    expect(reviewChoice(new URLSearchParams('year=2027.5')).year).toBeNull();
  });
});

describe('the totals under the tables', () => {
  it('adds up the work of every year and its share done on time of what is due', () => {
    const years = [
      { year: 2026, doneOnTime: 90, doneLate: 5, inProgress: 0, overdue: 5 },
      { year: 2027, doneOnTime: 1, doneLate: 1, inProgress: 1, overdue: 1 },
    ];
    expect(taskTotals(years)).toEqual({ doneOnTime: 91, doneLate: 6, inProgress: 1, overdue: 6 });
    expect(onTimeRate(years[1] as (typeof years)[number])).toBe(33.3);
    expect(onTimeRate({ doneOnTime: 0, doneLate: 0, inProgress: 3, overdue: 0 })).toBeNull();
  });

  it('names the downloaded file after the review', () => {
    expect(reviewFileName({ kind: 'yearly', year: 2027, years: [2026, 2027] }, 'docx')).toBe(
      'so-ket-nam-2027.docx',
    );
    expect(reviewFileName({ kind: 'final', year: 2030, years: [2026, 2030] }, 'pdf')).toBe(
      'tong-ket-2026-2030.pdf',
    );
  });
});
