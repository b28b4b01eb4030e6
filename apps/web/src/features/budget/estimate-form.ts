// The budget screens' logic that needs no browser: amounts typed with Vietnamese separators, an
// estimate's lines between the form and the API, the finance department's appraisal and the
// allocation form's defaults, what a list opens on. Unit-tested in apps/web/test/budget-forms.test.ts.
import {
  type AppraisalOutcome,
  appraiseLine,
  FINANCE_DEPARTMENT,
  type FundingSource,
  remainingOf,
} from '@lantoa/domain/constants';
import type {
  AppraisalInput,
  BudgetEstimate,
  BudgetLine,
  BudgetPlanOption,
  BudgetView,
  LineInput,
} from './api.ts';

/** "1234567" → "1.234.567": how an amount field shows what is typed. */
export const groupDong = (value: string | number | undefined): string =>
  value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "1.234.567 đ" → "1234567": what an amount field keeps of what is typed (digits only). */
export const parseDong = (text: string | undefined): string => (text ?? '').replace(/\D/g, '');

/** The task select's value for a line of no task (a select cannot hold null). */
export const NO_TASK = 'none';

/** A line as the form holds it. */
export interface LineValues {
  taskId: string;
  source: FundingSource;
  description: string;
  estimated: number | null;
}

export const blankLine = (): LineValues => ({
  taskId: NO_TASK,
  source: 'commune_budget',
  description: '',
  estimated: null,
});

/** The lines of an estimate, as the form edits them. */
export const lineValuesOf = (lines: readonly BudgetLine[]): LineValues[] =>
  lines.map((line) => ({
    taskId: line.task?.id ?? NO_TASK,
    source: line.source,
    description: line.description,
    estimated: line.estimated,
  }));

/** The form's lines as the API takes them. */
export const lineInputsOf = (lines: readonly Partial<LineValues>[]): LineInput[] =>
  lines.map((line) => ({
    taskId: !line.taskId || line.taskId === NO_TASK ? null : line.taskId,
    source: line.source ?? 'other',
    description: (line.description ?? '').trim(),
    estimated: line.estimated ?? 0,
  }));

/** The sum of the lines typed so far (an empty amount counts nothing). */
export const linesTotal = (lines: readonly Partial<LineValues>[] | undefined): number =>
  (lines ?? []).reduce((sum, line) => sum + (line?.estimated ?? 0), 0);

/** The years of a plan a body may still start an estimate for (one per year). */
export function openYears(
  plan: Pick<BudgetPlanOption, 'startYear' | 'endYear' | 'estimatedYears'>,
): number[] {
  const years: number[] = [];
  for (let year = plan.startYear; year <= plan.endYear; year++) {
    if (!plan.estimatedYears.includes(year)) years.push(year);
  }
  return years;
}

/** The year proposed for a new estimate: this year if still open, else the first open one. */
export const proposedYear = (years: readonly number[], thisYear: number): number | undefined =>
  years.includes(thisYear) ? thisYear : years[0];

/** One line's appraisal as the finance department fills it in. */
export interface AppraisalValues {
  outcome: AppraisalOutcome;
  approved: number | null;
  reason: string;
}

/** Every line approved as estimated: where the appraisal starts. */
export const appraisalDefaults = (lines: readonly BudgetLine[]): AppraisalValues[] =>
  lines.map((line) => ({ outcome: 'approved', approved: line.estimated, reason: '' }));

/**
 * What is wrong with each line's appraisal (the domain's rule, as the server applies it): a message
 * per line, null where the line is fine.
 */
export const appraisalProblems = (
  lines: readonly BudgetLine[],
  values: readonly Partial<AppraisalValues>[],
): (string | null)[] =>
  lines.map((line, i) => {
    const value = values[i];
    const checked = appraiseLine(line.estimated, {
      outcome: value?.outcome ?? 'approved',
      approved: value?.outcome === 'reduced' ? (value.approved ?? null) : null,
      reason: value?.reason ?? '',
    });
    return 'message' in checked ? checked.message : null;
  });

/** The appraisal as the API takes it. */
export const appraisalInputOf = (
  lines: readonly BudgetLine[],
  values: readonly Partial<AppraisalValues>[],
  version: number,
): AppraisalInput => ({
  version,
  lines: lines.map((line, i) => {
    const value = values[i];
    const outcome = value?.outcome ?? 'approved';
    return {
      id: line.id,
      outcome,
      ...(outcome === 'reduced' ? { approved: value?.approved ?? null } : {}),
      reason: (value?.reason ?? '').trim(),
    };
  }),
});

/** What a line approved (0 until appraised), the allocation's default. */
export const approvedOf = (line: BudgetLine): number => line.approved ?? 0;

/** What is left to spend of a line's allocation. */
export const lineRemaining = (line: BudgetLine): number =>
  remainingOf({ allocated: line.allocated ?? 0, spent: line.spent });

/** The lines a payment may be recorded against: something allocated and left. */
export const spendableLines = (estimate: Pick<BudgetEstimate, 'lines'>): BudgetLine[] =>
  estimate.lines.filter((line) => lineRemaining(line) > 0);

/** Whether the signed-in person's body is a province's finance department (it appraises). */
export const isFinanceBody = (body: { name: string; kind: string }): boolean =>
  body.kind === 'department' && body.name === FINANCE_DEPARTMENT;

/**
 * The list a person's budget screen opens on: what finance appraises, what a department or a
 * province consolidates, else the body's own estimates.
 */
export function defaultView(body: { name: string; kind: string }): BudgetView {
  if (isFinanceBody(body)) return 'appraise';
  if (body.kind === 'department' || body.kind === 'province') return 'consolidate';
  return 'mine';
}

/** The views a person's budget screen offers: finance never consolidates, only finance appraises. */
export const viewsFor = (body: { name: string; kind: string }): BudgetView[] =>
  isFinanceBody(body) ? ['appraise', 'mine', 'all'] : ['mine', 'consolidate', 'all'];
