// The budget's forms without a browser: amounts typed with Vietnamese separators, an estimate's lines
// between the form and the API (a line of no task), the years still open, the finance department's
// appraisal checked line by line as the server checks it, the lines left to spend, and the list a
// person's budget screen opens on.
import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../src/features/budget/api.ts';
import {
  appraisalDefaults,
  appraisalInputOf,
  appraisalProblems,
  blankLine,
  defaultView,
  groupDong,
  lineInputsOf,
  lineRemaining,
  linesTotal,
  lineValuesOf,
  NO_TASK,
  openYears,
  parseDong,
  proposedYear,
  spendableLines,
  viewsFor,
} from '../src/features/budget/estimate-form.ts';

const line = (over: Partial<BudgetLine>): BudgetLine => ({
  id: '00000000-0000-4000-8000-000000000001',
  task: null,
  source: 'commune_budget',
  description: 'Sửa loa',
  estimated: 50_000_000,
  appraisal: null,
  approved: null,
  appraisalReason: '',
  allocated: null,
  spent: 0,
  ...over,
});

describe('amounts typed in đồng', () => {
  it('shows thousands with dots and keeps the digits', () => {
    expect(groupDong(1_234_567)).toBe('1.234.567');
    expect(groupDong('25000000')).toBe('25.000.000');
    expect(groupDong(undefined)).toBe('');
    expect(parseDong('1.234.567 đ')).toBe('1234567');
    expect(parseDong('25,000,000')).toBe('25000000');
    expect(parseDong(undefined)).toBe('');
  });
});

describe('an estimate’s lines', () => {
  it('sends a line of no task as null, trimmed, and shows it back as typed', () => {
    const task = { id: '00000000-0000-4000-8000-00000000000a', ref: 'III.1', title: 'Chiến dịch' };
    const inputs = lineInputsOf([
      { taskId: task.id, source: 'provincial_budget', description: ' In tờ gấp ', estimated: 48_000_000 },
      { ...blankLine(), description: 'Loa', estimated: 2_000_000 },
    ]);
    expect(inputs).toEqual([
      { taskId: task.id, source: 'provincial_budget', description: 'In tờ gấp', estimated: 48_000_000 },
      { taskId: null, source: 'commune_budget', description: 'Loa', estimated: 2_000_000 },
    ]);
    expect(lineValuesOf([line({ task }), line({})]).map((l) => l.taskId)).toEqual([task.id, NO_TASK]);
    expect(linesTotal([{ estimated: 48_000_000 }, { estimated: null }, {}])).toBe(48_000_000);
    expect(linesTotal(undefined)).toBe(0);
  });

  it('offers the plan’s years not yet estimated, this year first if open', () => {
    const years = openYears({ startYear: 2026, endYear: 2030, estimatedYears: [2026, 2028] });
    expect(years).toEqual([2027, 2029, 2030]);
    expect(proposedYear(years, 2029)).toBe(2029);
    expect(proposedYear(years, 2026)).toBe(2027);
    expect(proposedYear([], 2026)).toBeUndefined();
  });
});

describe('the appraisal', () => {
  const lines = [line({ id: 'a', estimated: 50_000_000 }), line({ id: 'b', estimated: 30_000_000 })];

  it('starts with every line approved as estimated, which needs nothing more', () => {
    const values = appraisalDefaults(lines);
    expect(appraisalProblems(lines, values)).toEqual([null, null]);
    expect(appraisalInputOf(lines, values, 4)).toEqual({
      version: 4,
      lines: [
        { id: 'a', outcome: 'approved', reason: '' },
        { id: 'b', outcome: 'approved', reason: '' },
      ],
    });
  });

  it('asks a reduction for its amount and reason, a refusal for its reason', () => {
    const values = [
      { outcome: 'reduced' as const, approved: 35_000_000, reason: '' },
      { outcome: 'refused' as const, approved: null, reason: '' },
    ];
    const problems = appraisalProblems(lines, values);
    expect(problems[0]).toMatch(/lý do cắt giảm/);
    expect(problems[1]).toMatch(/lý do không chấp thuận/);
    const fixed = [
      { ...values[0], reason: ' Định mức ' },
      { ...values[1], reason: 'Trùng nhiệm vụ' },
    ] as typeof values;
    expect(appraisalProblems(lines, fixed)).toEqual([null, null]);
    expect(appraisalInputOf(lines, fixed, 1).lines).toEqual([
      { id: 'a', outcome: 'reduced', approved: 35_000_000, reason: 'Định mức' },
      { id: 'b', outcome: 'refused', reason: 'Trùng nhiệm vụ' },
    ]);
    expect(appraisalProblems(lines, [{ outcome: 'reduced', approved: 60_000_000, reason: 'x' }])[0]).toMatch(
      /nhỏ hơn số dự toán/,
    );
  });
});

describe('spending and the screen’s views', () => {
  it('offers only the lines with money left', () => {
    const lines = [
      line({ id: 'a', allocated: 30_000_000, spent: 12_000_000 }),
      line({ id: 'b', allocated: 0 }),
      line({ id: 'c', allocated: 5_000_000, spent: 5_000_000 }),
    ];
    expect(spendableLines({ lines }).map((l) => l.id)).toEqual(['a']);
    expect(lineRemaining(lines[0] as BudgetLine)).toBe(18_000_000);
  });

  it('opens finance on what it appraises, a department on what it consolidates, a commune on its own', () => {
    expect(defaultView({ name: 'Sở Tài chính', kind: 'department' })).toBe('appraise');
    expect(viewsFor({ name: 'Sở Tài chính', kind: 'department' })).not.toContain('consolidate');
    expect(defaultView({ name: 'Sở Khoa học và Công nghệ', kind: 'department' })).toBe('consolidate');
    expect(viewsFor({ name: 'Sở Khoa học và Công nghệ', kind: 'department' })).not.toContain('appraise');
    expect(defaultView({ name: 'Tỉnh Tuyên Quang', kind: 'province' })).toBe('consolidate');
    expect(defaultView({ name: 'Xã Hòa An', kind: 'commune' })).toBe('mine');
  });
});
