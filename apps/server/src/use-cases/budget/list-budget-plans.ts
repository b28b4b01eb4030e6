import type { Context } from '../../http/context.ts';
import { budgetPlansOf } from './budget-plans.ts';
import { loadPreparedBody } from './load-budget-body.ts';

/** The plans the body may estimate for, with the tasks it was given and the years it has estimated. */
export async function listBudgetPlans(ctx: Context, bodyId: string) {
  const body = await loadPreparedBody(ctx, bodyId);
  const plans = await budgetPlansOf(ctx.db, body);
  return { items: plans.map(({ issuerPath: _issuerPath, ...plan }) => plan) };
}
