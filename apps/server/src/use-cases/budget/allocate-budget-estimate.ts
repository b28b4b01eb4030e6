import { allocationProblem } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadEstimateForStep } from './estimate-access.ts';
import { reloadBudgetEstimate } from './get-budget-estimate.ts';
import { moveEstimate } from './move-estimate.ts';

/**
 * The issuer's side records the people's committee's decision giving the money (its number) and what
 * each line got: what the finance department approved unless said otherwise, never more. From then
 * on the body records its spending against the lines.
 */
export async function allocateBudgetEstimate(
  ctx: Context,
  id: string,
  input: { decision: string; lines: { id: string; allocated: number }[]; version: number },
) {
  const { row } = await loadEstimateForStep(ctx, id, 'allocate');
  const lines = await ctx.db
    .selectFrom('budget_lines')
    .select(['id', 'description', 'approved'])
    .where('estimate_id', '=', id)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const unknown = input.lines.findIndex((line) => !lines.some((own) => own.id === line.id));
  if (unknown >= 0) {
    throw new AppError(
      'invalid_input',
      'Có dòng không thuộc dự toán này. Hãy tải lại trang rồi ghi lại.',
      `lines.${unknown}.id`,
    );
  }
  const allocations = lines.map((own, position) => {
    const approved = Number(own.approved ?? 0);
    const index = input.lines.findIndex((line) => line.id === own.id);
    const allocated = index >= 0 ? (input.lines[index]?.allocated ?? approved) : approved;
    const problem = allocationProblem(approved, allocated);
    if (problem) {
      throw new AppError(
        'invalid_input',
        `Dòng ${position + 1} («${own.description}»): ${problem.message}`,
        `lines.${index}.allocated`,
      );
    }
    return { id: own.id, allocated };
  });
  await ctx.db.transaction().execute(async (trx) => {
    await moveEstimate(trx, ctx, row, {
      step: 'allocate',
      version: input.version,
      set: { allocated_at: new Date(), allocation_decision: input.decision },
      detail: { decision: input.decision, lines: allocations },
    });
    for (const a of allocations) {
      await trx.updateTable('budget_lines').set({ allocated: a.allocated }).where('id', '=', a.id).execute();
    }
  });
  return reloadBudgetEstimate(ctx, id);
}
