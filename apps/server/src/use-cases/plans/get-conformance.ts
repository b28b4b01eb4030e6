import { type ConformancePlan, comparePlans } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { conformanceInputs } from './conformance-inputs.ts';
import { loadVisiblePlan } from './load-plan.ts';

/**
 * A plan beside the plan it is based on: the parent's targets it lacks, sets lower or higher, and
 * the parent's tasks with no counterpart. Null when the plan has no (readable) parent.
 */
export async function getConformance(ctx: Context, planId: string) {
  const plan = await loadVisiblePlan(ctx, planId);
  const parent = plan.parent_plan_id
    ? await loadVisiblePlan(ctx, plan.parent_plan_id).catch(() => null)
    : null;
  if (!parent)
    return { plan: { id: plan.id, number: plan.number, title: plan.title }, parent: null, comparison: null };
  const inputs = await conformanceInputs(ctx, [parent.id, plan.id]);
  return {
    plan: { id: plan.id, number: plan.number, title: plan.title },
    parent: {
      id: parent.id,
      number: parent.number,
      title: parent.title,
      body: { id: parent.body_id, name: parent.body_name },
    },
    comparison: comparePlans(
      inputs.get(parent.id) as ConformancePlan,
      inputs.get(plan.id) as ConformancePlan,
    ),
  };
}
