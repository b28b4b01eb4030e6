import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';

/**
 * A plan whose yearly or final review the actor may draft and write: one it may read, issued by a body
 * it manages plans for (the issuer's coordinators). 404 otherwise, as for a plan that does not exist.
 */
export async function loadPlanToReview(ctx: Context, planId: string) {
  const plan = await loadVisiblePlan(ctx, planId);
  if (!can(ctx.actor, 'managePlans', plan.body_path)) throw notFound('kế hoạch');
  return plan;
}
