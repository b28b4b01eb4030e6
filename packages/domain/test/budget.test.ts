import { describe, expect, it } from 'vitest';
import { standardProvincialBodies } from '../src/bodies/body-catalogue.ts';
import {
  allocationProblem,
  appraiseLine,
  BUDGET_STEPS,
  type BudgetRole,
  budgetRolesOf,
  budgetStatusAfter,
  budgetStepAllowed,
  budgetStepIsFor,
  budgetStepRefusal,
  budgetSteps,
  ESTIMATE_STATUSES,
  FINANCE_DEPARTMENT,
  FUNDING_SOURCE_NAMES,
  FUNDING_SOURCES,
  formatDong,
  isBudgetAmount,
  isFinanceDepartment,
  MAX_BUDGET_AMOUNT,
  MAX_BUDGET_LINES,
  MAX_ESTIMATE_TOTAL,
  remainingOf,
  spendingProblem,
  sumBudget,
} from '../src/budget/budget.ts';

const as = (...roles: BudgetRole[]) => new Set(roles);

describe('the estimate’s way', () => {
  it('goes body → consolidating department → finance → allocation → spending', () => {
    expect(budgetStepAllowed('submit', 'draft', as('body'))).toBe(true);
    expect(budgetStatusAfter('submit')).toBe('submitted');
    expect(budgetStepAllowed('consolidate', 'submitted', as('consolidator'))).toBe(true);
    expect(budgetStatusAfter('consolidate')).toBe('consolidated');
    expect(budgetStepAllowed('appraise', 'consolidated', as('finance'))).toBe(true);
    expect(budgetStatusAfter('appraise')).toBe('appraised');
    expect(budgetStepAllowed('allocate', 'appraised', as('consolidator'))).toBe(true);
    expect(budgetStatusAfter('allocate')).toBe('allocated');
    expect(budgetStepAllowed('spend', 'allocated', as('body'))).toBe(true);
  });

  it('lets each role take only its own steps', () => {
    expect(budgetStepAllowed('appraise', 'consolidated', as('consolidator'))).toBe(false);
    expect(budgetStepAllowed('appraise', 'consolidated', as('body'))).toBe(false);
    expect(budgetStepAllowed('consolidate', 'submitted', as('finance'))).toBe(false);
    expect(budgetStepAllowed('consolidate', 'submitted', as('body'))).toBe(false);
    expect(budgetStepAllowed('allocate', 'appraised', as('finance'))).toBe(false);
    expect(budgetStepAllowed('spend', 'allocated', as('consolidator'))).toBe(false);
    expect(budgetStepIsFor('appraise', as('consolidator'))).toBe(false);
    expect(budgetStepIsFor('appraise', as('finance'))).toBe(true);
    expect(budgetStepIsFor('update', as())).toBe(false);
  });

  it('edits only a draft, and sends a returned estimate back to draft', () => {
    for (const status of ESTIMATE_STATUSES) {
      expect(budgetStepAllowed('update', status, as('body'))).toBe(status === 'draft');
    }
    expect(budgetStatusAfter('return')).toBe('draft');
    expect(budgetStepAllowed('return', 'submitted', as('consolidator'))).toBe(true);
    expect(budgetStepAllowed('return', 'consolidated', as('consolidator'))).toBe(true);
    // Finance returns what was consolidated, never what it has not received yet.
    expect(budgetStepAllowed('return', 'consolidated', as('finance'))).toBe(true);
    expect(budgetStepAllowed('return', 'submitted', as('finance'))).toBe(false);
    expect(budgetStepAllowed('return', 'appraised', as('consolidator', 'finance'))).toBe(false);
  });

  it('lists the buttons of a status for a role', () => {
    const steps = budgetSteps('consolidated', as('finance'));
    expect(Object.keys(steps)).toEqual([...BUDGET_STEPS]);
    expect(Object.entries(steps).filter(([, allowed]) => allowed)).toEqual([
      ['return', true],
      ['appraise', true],
    ]);
  });

  it('says in Vietnamese what to do when a step comes at the wrong time', () => {
    expect(budgetStepRefusal('update', 'submitted')).toMatch(/^Dự toán đã gửi đi .*trả lại/);
    expect(budgetStepRefusal('appraise', 'submitted')).toMatch(/chưa được tổng hợp/);
    expect(budgetStepRefusal('spend', 'appraised')).toMatch(/chưa được giao kinh phí/);
    for (const step of BUDGET_STEPS) {
      for (const status of ESTIMATE_STATUSES) {
        const text = budgetStepRefusal(step, status);
        expect(text).toBe(text.normalize('NFC'));
        expect(text).toMatch(/\.$/);
      }
    }
  });
});

