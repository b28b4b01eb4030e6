import type { Context } from '../../http/context.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { loadPlanPeriods } from './plan-reporting.ts';

/** A plan's reporting periods, by due date. */
export async function listPeriods(ctx: Context, planId: string) {
  const plan = await loadVisiblePlan(ctx, planId);
  return {
    items: (await loadPlanPeriods(ctx.db, plan.id)).map((p) => ({
      id: p.id,
      key: p.key,
      label: p.label,
      kind: p.kind,
      dataFrom: p.data_from,
      dataTo: p.data_to,
      dueOn: p.due_on,
    })),
  };
}
