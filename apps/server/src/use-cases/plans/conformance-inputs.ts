import type { ConformancePlan } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentTarget } from '../../presenters/present.ts';
import { targetsOf, tasksInForce } from '../../rows/plan-content.ts';

/**
 * Targets and tasks in force of several plans, as comparePlans reads them, in two queries (a plan
 * and its parent, or the rows of a cascade's page or of a whole export, not one query per plan).
 */
export async function conformanceInputs(
  ctx: Context,
  planIds: string[],
): Promise<Map<string, ConformancePlan>> {
  const inputs = new Map<string, ConformancePlan>(planIds.map((id) => [id, { targets: [], tasks: [] }]));
  if (planIds.length === 0) return inputs;
  const [targets, tasks] = await Promise.all([
    targetsOf(ctx.db, planIds),
    tasksInForce(ctx.db, planIds).select(['id', 'plan_id', 'ref', 'title', 'parent_task_id']).execute(),
  ]);
  for (const t of targets) inputs.get(t.plan_id)?.targets.push(presentTarget(t));
  for (const t of tasks) {
    inputs.get(t.plan_id)?.tasks.push({ id: t.id, ref: t.ref, title: t.title, parentId: t.parent_task_id });
  }
  return inputs;
}
