import { describe, expect, it } from 'vitest';
import {
  completeness,
  customPeriod,
  PERIOD_KIND_LABELS,
  PERIOD_KINDS,
  periodContaining,
  periodsFromDeadlines,
  previousPeriod,
  progressAgainstTarget,
  type ReportingPeriod,
  rollUp,
  SUBMISSION_STATUS_LABELS,
  SUBMISSION_STATUSES,
  type SubmissionStatus,
  standingAgainstTargets,
  statusesCounted,
  submissionStatus,
  targetForYear,
} from '../src/reports/index.ts';

const JUNE_DECEMBER = [
  { month: 6, day: 1 },
  { month: 12, day: 1 },
];

const period = (
  key: string,
  label: string,
  dueOn: string,
  dataFrom: string,
  dataTo: string,
  kind: ReportingPeriod['kind'],
): ReportingPeriod => ({ key, label, dueOn, dataFrom, dataTo, kind });

describe('periodsFromDeadlines', () => {
  it('turns the June/December regime into two half-year periods with the Decree 09/2019 data windows', () => {
    expect(periodsFromDeadlines(JUNE_DECEMBER, { from: 2026, to: 2026 })).toEqual([
      period('2026-H1', '6 tháng đầu năm 2026', '2026-06-01', '2025-12-15', '2026-06-14', 'half_year'),
      period('2026-H2', '6 tháng cuối năm 2026', '2026-12-01', '2026-06-15', '2026-12-14', 'half_year'),
    ]);
  });

  it('uses 01/6 and 01/12 when the plan names no deadline, or only malformed ones', () => {
    const expected = periodsFromDeadlines(JUNE_DECEMBER, { from: 2026, to: 2027 });
    expect(periodsFromDeadlines([], { from: 2026, to: 2027 })).toEqual(expected);
    expect(periodsFromDeadlines([{ month: 13, day: 1 }], { from: 2026, to: 2027 })).toEqual(expected);
  });

  it('does not depend on the order of the deadlines and merges duplicates', () => {
    const reversed = [...JUNE_DECEMBER].reverse();
    expect(periodsFromDeadlines([...reversed, { month: 6, day: 1 }], { from: 2026, to: 2026 })).toEqual(
      periodsFromDeadlines(JUNE_DECEMBER, { from: 2026, to: 2026 }),
    );
  });

  it('closes the bodies’ period on the first of two tiers in one month (bodies by 05/12, the gathering body by 20/12)', () => {
    const tiers = [
      { month: 12, day: 20 },
      { month: 12, day: 5 },
    ];
    expect(periodsFromDeadlines(tiers, { from: 2026, to: 2026 })).toEqual(
      periodsFromDeadlines([{ month: 12, day: 5 }], { from: 2026, to: 2026 }),
    );
  });

  it('gives one yearly period due on a single 05/12 deadline, with data 15/12 of the previous year to 14/12', () => {
    expect(periodsFromDeadlines([{ month: 12, day: 5 }], { from: 2026, to: 2027 })).toEqual([
      period('2026-Y', 'Năm 2026', '2026-12-05', '2025-12-15', '2026-12-14', 'year'),
      period('2027-Y', 'Năm 2027', '2027-12-05', '2026-12-15', '2027-12-14', 'year'),
    ]);
  });

  it('reads a January deadline as the report on the year just ended', () => {
    expect(periodsFromDeadlines([{ month: 1, day: 15 }], { from: 2026, to: 2026 })).toEqual([
      period('2026-Y', 'Năm 2026', '2027-01-15', '2025-12-15', '2026-12-14', 'year'),
    ]);
  });

  it('gives quarters for four deadlines, each from the 15th of the month before to the 14th of its last month', () => {
    const deadlines = [3, 6, 9, 12].map((month) => ({ month, day: 20 }));
    expect(periodsFromDeadlines(deadlines, { from: 2026, to: 2026 })).toEqual([
      period('2026-Q1', 'Quý I/2026', '2026-03-20', '2025-12-15', '2026-03-14', 'quarter'),
      period('2026-Q2', 'Quý II/2026', '2026-06-20', '2026-03-15', '2026-06-14', 'quarter'),
      period('2026-Q3', 'Quý III/2026', '2026-09-20', '2026-06-15', '2026-09-14', 'quarter'),
      period('2026-Q4', 'Quý IV/2026', '2026-12-20', '2026-09-15', '2026-12-14', 'quarter'),
    ]);
  });

  it('gives months for twelve deadlines', () => {
    const deadlines = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, day: 18 }));
    const periods = periodsFromDeadlines(deadlines, { from: 2026, to: 2026 });
    expect(periods).toHaveLength(12);
    expect(periods[0]).toEqual(
      period('2026-M01', 'Tháng 1/2026', '2026-01-18', '2025-12-15', '2026-01-14', 'month'),
    );
    expect(periods[5]?.label).toBe('Tháng 6/2026');
  });

  it('clamps 29/02 to 28/02 in a common year', () => {
    const periods = periodsFromDeadlines(
      [2, 5, 8, 11].map((month) => ({ month, day: 29 })),
      { from: 2027, to: 2028 },
    );
    expect(periods.filter((p) => p.dueOn.slice(5, 7) === '02').map((p) => p.dueOn)).toEqual([
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  it.each([
    ['three deadlines', [3, 6, 9].map((month) => ({ month, day: 1 }))],
    ['two deadlines closing the same half-year', [5, 6].map((month) => ({ month, day: 20 }))],
  ])('refuses %s: such periods are set by hand', (_, deadlines) => {
    expect(() => periodsFromDeadlines(deadlines, { from: 2026, to: 2026 })).toThrow(/thủ công/);
  });

  it.each([
    [2027, 2026],
    [2026.5, 2027],
    [1800, 2026],
  ])('refuses the year range %s–%s', (from, to) => {
    expect(() => periodsFromDeadlines(JUNE_DECEMBER, { from, to })).toThrow(RangeError);
  });
});

describe('customPeriod', () => {
  it('keeps a hand-set period with a key from its data window', () => {
    expect(
      customPeriod({
        label: '  Đợt cao điểm   quý II ',
        dataFrom: '2026-04-01',
        dataTo: '2026-06-30',
        dueOn: '2026-07-05',
      }),
    ).toEqual(
      period(
        'custom-2026-04-01-2026-06-30',
        'Đợt cao điểm quý II',
        '2026-07-05',
        '2026-04-01',
        '2026-06-30',
        'custom',
      ),
    );
  });

  it('accepts a report due before its data close (estimates)', () => {
    expect(
      customPeriod({ label: 'Năm 2026', dataFrom: '2026-01-01', dataTo: '2026-12-31', dueOn: '2026-12-05' })
        .dueOn,
    ).toBe('2026-12-05');
  });

  it.each([
    [
      'an empty label',
      { label: '  ', dataFrom: '2026-01-01', dataTo: '2026-06-30', dueOn: '2026-07-01' },
      /trống/,
    ],
    [
      'an impossible date',
      { label: 'X', dataFrom: '2026-02-30', dataTo: '2026-06-30', dueOn: '2026-07-01' },
      /hợp lệ/,
    ],
    [
      'a data window in reverse',
      { label: 'X', dataFrom: '2026-07-01', dataTo: '2026-06-30', dueOn: '2026-07-01' },
      /kết thúc/,
    ],
    [
      'a due date before the data open',
      { label: 'X', dataFrom: '2026-01-01', dataTo: '2026-06-30', dueOn: '2025-12-31' },
      /Hạn nộp/,
    ],
  ])('refuses %s with a Vietnamese RangeError', (_, input, message) => {
    expect(() => customPeriod(input)).toThrow(RangeError);
    expect(() => customPeriod(input)).toThrow(message);
  });
});

describe('periodContaining and previousPeriod', () => {
  const periods = periodsFromDeadlines(JUNE_DECEMBER, { from: 2025, to: 2027 });

  it.each([
    ['2025-12-15', '2026-H1'],
    ['2026-06-14', '2026-H1'],
    ['2026-06-15', '2026-H2'],
    ['2026-12-14', '2026-H2'],
    ['2026-12-15', '2027-H1'],
  ])('puts data of %s in %s', (date, key) => {
    expect(periodContaining(periods, date)?.key).toBe(key);
  });

  it('finds nothing outside every window', () => {
    expect(periodContaining(periods, '2024-12-14')).toBeNull();
  });

  it('prefers the shorter of overlapping windows', () => {
    const peak = customPeriod({
      label: 'Tháng 10',
      dataFrom: '2026-10-01',
      dataTo: '2026-10-31',
      dueOn: '2026-11-05',
    });
    expect(periodContaining([...periods, peak], '2026-10-10')).toBe(peak);
  });

  it.each([
    ['2026-H1', '2025-H2'],
    ['2026-H2', '2026-H1'],
    ['2025-H1', null],
    ['no-such-key', null],
  ])('shows beside %s the values of %s', (key, previous) => {
    expect(previousPeriod(periods, key)?.key ?? null).toBe(previous);
  });

  it('compares a custom period with whatever period closed before it', () => {
    const peak = customPeriod({
      label: 'Tháng 10',
      dataFrom: '2026-10-01',
      dataTo: '2026-10-31',
      dueOn: '2026-11-05',
    });
    expect(previousPeriod([...periods, peak], peak.key)?.key).toBe('2026-H1');
    expect(previousPeriod([...periods, peak], '2027-H1')?.key).toBe('2026-H2');
  });
});

describe('submissionStatus', () => {
  const due = '2026-06-01';
  it.each([
    [
      'submitted at 23:59 Vietnam time on the due day',
      '2026-06-01T23:59:00+07:00',
      '2026-06-10T00:00:00+07:00',
      'on_time',
    ],
    [
      'submitted at 23:59 Vietnam time, written in UTC',
      '2026-06-01T16:59:59Z',
      '2026-06-10T00:00:00Z',
      'on_time',
    ],
    ['submitted well before', '2026-05-20T08:00:00+07:00', '2026-05-21T00:00:00+07:00', 'on_time'],
    ['submitted at 00:01 the next day', '2026-06-02T00:01:00+07:00', '2026-06-10T00:00:00+07:00', 'late'],
    ['submitted at midnight exactly', '2026-06-01T17:00:00Z', '2026-06-10T00:00:00Z', 'late'],
    ['not submitted at 23:59 on the due day', null, '2026-06-01T23:59:00+07:00', 'not_due'],
    ['not submitted at 00:01 the next day', null, '2026-06-02T00:01:00+07:00', 'missing'],
  ] as const)('is right when %s', (_, submittedAt, now, status) => {
    expect(submissionStatus({ dueOn: due, submittedAt }, now)).toBe(status);
  });

  it('refuses a datetime without an offset rather than reading it in the server zone', () => {
    expect(() =>
      submissionStatus({ dueOn: due, submittedAt: '2026-06-01T23:59:00' }, '2026-06-10T00:00:00Z'),
    ).toThrow(RangeError);
  });
});

describe('completeness', () => {
  it('counts who submitted on time or late and who has not', () => {
    const list: SubmissionStatus[] = [
      'on_time',
      'on_time',
      'late',
      'missing',
      'not_due',
      'on_time',
      'missing',
      'late',
    ];
    expect(completeness(list)).toEqual({
      expected: 8,
      submitted: 5,
      onTime: 3,
      late: 2,
      missing: 2,
      notDue: 1,
      rate: 5 / 8,
    });
  });

  it('has no rate when nobody is expected', () => {
    expect(completeness([])).toEqual({
      expected: 0,
      submitted: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      notDue: 0,
      rate: null,
    });
  });

  it('labels every status and period kind in Vietnamese and English', () => {
    for (const s of SUBMISSION_STATUSES) {
      expect(SUBMISSION_STATUS_LABELS[s].vi).toBe(SUBMISSION_STATUS_LABELS[s].vi.normalize('NFC'));
      expect(SUBMISSION_STATUS_LABELS[s].en).not.toBe('');
    }
    for (const k of PERIOD_KINDS) expect(PERIOD_KIND_LABELS[k].vi).not.toBe('');
  });
});

describe('rollUp', () => {
  const values = [
    { bodyPath: '/vn/pt/', numerator: 0, denominator: 0 }, // data error: no denominator
    { bodyPath: '/vn/pt/so-khcn/', numerator: 40, denominator: 50 },
    { bodyPath: '/vn/pt/xa-a/', numerator: 90, denominator: 100 },
    { bodyPath: '/vn/pt/xa-b/', numerator: 10, denominator: 900 },
    { bodyPath: '/vn/pt/xa-c/', numerator: 120, denominator: 100 }, // data error: above the denominator
    { bodyPath: '/vn/pt/xa-d/', numerator: -1, denominator: 100 }, // data error: negative
    { bodyPath: '/vn/pt2/xa-e/', numerator: 5, denominator: 5 }, // another province
  ];

  it('sums numerators and denominators over communes and departments of the province', () => {
    expect(rollUp(values, '/vn/pt/')).toEqual({
      numerator: 140,
      denominator: 1050,
      value: (140 / 1050) * 100,
      reporting: 3,
      invalid: 3,
    });
  });

  it('gives 10 %, not the 50 % average, for two communes at 90/100 and 10/900', () => {
    const two = values.slice(2, 4);
    expect(rollUp(two, '/vn/pt/').value).toBe(10);
  });

  it.each([
    ['/vn/pt/xa-a/', 90, 1, 0],
    ['/vn/pt/xa-c/', null, 0, 1],
    ['/vn/pt2/', 100, 1, 0],
    ['/vn/', (145 / 1055) * 100, 4, 3],
  ])('at %s gives %s from %s rows, %s invalid', (path, value, reporting, invalid) => {
    expect(rollUp(values, path)).toMatchObject({ value, reporting, invalid });
  });

  it('reads a path without its trailing slash as the subtree, not as a name prefix', () => {
    expect(rollUp(values, '/vn/pt').reporting).toBe(3);
  });
});

describe('progressAgainstTarget', () => {
  it.each([
    ['>= 80 reached at 85', 85, '>=', 80, true, 85 / 80, 0],
    ['>= 80 short at 60', 60, '>=', 80, false, 0.75, 20],
    ['>= 100 met by 7/7 despite float noise', (7 / 7) * 100, '>=', 100, true, 1, 0],
    ['<= 5 met at 4', 4, '<=', 5, true, 1.25, 0],
    ['<= 5 missed at 10', 10, '<=', 5, false, 0.5, 5],
    ['= 100 missed at 90', 90, '=', 100, false, 0.9, 10],
    ['= 100 met at 100', 100, '=', 100, true, 1, 0],
  ] as const)('%s', (_, value, comparator, target, met, ratio, gap) => {
    const p = progressAgainstTarget(value, { comparator, value: target });
    expect(p.met).toBe(met);
    expect(p.ratio).toBeCloseTo(ratio, 12);
    expect(p.gap).toBeCloseTo(gap, 12);
  });

  it('knows nothing without a value', () => {
    expect(progressAgainstTarget(null, { comparator: '>=', value: 80 })).toEqual({
      met: null,
      ratio: null,
      gap: null,
    });
  });

  it('has no ratio when it would divide by zero', () => {
    expect(progressAgainstTarget(0, { comparator: '<=', value: 5 })).toEqual({
      met: true,
      ratio: null,
      gap: 0,
    });
  });
});

describe('targetForYear', () => {
  const targets = [
    { id: 'a', year: 2026, comparator: '=' as const, value: 100 },
    { id: 'b', year: 2030, comparator: '>=' as const, value: 80 },
    { id: 'c', year: 2028, comparator: '>=' as const, value: 60 },
  ];

  it.each([
    [2026, 'a'],
    [2027, 'c'],
    [2028, 'c'],
    [2029, 'b'],
    [2030, 'b'],
    [2031, null],
  ])('for %s is %s', (year, id) => {
    expect(targetForYear(targets, year)?.id ?? null).toBe(id);
  });

  it('applies a 2030 target to 2027 progress', () => {
    expect(targetForYear([targets[1] as (typeof targets)[number]], 2027)?.id).toBe('b');
  });

  it('falls back on a target with no year', () => {
    const undated = { id: 'u', year: null, comparator: '>=' as const, value: 70 };
    expect(targetForYear([undated, ...targets], 2031)).toBe(undated);
    expect(targetForYear([undated, ...targets], 2029)?.id).toBe('b');
  });
});

describe('standingAgainstTargets', () => {
  const by2030 = [{ year: 2030, comparator: '>=' as const, value: 80 }];

  it('judges a 2030 target in 2026 against the yearly path from the plan’s start, not as missed', () => {
    // Plan 2026–2030: the path to 80 % passes 16 % at the end of 2026, 48 % at the end of 2028.
    expect(standingAgainstTargets(76.4, by2030, 2026, 2026)).toEqual({ standing: 'on_track', expected: 16 });
    expect(standingAgainstTargets(10, by2030, 2026, 2026)).toEqual({ standing: 'behind', expected: 16 });
    expect(standingAgainstTargets(40, by2030, 2028, 2026).standing).toBe('behind');
    expect(standingAgainstTargets(79, by2030, 2030, 2026)).toEqual({ standing: 'not_met', expected: 80 });
    expect(standingAgainstTargets(80, by2030, 2030, 2026)).toEqual({ standing: 'met', expected: 80 });
  });

  it('starts the path at the last milestone before the year', () => {
    const steps = [{ year: 2026, comparator: '>=' as const, value: 50 }, ...by2030];
    expect(standingAgainstTargets(50, steps, 2026, 2026).standing).toBe('met');
    // From 50 % (2026) to 80 % (2030): 57,5 % at the end of 2027.
    expect(standingAgainstTargets(57.5, steps, 2027, 2026)).toEqual({ standing: 'on_track', expected: 57.5 });
    expect(standingAgainstTargets(55, steps, 2027, 2026).standing).toBe('behind');
  });

  it('does not judge a later lower-is-better target until it is reached', () => {
    const atMost = [{ year: 2030, comparator: '<=' as const, value: 5 }];
    expect(standingAgainstTargets(3, atMost, 2026, 2026).standing).toBe('on_track');
    expect(standingAgainstTargets(9, atMost, 2026, 2026)).toEqual({ standing: null, expected: null });
  });

  it('has nothing to say without a value or a target', () => {
    expect(standingAgainstTargets(null, by2030, 2026, 2026).standing).toBeNull();
    expect(standingAgainstTargets(50, [], 2026, 2026).standing).toBeNull();
  });
});

describe('statusesCounted', () => {
  it('counts accepted reports only for official figures, submitted ones too for the live view', () => {
    expect(statusesCounted('accepted')).toEqual(['accepted']);
    expect(statusesCounted('submitted')).toEqual(['submitted', 'accepted']);
  });
});