describe('who acts on an estimate', () => {
  const person = {
    managesBody: true,
    managesIssuer: true,
    insideBody: false,
    administers: false,
    ofFinance: false,
  };
  it('makes the body’s own people its preparers', () => {
    expect([...budgetRolesOf({ ...person, insideBody: true })]).toEqual(['body']);
  });
  it('makes those above it on the issuer’s side its consolidators', () => {
    expect([...budgetRolesOf(person)]).toEqual(['consolidator']);
    expect([...budgetRolesOf({ ...person, managesIssuer: false })]).toEqual([]);
  });
  it('makes the finance department appraise, never consolidate', () => {
    expect([...budgetRolesOf({ ...person, ofFinance: true })]).toEqual(['finance']);
    // Its own estimate it prepares, and does not appraise.
    expect([...budgetRolesOf({ ...person, ofFinance: true, insideBody: true })]).toEqual(['body']);
  });
  it('lets an administrator over the body enter its estimate on its behalf', () => {
    expect([...budgetRolesOf({ ...person, administers: true })]).toEqual(['body', 'consolidator']);
  });
  it('gives nothing without the ability over the body', () => {
    expect(budgetRolesOf({ ...person, managesBody: false, insideBody: true }).size).toBe(0);
  });
  it('knows the finance department by the catalogue’s name, under its own province only', () => {
    const entry = standardProvincialBodies('Tỉnh Tuyên Quang').find((e) => e.key === 'so-tai-chinh');
    expect(entry?.name).toBe(FINANCE_DEPARTMENT);
    const finance = { name: FINANCE_DEPARTMENT, kind: 'department', parentId: 'p08' };
    expect(isFinanceDepartment(finance, 'p08')).toBe(true);
    expect(isFinanceDepartment(finance, 'p14')).toBe(false);
    expect(isFinanceDepartment({ ...finance, name: 'Sở Khoa học và Công nghệ' }, 'p08')).toBe(false);
    expect(isFinanceDepartment(finance, undefined)).toBe(false);
  });
});

describe('amounts', () => {
  it('prints đồng with Vietnamese separators', () => {
    expect(formatDong(1_234_567)).toBe('1.234.567 đ');
    expect(formatDong(0)).toBe('0 đ');
    expect(formatDong(MAX_BUDGET_AMOUNT)).toBe('10.000.000.000.000 đ');
  });

  it('bounds amounts so that a province’s sums stay exact', () => {
    expect(isBudgetAmount(1)).toBe(true);
    expect(isBudgetAmount(0, 1)).toBe(false);
    expect(isBudgetAmount(1.5)).toBe(false);
    expect(isBudgetAmount(MAX_BUDGET_AMOUNT + 1)).toBe(false);
    expect(MAX_BUDGET_AMOUNT * MAX_BUDGET_LINES).toBeGreaterThanOrEqual(MAX_ESTIMATE_TOTAL);
    // Ninety estimates at their largest still add up exactly.
    expect(Number.isSafeInteger(90 * MAX_ESTIMATE_TOTAL)).toBe(true);
  });

  it('sums rows and what is left of the allocation', () => {
    const total = sumBudget([
      { estimated: 10, approved: 8, allocated: 8, spent: 3 },
      { estimated: 5, approved: 0, allocated: 0, spent: 0 },
    ]);
    expect(total).toEqual({ estimated: 15, approved: 8, allocated: 8, spent: 3 });
    expect(remainingOf(total)).toBe(5);
  });

  it('names every funding source', () => {
    expect(FUNDING_SOURCES).toEqual([
      'central_budget',
      'provincial_budget',
      'commune_budget',
      'socialised',
      'other',
    ]);
    expect(FUNDING_SOURCE_NAMES.socialised).toBe('Xã hội hóa');
  });
});

describe('a line’s appraisal', () => {
  it('approves as estimated', () => {
    expect(appraiseLine(50_000_000, { outcome: 'approved', reason: '' })).toEqual({
      approved: 50_000_000,
      reason: '',
    });
    expect(appraiseLine(50_000_000, { outcome: 'approved', approved: 40_000_000, reason: '' })).toMatchObject(
      {
        field: 'approved',
      },
    );
  });

  it('reduces with a reason to less than the estimate and more than nothing', () => {
    expect(
      appraiseLine(50_000_000, { outcome: 'reduced', approved: 35_000_000, reason: ' Định mức ' }),
    ).toEqual({
      approved: 35_000_000,
      reason: 'Định mức',
    });
    expect(
      appraiseLine(50_000_000, { outcome: 'reduced', approved: 35_000_000, reason: '  ' }),
    ).toMatchObject({
      field: 'reason',
      message: expect.stringMatching(/lý do cắt giảm/),
    });
    expect(appraiseLine(50_000_000, { outcome: 'reduced', approved: 50_000_000, reason: 'x' })).toMatchObject(
      {
        field: 'approved',
      },
    );
    expect(appraiseLine(50_000_000, { outcome: 'reduced', reason: 'x' })).toMatchObject({
      field: 'approved',
    });
    expect(appraiseLine(50_000_000, { outcome: 'reduced', approved: 0, reason: 'x' })).toMatchObject({
      message: expect.stringMatching(/Không chấp thuận/),
    });
  });

  it('refuses with a reason, at nothing', () => {
    expect(appraiseLine(50_000_000, { outcome: 'refused', reason: 'Trùng nhiệm vụ' })).toEqual({
      approved: 0,
      reason: 'Trùng nhiệm vụ',
    });
    expect(appraiseLine(50_000_000, { outcome: 'refused', reason: '' })).toMatchObject({ field: 'reason' });
  });
});

describe('allocation and spending', () => {
  it('allocates at most what was approved', () => {
    expect(allocationProblem(30, 30)).toBeNull();
    expect(allocationProblem(30, 0)).toBeNull();
    expect(allocationProblem(30, 31)?.message).toMatch(/không được vượt số Sở Tài chính thẩm định \(30 đ\)/);
  });

  it('spends at most what is left of the allocation, saying how much is left', () => {
    expect(spendingProblem({ allocated: 1_000_000, spent: 400_000 }, 600_000)).toBeNull();
    const refused = spendingProblem({ allocated: 1_000_000, spent: 400_000 }, 600_001);
    expect(refused?.field).toBe('amount');
    expect(refused?.message).toContain('được giao 1.000.000 đ, đã chi 400.000 đ, còn lại 600.000 đ');
  });
});
