import { can, FUNDING_SOURCE_NAMES, FUNDING_SOURCES, remainingOf, sumBudget } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { type BudgetTotalsRow, budgetTotals } from './budget-totals.ts';

/** What a line of no task is called in the table by task. */
export const NO_TASK_NAME = 'Chi chung, không gắn với nhiệm vụ cụ thể';

const withRemaining = <T extends { allocated: number; spent: number }>(row: T) => ({
  ...row,
  remaining: remainingOf(row),
});

/** The rows of `totals` summed per key, named, in the order of `keys` (first seen when not given). */
function tableOf(
  totals: readonly BudgetTotalsRow[],
  keyOf: (row: BudgetTotalsRow) => string,
  nameOf: (row: BudgetTotalsRow) => string,
) {
  const groups = new Map<string, { name: string; rows: BudgetTotalsRow[] }>();
  for (const row of totals) {
    const key = keyOf(row);
    const group = groups.get(key) ?? { name: nameOf(row), rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups].map(([key, group]) =>
    withRemaining({ key, name: group.name, ...sumBudget(group.rows) }),
  );
}

/**
 * One plan's budget of a year as the finance department reads it: by funding source (every source,
 * in the law's order), by body and by task (in the plan's order, lines of no task last), with the
 * totals. Drafts are not counted. For those who hold manageBudget over the plan's issuer (the
 * consolidating department, the finance department); 404 for anyone else.
 */
export async function getBudgetTables(ctx: Context, q: { planId: string; year: number }) {
  const plan = await loadVisiblePlan(ctx, q.planId);
  if (!can(ctx.actor, 'manageBudget', plan.body_path)) throw notFound('kế hoạch');
  const totals = await budgetTotals(ctx.db, {
    path: plan.body_path,
    planId: plan.id,
    yearFrom: q.year,
    yearTo: q.year,
  });
  const bySource = FUNDING_SOURCES.map((source) =>
    withRemaining({
      key: source,
      name: FUNDING_SOURCE_NAMES[source],
      ...sumBudget(totals.filter((row) => row.source === source)),
    }),
  );
  const byBody = tableOf(
    [...totals].sort((a, b) => a.bodyName.localeCompare(b.bodyName, 'vi')),
    (row) => row.bodyId,
    (row) => row.bodyName,
  );
  const byTask = tableOf(
    [...totals].sort(
      (a, b) => (a.taskPosition ?? Number.MAX_SAFE_INTEGER) - (b.taskPosition ?? Number.MAX_SAFE_INTEGER),
    ),
    (row) => row.taskId ?? 'none',
    (row) =>
      row.taskTitle === null
        ? NO_TASK_NAME
        : row.taskRef
          ? `${row.taskRef}. ${row.taskTitle}`
          : row.taskTitle,
  );
  return {
    plan: {
      id: plan.id,
      number: plan.number,
      title: plan.title,
      issuedOn: plan.issued_on,
      issuer: { id: plan.body_id, name: plan.body_name, kind: plan.body_kind },
      /** Not answered (the schema has no such key): for the workbook's governing body. */
      issuerPath: plan.body_path,
    },
    year: q.year,
    estimates: new Set(totals.map((row) => row.bodyId)).size,
    bySource,
    byBody,
    byTask,
    total: withRemaining(sumBudget(totals)),
  };
}
