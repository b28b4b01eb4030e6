import { describe, expect, it } from 'vitest';
import {
  countStates,
  MAX_OCCURRENCES,
  OCCURRENCE_STATE_LABELS,
  OCCURRENCE_STATES,
  type Occurrence,
  type OccurrenceState,
  occurrenceState,
  type PlanSchedule,
  scheduleOccurrences,
  type TimeframeSpec,
} from '../src/schedule/index.ts';

/** A plan issued 07/05/2026 running 2026–2030, reporting before 01/6 and 01/12. */
const PLAN: PlanSchedule = {
  issuedOn: '2026-05-07',
  startYear: 2026,
  endYear: 2030,
  reportingDeadlines: [
    { month: 6, day: 1 },
    { month: 12, day: 1 },
  ],
};

const YEARS = [2026, 2027, 2028, 2029, 2030];

const reviewsEveryYear: Occurrence[] = YEARS.flatMap((y) => [
  { dueOn: `${y}-06-01`, label: `Kỳ báo cáo 01/06/${y}`, kind: 'review' as const },
  { dueOn: `${y}-12-01`, label: `Kỳ báo cáo 01/12/${y}`, kind: 'review' as const },
]);

const reviews2026: Occurrence[] = reviewsEveryYear.slice(0, 2);

const dated = (dueOn: string, label: string): Occurrence => ({ dueOn, label, kind: 'dated' });
const yearly = (dueOn: string, label: string): Occurrence => ({ dueOn, label, kind: 'yearly' });

describe('scheduleOccurrences on every timeframe of the three gold plans', () => {
  const cases: [string, TimeframeSpec, Occurrence[]][] = [
    // Hòa An 2026
    [
      'Thường xuyên hằng năm; cao điểm vào quý II và quý III',
      { text: '', continuous: true, yearly: true, peaks: { quarters: [2, 3] } },
      reviewsEveryYear,
    ],
    ['Thường xuyên hằng năm', { text: '', continuous: true, yearly: true }, reviewsEveryYear],
    [
      'Theo phát động của cấp trên (dự kiến tháng 6 và tháng 9 hằng năm)',
      { text: '', followsSuperior: true, yearly: true, months: [6, 9] },
      YEARS.flatMap((y) => [yearly(`${y}-06-30`, `Tháng 6/${y}`), yearly(`${y}-09-30`, `Tháng 9/${y}`)]),
    ],
    [
      'Tháng 10 hằng năm',
      { text: '', yearly: true, months: [10] },
      YEARS.map((y) => yearly(`${y}-10-31`, `Tháng 10/${y}`)),
    ],
    ['Quý II (khi các sở, ngành tổ chức)', { text: '', quarters: [2] }, [dated('2026-06-30', 'Quý II/2026')]],
    [
      'Quý III hằng năm (khi các sở, ngành tổ chức)',
      { text: '', yearly: true, quarters: [3] },
      YEARS.map((y) => yearly(`${y}-09-30`, `Quý III/${y}`)),
    ],
    // Sơn La 2025
    ['Hằng năm', { text: '', yearly: true }, YEARS.map((y) => yearly(`${y}-12-31`, `Năm ${y}`))],
    // Tuyên Quang 2026
    [
      'Thường xuyên trong năm 2026; cao điểm vào quý II và quý III năm 2026',
      { text: '', continuous: true, years: [2026], peaks: { quarters: [2, 3] } },
      reviews2026,
    ],
    ['Thường xuyên trong năm 2026', { text: '', continuous: true, years: [2026] }, reviews2026],
    [
      'Tháng 6 và tháng 9 năm 2026',
      { text: '', months: [6, 9], years: [2026] },
      [dated('2026-06-30', 'Tháng 6/2026'), dated('2026-09-30', 'Tháng 9/2026')],
    ],
    ['Tháng 10 năm 2026', { text: '', months: [10], years: [2026] }, [dated('2026-10-31', 'Tháng 10/2026')]],
    ['Quý II năm 2026', { text: '', quarters: [2], years: [2026] }, [dated('2026-06-30', 'Quý II/2026')]],
    ['Quý III năm 2026', { text: '', quarters: [3], years: [2026] }, [dated('2026-09-30', 'Quý III/2026')]],
  ];

  it.each(cases)('schedules "%s"', (text, spec, expected) => {
    expect(scheduleOccurrences({ ...spec, text }, PLAN)).toEqual(expected);
  });
});

