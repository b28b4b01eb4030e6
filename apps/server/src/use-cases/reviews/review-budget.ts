import { type BudgetSums, FUNDING_SOURCE_NAMES, FUNDING_SOURCES, sumBudget } from '@lantoa/domain';
import { formatShare, formatWhole, type ReviewBudgetRow } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { budgetTotals } from '../budget/budget-totals.ts';

/** "dự toán 1.200.000.000 đồng; được phê duyệt … (90% dự toán); đã cấp …; đã sử dụng … (75% kinh phí đã cấp)". */
export const moneyLine = (m: BudgetSums) =>
  `dự toán ${formatWhole(m.estimated)} đồng; được phê duyệt ${formatWhole(m.approved)} đồng (${formatShare(m.approved, m.estimated)} dự toán); đã cấp ${formatWhole(m.allocated)} đồng; đã sử dụng ${formatWhole(m.spent)} đồng (${formatShare(m.spent, m.allocated)} kinh phí đã cấp)`;

/**
 * The plan's money over the years, from the estimates the bodies under the issuer sent (`budgetTotals`):
 * a row per funding source, in the order of the lists, and the totals of each year.
 */
export async function budgetOfYears(
  ctx: Context,
  plan: { id: string; body_path: string },
  years: readonly number[],
): Promise<{ rows: ReviewBudgetRow[]; byYear: Map<number, BudgetSums> }> {
  const totals = await budgetTotals(ctx.db, {
    path: plan.body_path,
    planId: plan.id,
    yearFrom: years[0],
    yearTo: years.at(-1),
  });
  const rows = FUNDING_SOURCES.filter((source) => totals.some((row) => row.source === source)).map(
    (source) => ({
      source: FUNDING_SOURCE_NAMES[source],
      ...sumBudget(totals.filter((row) => row.source === source)),
    }),
  );
  const byYear = new Map(
    [...new Set(totals.map((row) => row.year))]
      .sort((a, b) => a - b)
      .map((year) => [year, sumBudget(totals.filter((row) => row.year === year))]),
  );
  return { rows, byYear };
}
