import { type BudgetRole, budgetSteps } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { actorBodyOf, budgetRolesAt, loadReadableEstimate } from './estimate-access.ts';
import { type EstimateRow, presentEstimateSummary, unsafeFindEstimate } from './estimate-row.ts';

/** The contract's `budgetEstimate`: the row, its lines with what was spent of each, its spending, the reader's steps. */
export async function budgetEstimateDetail(ctx: Context, row: EstimateRow, roles: ReadonlySet<BudgetRole>) {
  const deciders = [row.consolidated_by, row.appraised_by].filter((id): id is string => id !== null);
  const [lines, spending, people] = await Promise.all([
    ctx.db
      .selectFrom('budget_lines as line')
      .leftJoin('tasks as task', 'task.id', 'line.task_id')
      .selectAll('line')
      .select(['task.ref as task_ref', 'task.title as task_title'])
      .select((eb) =>
        eb
          .selectFrom('budget_spending as spending')
          .whereRef('spending.line_id', '=', 'line.id')
          .select((inner) => inner.fn.coalesce(inner.fn.sum<number>('spending.amount'), inner.lit(0)).as('n'))
          .as('spent'),
      )
      .where('line.estimate_id', '=', row.id)
      .orderBy('line.position')
      .orderBy('line.id')
      .execute(),
    ctx.db
      .selectFrom('budget_spending as spending')
      .innerJoin('budget_lines as line', 'line.id', 'spending.line_id')
      .leftJoin('users as recorder', 'recorder.id', 'spending.recorded_by')
      .selectAll('spending')
      .select('recorder.full_name as recorded_by_name')
      .where('line.estimate_id', '=', row.id)
      .orderBy('spending.spent_on', 'desc')
      .orderBy('spending.created_at', 'desc')
      .execute(),
    deciders.length
      ? ctx.db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', deciders).execute()
      : Promise.resolve([]),
  ]);
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.full_name ?? null;
  const mark = (at: Date | null, by: string | null) => (at ? { at: at.toISOString(), by: nameOf(by) } : null);
  return {
    ...presentEstimateSummary(row),
    note: row.note,
    lines: lines.map((line) => ({
      id: line.id,
      task:
        line.task_id && line.task_title !== null
          ? { id: line.task_id, ref: line.task_ref ?? '', title: line.task_title }
          : null,
      source: line.source,
      description: line.description,
      estimated: Number(line.estimated),
      appraisal: line.appraisal,
      approved: line.approved === null ? null : Number(line.approved),
      appraisalReason: line.appraisal_reason,
      allocated: line.allocated === null ? null : Number(line.allocated),
      spent: Number(line.spent ?? 0),
    })),
    spending: spending.map((payment) => ({
      id: payment.id,
      lineId: payment.line_id,
      spentOn: payment.spent_on,
      amount: Number(payment.amount),
      note: payment.note,
      recordedBy: payment.recorded_by_name ?? null,
      createdAt: payment.created_at.toISOString(),
    })),
    consolidated: mark(row.consolidated_at, row.consolidated_by),
    appraised: mark(row.appraised_at, row.appraised_by),
    allocated: mark(row.allocated_at, null),
    allocationDecision: row.allocation_decision,
    createdAt: row.created_at.toISOString(),
    roles: [...roles],
    steps: budgetSteps(row.status, roles),
  };
}

/** An estimate the reader sees, with its lines and spending (404 for one it does not). */
export async function getBudgetEstimate(ctx: Context, id: string) {
  const { row, roles } = await loadReadableEstimate(ctx, id);
  return budgetEstimateDetail(ctx, row, roles);
}

/** The estimate as it now stands, after a change the caller made. */
export async function reloadBudgetEstimate(ctx: Context, id: string) {
  const row = await unsafeFindEstimate(ctx.db, id);
  if (!row) throw new Error(`budget estimate ${id} vanished`);
  const roles = budgetRolesAt(ctx, await actorBodyOf(ctx), {
    bodyPath: row.body_path,
    issuerPath: row.issuer_path,
  });
  return budgetEstimateDetail(ctx, row, roles);
}
