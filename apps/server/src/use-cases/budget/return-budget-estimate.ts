import type { Context } from '../../http/context.ts';
import { loadEstimateForStep } from './estimate-access.ts';
import { reloadBudgetEstimate } from './get-budget-estimate.ts';
import { moveEstimate } from './move-estimate.ts';

/**
 * The consolidating department (before or after consolidating) or the finance department (once
 * consolidated) sends the estimate back to the body's draft with the reason, which the body sees
 * until it submits again.
 */
export async function returnBudgetEstimate(
  ctx: Context,
  id: string,
  input: { reason: string; version: number },
) {
  const { row } = await loadEstimateForStep(ctx, id, 'return');
  await moveEstimate(ctx.db, ctx, row, {
    step: 'return',
    version: input.version,
    set: { return_reason: input.reason, consolidated_at: null, consolidated_by: null },
    detail: { reason: input.reason, from: row.status },
  });
  return reloadBudgetEstimate(ctx, id);
}
