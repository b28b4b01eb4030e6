// The estimate's way, in one place: the server enforces it, the web shows the buttons it allows.
// The body prepares its estimate (draft) and submits it; the department that consolidates for the
// plan's issuer (the S&T or culture department) consolidates it or returns it; the finance department
// appraises every line or returns it; the issuer's side records the allocation decided by the
// people's committee; the body then records its spending against the lines. A return sends the
// estimate back to draft with its reason.

import type { EstimateStatus } from './budget.ts';

/** What people do to an estimate, each audited as `budget.<step>` (creation is `budget.create`). */
export const BUDGET_STEPS = [
  'update',
  'submit',
  'consolidate',
  'return',
  'appraise',
  'allocate',
  'spend',
] as const;
export type BudgetStep = (typeof BUDGET_STEPS)[number];

/**
 * Who acts on an estimate: its body's people (`body`); the consolidating department, on the plan
 * issuer's side above the body (`consolidator`); the province's finance department (`finance`).
 */
export type BudgetRole = 'body' | 'consolidator' | 'finance';

/** The statuses each role may take a step from, and where the step leads. */
const STEP_RULES: Record<
  BudgetStep,
  { to: EstimateStatus; from: Partial<Record<BudgetRole, readonly EstimateStatus[]>> }
> = {
  update: { to: 'draft', from: { body: ['draft'] } },
  submit: { to: 'submitted', from: { body: ['draft'] } },
  consolidate: { to: 'consolidated', from: { consolidator: ['submitted'] } },
  // The consolidating department may take back what it consolidated until finance has appraised it.
  return: { to: 'draft', from: { consolidator: ['submitted', 'consolidated'], finance: ['consolidated'] } },
  appraise: { to: 'appraised', from: { finance: ['consolidated'] } },
  allocate: { to: 'allocated', from: { consolidator: ['appraised'] } },
  spend: { to: 'allocated', from: { body: ['allocated'] } },
};

/** The status an estimate has after `step`. */
export const budgetStatusAfter = (step: BudgetStep): EstimateStatus => STEP_RULES[step].to;

/** Whether any of `roles` may ever take `step` (else the estimate is not theirs to act on: 404). */
export const budgetStepIsFor = (step: BudgetStep, roles: ReadonlySet<BudgetRole>): boolean =>
  [...roles].some((role) => STEP_RULES[step].from[role] !== undefined);

/** Whether one of `roles` may take `step` from `status` now. */
export const budgetStepAllowed = (
  step: BudgetStep,
  status: EstimateStatus,
  roles: ReadonlySet<BudgetRole>,
): boolean => [...roles].some((role) => STEP_RULES[step].from[role]?.includes(status) ?? false);

/** Every step and whether the holder of `roles` may take it now: the buttons an estimate's page shows. */
export function budgetSteps(
  status: EstimateStatus,
  roles: ReadonlySet<BudgetRole>,
): Record<BudgetStep, boolean> {
  return Object.fromEntries(
    BUDGET_STEPS.map((step) => [step, budgetStepAllowed(step, status, roles)]),
  ) as Record<BudgetStep, boolean>;
}

/**
 * Why `step` cannot be taken from `status`, and what to do instead (the 409's message). Only asked
 * when the actor's role may take the step from some status.
 */
export function budgetStepRefusal(step: BudgetStep, status: EstimateStatus): string {
  const reload = 'Hãy tải lại trang để xem trạng thái mới.';
  switch (step) {
    case 'update':
      return status === 'draft'
        ? reload
        : 'Dự toán đã gửi đi nên không sửa được nữa. Nếu cần sửa, hãy đề nghị đơn vị tổng hợp trả lại dự toán.';
    case 'submit':
      return `Dự toán đã được gửi đi. ${reload}`;
    case 'consolidate':
      return status === 'draft'
        ? 'Dự toán chưa được đơn vị gửi. Hãy chờ đơn vị gửi dự toán rồi tổng hợp.'
        : `Dự toán đã được tổng hợp. ${reload}`;
    case 'return':
      if (status === 'draft') return `Dự toán đã được trả lại cho đơn vị. ${reload}`;
      if (status === 'submitted') return 'Dự toán chưa được tổng hợp gửi Sở Tài chính nên chưa trả lại được.';
      return 'Dự toán đã được Sở Tài chính thẩm định nên không trả lại được nữa.';
    case 'appraise':
      return status === 'draft' || status === 'submitted'
        ? 'Dự toán chưa được tổng hợp. Sở Tài chính thẩm định dự toán sau khi đơn vị tổng hợp gửi lên.'
        : `Dự toán đã được thẩm định. ${reload}`;
    case 'allocate':
      return status === 'allocated'
        ? `Dự toán đã được ghi giao kinh phí. ${reload}`
        : 'Chỉ ghi giao kinh phí cho dự toán đã được Sở Tài chính thẩm định. Hãy chờ kết quả thẩm định.';
    case 'spend':
      return 'Chưa ghi chi được: dự toán chưa được giao kinh phí. Hãy chờ quyết định giao dự toán của Ủy ban nhân dân rồi ghi chi.';
  }
}

/**
 * The roles of one person at one estimate. `managesBody`: manageBudget over the estimate's body;
 * `managesIssuer`: manageBudget over the plan's issuer; `insideBody`: the person belongs to the
 * estimate's body (or a body under it); `administers`: an administrator over the body, who enters
 * its figures on its behalf as reports are entered for communes without accounts; `ofFinance`: the
 * person belongs to the finance department of the body's province. The body's own people prepare;
 * those above it on the issuer's side consolidate and record the allocation; the finance department
 * appraises, and never consolidates what it appraises (nor appraises its own estimate).
 */
export function budgetRolesOf(person: {
  managesBody: boolean;
  managesIssuer: boolean;
  insideBody: boolean;
  administers: boolean;
  ofFinance: boolean;
}): Set<BudgetRole> {
  const roles = new Set<BudgetRole>();
  if (!person.managesBody) return roles;
  if (person.insideBody || person.administers) roles.add('body');
  if (person.insideBody) return roles;
  if (person.ofFinance) roles.add('finance');
  else if (person.managesIssuer) roles.add('consolidator');
  return roles;
}

/** The province's finance department, as the body catalogue names it (Sở Tài chính appraises budgets). */
export const FINANCE_DEPARTMENT = 'Sở Tài chính';

/** Whether a body is the finance department of the province `provinceId`. */
export const isFinanceDepartment = (
  body: { name: string; kind: string; parentId: string | null },
  provinceId: string | undefined,
): boolean =>
  provinceId !== undefined &&
  body.parentId === provinceId &&
  body.kind === 'department' &&
  body.name === FINANCE_DEPARTMENT;
