import type { Database } from '@lantoa/db';
import type { FundingSource } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/** One body's money for one task (or none) from one source in one year. */
export interface BudgetTotalsRow {
  bodyId: string;
  bodyName: string;
  planId: string;
  taskId: string | null;
  /** The task's reference in its plan ("II.3"), with its title; null for a line of no task. */
  taskRef: string | null;
  taskTitle: string | null;
  /** The task's place in its plan, to list tasks in the plan's order. */
  taskPosition: number | null;
  year: number;
  source: FundingSource;
  /** Estimated by the body, over all its estimates' lines (whole đồng). */
  estimated: number;
  /** Approved by the finance department (lines not yet appraised count 0). */
  approved: number;
  allocated: number;
  spent: number;
}

/**
 * The budget of the bodies under `path` (a materialised path, the caller's scope already checked),
 * optionally for one plan and a span of years, summed per body, task, year and source. Estimates
 * still in draft are left out: only what a body sent counts. The one read every table of money uses
 * (the budget's consolidated tables, the consolidated report and the yearly review).
 */
export async function budgetTotals(
  db: Kysely<Database>,
  q: {
    path: string;
    planId?: string | undefined;
    yearFrom?: number | undefined;
    yearTo?: number | undefined;
  },
): Promise<BudgetTotalsRow[]> {
  let query = db
    .selectFrom('budget_lines as line')
    .innerJoin('budget_estimates as estimate', 'estimate.id', 'line.estimate_id')
    .innerJoin('bodies as body', 'body.id', 'estimate.body_id')
    .leftJoin('tasks as task', 'task.id', 'line.task_id')
    // Each line's spending summed once, beside it: a join of the payments themselves would count
    // the line's other figures once per payment.
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('budget_spending')
          .select(['line_id', (inner) => inner.fn.sum<number>('amount').as('spent')])
          .groupBy('line_id')
          .as('paid'),
      (join) => join.onRef('paid.line_id', '=', 'line.id'),
    )
    .where('body.path', 'like', `${q.path}%`)
    .where('estimate.status', '<>', 'draft');
  if (q.planId) query = query.where('estimate.plan_id', '=', q.planId);
  if (q.yearFrom !== undefined) query = query.where('estimate.year', '>=', q.yearFrom);
  if (q.yearTo !== undefined) query = query.where('estimate.year', '<=', q.yearTo);
  const rows = await query
    .select((eb) => [
      'estimate.body_id as bodyId',
      'body.name as bodyName',
      'estimate.plan_id as planId',
      'line.task_id as taskId',
      'task.ref as taskRef',
      'task.title as taskTitle',
      'task.position as taskPosition',
      'estimate.year as year',
      'line.source as source',
      eb.fn.sum<number>('line.estimated').as('estimated'),
      eb.fn.sum<number>(eb.fn.coalesce('line.approved', eb.lit(0))).as('approved'),
      eb.fn.sum<number>(eb.fn.coalesce('line.allocated', eb.lit(0))).as('allocated'),
      eb.fn.sum<number>(eb.fn.coalesce('paid.spent', eb.lit(0))).as('spent'),
    ])
    .groupBy([
      'estimate.body_id',
      'body.name',
      'estimate.plan_id',
      'line.task_id',
      'task.ref',
      'task.title',
      'task.position',
      'estimate.year',
      'line.source',
    ])
    .orderBy('body.name')
    .orderBy('estimate.year')
    .execute();
  return rows.map((row) => ({
    ...row,
    estimated: Number(row.estimated),
    approved: Number(row.approved),
    allocated: Number(row.allocated),
    spent: Number(row.spent),
  }));
}
