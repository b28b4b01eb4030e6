import { type ConformancePlan, comparePlans } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentTarget } from '../../presenters/present.ts';
import { loadVisiblePlan } from './load-plan.ts';

async function conformanceInput(ctx: Context, planId: string): Promise<ConformancePlan> {
  const [targets, tasks] = await Promise.all([
    ctx.db.selectFrom('targets').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    ctx.db
      .selectFrom('tasks')
      .select(['id', 'ref', 'title', 'parent_task_id as parentId'])
      .where('plan_id', '=', planId)
      .where('removed_in_version', 'is', null)
      .orderBy('position')
      .execute(),
  ]);
  return {
    targets: targets.map(presentTarget),
    tasks,
  };
}

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
  const [parentInput, childInput] = await Promise.all([
    conformanceInput(ctx, parent.id),
    conformanceInput(ctx, plan.id),
  ]);
  return {
    plan: { id: plan.id, number: plan.number, title: plan.title },
    parent: {
      id: parent.id,
      number: parent.number,
      title: parent.title,
      body: { id: parent.body_id, name: parent.body_name },
    },
    comparison: comparePlans(parentInput, childInput),
  };
}
