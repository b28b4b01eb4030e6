import type { Context } from '../../http/context.ts';
import { loadEstimateForStep } from './estimate-access.ts';
import { reloadBudgetEstimate } from './get-budget-estimate.ts';
import { moveEstimate } from './move-estimate.ts';

/**
 * The consolidating department (on the plan issuer's side, above the body) takes the estimate into
 * the plan's budget and sends it on to the finance department for appraisal.
 */
export async function consolidateBudgetEstimate(ctx: Context, id: string, input: { version: number }) {
  const { row } = await loadEstimateForStep(ctx, id, 'consolidate');
  await moveEstimate(ctx.db, ctx, row, {
    step: 'consolidate',
    version: input.version,
    set: { consolidated_at: new Date(), consolidated_by: ctx.actor.userId },
  });
  return reloadBudgetEstimate(ctx, id);
}