describe('scheduleOccurrences rules', () => {
  const at = (issuedOn: string): PlanSchedule => ({ ...PLAN, issuedOn });
  const cases: [string, TimeframeSpec | null, PlanSchedule, Occurrence[]][] = [
    ['no timeframe is reviewed at every reporting deadline', null, PLAN, reviewsEveryYear],
    ['an empty timeframe is reviewed at every reporting deadline', { text: '' }, PLAN, reviewsEveryYear],
    [
      'continuous work alone is reviewed at every reporting deadline',
      { text: 'Thường xuyên', continuous: true },
      PLAN,
      reviewsEveryYear,
    ],
    [
      'an explicit year without months or quarters is due on 31/12 of that year',
      { text: 'Năm 2027', years: [2027] },
      PLAN,
      [dated('2027-12-31', 'Năm 2027')],
    ],
    [
      'a range given by its two ends is due at the end of each of its years',
      { text: '2026-2030', years: [2026, 2030] },
      PLAN,
      YEARS.map((y) => yearly(`${y}-12-31`, `Năm ${y}`)),
    ],
    [
      'a range given expanded is due at the end of each of its years',
      { text: 'Giai đoạn 2026 - 2030', years: YEARS },
      PLAN,
      YEARS.map((y) => yearly(`${y}-12-31`, `Năm ${y}`)),
    ],
    [
      'two years without a range between them are two separate deadlines',
      { text: 'Năm 2026 và năm 2030', years: [2030, 2026] },
      PLAN,
      [dated('2026-12-31', 'Năm 2026'), dated('2030-12-31', 'Năm 2030')],
    ],
    [
      'yearly work restricted to a range of years recurs only within it',
      { text: 'Quý IV hằng năm, giai đoạn 2027-2028', yearly: true, quarters: [4], years: [2027, 2028] },
      PLAN,
      [yearly('2027-12-31', 'Quý IV/2027'), yearly('2028-12-31', 'Quý IV/2028')],
    ],
    [
      'a quarter is due on its last day, including the first quarter',
      { text: 'Quý I năm 2027', quarters: [1], years: [2027] },
      PLAN,
      [dated('2027-03-31', 'Quý I/2027')],
    ],
    [
      'February is due on its last day in a leap year',
      { text: 'Tháng 2 năm 2028', months: [2], years: [2028] },
      PLAN,
      [dated('2028-02-29', 'Tháng 2/2028')],
    ],
    [
      'occurrences due before the issue date are dropped',
      { text: 'Quý I năm 2026', quarters: [1], years: [2026] },
      PLAN,
      [],
    ],
    [
      'an occurrence due on the issue date itself is kept',
      { text: 'Quý II năm 2026', quarters: [2], years: [2026] },
      at('2026-06-30'),
      [dated('2026-06-30', 'Quý II/2026')],
    ],
    [
      'reviews before the issue date are dropped',
      { text: 'Thường xuyên', continuous: true },
      at('2026-07-01'),
      reviewsEveryYear.slice(1),
    ],
    [
      'a quarter without a year that has already passed at issue falls in the next plan year',
      { text: 'Quý II', quarters: [2] },
      at('2026-08-01'),
      [dated('2027-06-30', 'Quý II/2027')],
    ],
    [
      'months without a year keep only those still ahead in the first year that has any',
      { text: 'Tháng 6 và tháng 9', months: [6, 9] },
      at('2026-08-01'),
      [dated('2026-09-30', 'Tháng 9/2026')],
    ],
    [
      'months without a year give nothing when no plan year is left',
      { text: 'Quý I', quarters: [1] },
      { ...PLAN, issuedOn: '2030-05-07' },
      [],
    ],
    [
      'peaks alone serve as deadlines when nothing else gives a date',
      { text: 'Cao điểm vào quý II và quý III', peaks: { quarters: [2, 3] } },
      PLAN,
      [dated('2026-06-30', 'Quý II/2026'), dated('2026-09-30', 'Quý III/2026')],
    ],
    [
      'peaks add nothing to yearly work',
      { text: 'Hằng năm; cao điểm tháng 5', yearly: true, peaks: { months: [5] } },
      PLAN,
      YEARS.map((y) => yearly(`${y}-12-31`, `Năm ${y}`)),
    ],
    [
      'following the superior without tentative months is reviewed at every reporting deadline',
      { text: 'Theo chỉ đạo của cấp trên', followsSuperior: true },
      PLAN,
      reviewsEveryYear,
    ],
    [
      'following the superior with tentative months and no "hằng năm" uses those months once',
      { text: 'Theo phát động của cấp trên (dự kiến tháng 9)', followsSuperior: true, months: [9] },
      PLAN,
      [dated('2026-09-30', 'Tháng 9/2026')],
    ],
    [
      'continuous work with a month is both reviewed and due that month',
      {
        text: 'Thường xuyên trong năm 2026, tổng kết tháng 11',
        continuous: true,
        years: [2026],
        months: [11],
      },
      PLAN,
      [reviews2026[0] as Occurrence, dated('2026-11-30', 'Tháng 11/2026'), reviews2026[1] as Occurrence],
    ],
    [
      'a month and a quarter ending on the same day give one occurrence, labelled by the month',
      { text: 'Tháng 12 và quý IV năm 2026', months: [12], quarters: [4], years: [2026] },
      PLAN,
      [dated('2026-12-31', 'Tháng 12/2026')],
    ],
    [
      'a single reporting deadline gives one review a year',
      { text: 'Thường xuyên', continuous: true },
      { ...PLAN, reportingDeadlines: [{ month: 12, day: 5 }] },
      YEARS.map((y) => ({ dueOn: `${y}-12-05`, label: `Kỳ báo cáo 05/12/${y}`, kind: 'review' as const })),
    ],
    [
      'no reporting deadlines default to 01/6 and 01/12',
      { text: 'Thường xuyên', continuous: true },
      { ...PLAN, reportingDeadlines: [] },
      reviewsEveryYear,
    ],
    [
      'reporting deadlines given out of order and twice still give sorted, distinct reviews',
      null,
      {
        ...PLAN,
        reportingDeadlines: [
          { month: 12, day: 1 },
          { month: 6, day: 1 },
          { month: 12, day: 1 },
        ],
      },
      reviewsEveryYear,
    ],
    [
      'a deadline on 29/02 falls on 28/02 in a common year',
      null,
      { ...PLAN, startYear: 2027, endYear: 2028, reportingDeadlines: [{ month: 2, day: 29 }] },
      [
        { dueOn: '2027-02-28', label: 'Kỳ báo cáo 28/02/2027', kind: 'review' },
        { dueOn: '2028-02-29', label: 'Kỳ báo cáo 29/02/2028', kind: 'review' },
      ],
    ],
    [
      'a plan without a start year runs from its issue year',
      { text: 'Hằng năm', yearly: true },
      { ...PLAN, startYear: 0, endYear: 2027 },
      [yearly('2026-12-31', 'Năm 2026'), yearly('2027-12-31', 'Năm 2027')],
    ],
    [
      'out-of-range months, quarters and years are ignored',
      { text: '', months: [0, 13, 6.5], quarters: [5], years: [26] },
      PLAN,
      reviewsEveryYear,
    ],
  ];

  it.each(cases)('%s', (_name, spec, plan, expected) => {
    expect(scheduleOccurrences(spec, plan)).toEqual(expected);
  });

  it('never gives more than MAX_OCCURRENCES, keeping the earliest', () => {
    const all = scheduleOccurrences(
      { text: 'Hằng tháng', yearly: true, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
      { ...PLAN, issuedOn: '2026-01-01', endYear: 2199 },
    );
    expect(all).toHaveLength(MAX_OCCURRENCES);
    expect(all[0]?.dueOn).toBe('2026-01-31');
    expect(all.at(-1)?.dueOn).toBe('2042-08-31');
  });

  it('always returns sorted dates without duplicates', () => {
    const all = scheduleOccurrences(
      { text: '', continuous: true, yearly: true, months: [6, 12], quarters: [2, 4] },
      { ...PLAN, reportingDeadlines: [{ month: 6, day: 30 }] },
    );
    const dates = all.map((o) => o.dueOn);
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(all[0]).toEqual(yearly('2026-06-30', 'Tháng 6/2026'));
  });

  it('writes labels in NFC', () => {
    for (const o of scheduleOccurrences({ text: '', quarters: [2], years: [2026] }, PLAN)) {
      expect(o.label).toBe(o.label.normalize('NFC'));
    }
  });

  it('rejects a plan whose issue date is not a calendar date', () => {
    expect(() => scheduleOccurrences(null, { ...PLAN, issuedOn: '07/05/2026' })).toThrow(RangeError);
    expect(() => scheduleOccurrences(null, { ...PLAN, issuedOn: '2026-02-30' })).toThrow(RangeError);
  });
});

describe('occurrenceState', () => {
  const due = '2026-06-30';
  const cases: [string, string | null, string, OccurrenceState][] = [
    ['done before the due date is on time', '2026-06-15', '2026-07-10', 'done_on_time'],
    ['done on the due date is on time', '2026-06-30', '2026-07-10', 'done_on_time'],
    ['done the day after the due date is late', '2026-07-01', '2026-07-10', 'done_late'],
    ['done late stays late whatever today is', '2026-07-01', '2026-06-01', 'done_late'],
    ['not done before the due date is in progress', null, '2026-06-01', 'in_progress'],
    ['not done on the due date itself is still in progress', null, '2026-06-30', 'in_progress'],
    ['not done the day after the due date is overdue', null, '2026-07-01', 'overdue'],
    ['not done across a year boundary is overdue', null, '2027-01-01', 'overdue'],
  ];

  it.each(cases)('%s', (_name, completedOn, today, expected) => {
    expect(occurrenceState({ dueOn: due, completedOn }, today)).toBe(expected);
  });

  it('rejects malformed dates instead of misclassifying them', () => {
    expect(() => occurrenceState({ dueOn: '30/06/2026', completedOn: null }, '2026-07-01')).toThrow(
      RangeError,
    );
    expect(() => occurrenceState({ dueOn: due, completedOn: '2026-7-1' }, '2026-07-01')).toThrow(RangeError);
  });
});

describe('state labels and counts', () => {
  it('uses the Government Office wording in Vietnamese and English', () => {
    expect(OCCURRENCE_STATE_LABELS).toEqual({
      done_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
      done_late: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
      in_progress: { vi: 'Đang thực hiện trong hạn', en: 'In progress, within the deadline' },
      overdue: { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue' },
    });
    for (const state of OCCURRENCE_STATES) {
      expect(OCCURRENCE_STATE_LABELS[state].vi).toBe(OCCURRENCE_STATE_LABELS[state].vi.normalize('NFC'));
    }
  });

  it('counts each state and reports absent ones as zero', () => {
    expect(countStates(['overdue', 'done_on_time', 'overdue', 'in_progress'])).toEqual({
      done_on_time: 1,
      done_late: 0,
      in_progress: 1,
      overdue: 2,
    });
    expect(countStates([])).toEqual({ done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0 });
  });
});
