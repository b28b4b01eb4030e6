import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { budgetPlansOf } from './budget-plans.ts';
import { checkLineTasks, insertLines, type LineInput, linesAudit } from './estimate-lines.ts';
import { estimateAudit } from './estimate-row.ts';
import { reloadBudgetEstimate } from './get-budget-estimate.ts';
import { loadPreparedBody } from './load-budget-body.ts';

/** A body has one estimate per plan and year: the second is refused (409), as the unique key would. */
const estimateTaken = (year: number) =>
  new AppError(
    'conflict',
    `Đơn vị đã có dự toán kinh phí năm ${year} cho kế hoạch này. Hãy mở dự toán đó trong danh sách để sửa.`,
  );

/**
 * The body's people start its estimate for a plan (one that gives it work, or that it issued) and a
 * year of the plan, as a draft, with its first lines: each for a task of the plan given to the body
 * (or none), a funding source and an amount in đồng.
 */
export async function createBudgetEstimate(
  ctx: Context,
  bodyId: string,
  input: { planId: string; year: number; note: string; lines: LineInput[] },
) {
  const body = await loadPreparedBody(ctx, bodyId);
  const [plan] = await budgetPlansOf(ctx.db, body, input.planId);
  if (!plan) throw notFound('kế hoạch');
  if (input.year < plan.startYear || input.year > plan.endYear) {
    const span =
      plan.startYear === plan.endYear ? `năm ${plan.startYear}` : `${plan.startYear}–${plan.endYear}`;
    throw new AppError(
      'invalid_input',
      `Kế hoạch này thực hiện trong ${span}. Hãy chọn năm dự toán trong thời gian đó.`,
      'year',
    );
  }
  checkLineTasks(input.lines, plan.tasks);
  const created = await ctx.db.transaction().execute(async (trx) => {
    const row = await insertAudited(trx, {
      table: 'budget_estimates',
      values: {
        body_id: body.id,
        plan_id: plan.id,
        year: input.year,
        note: input.note,
        created_by: ctx.actor.userId,
        // The server's clock, not the database's: a test pins it.
        created_at: new Date(),
      },
      unique: { columns: ['body_id', 'plan_id', 'year'], taken: () => estimateTaken(input.year) },
      audit: (inserted) => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'budget.create',
        entityType: 'budget_estimate',
        after: { ...estimateAudit(inserted), lines: linesAudit(input.lines) },
      }),
    });
    await insertLines(trx, row.id, input.lines);
    return row;
  });
  return reloadBudgetEstimate(ctx, created.id);
}
