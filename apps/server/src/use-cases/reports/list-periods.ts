import type { Context } from '../../http/context.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';

/** A plan's reporting periods, by due date. */
export async function listPeriods(ctx: Context, planId: string) {
  const plan = await loadVisiblePlan(ctx, planId);
  const rows = await ctx.db
    .selectFrom('reporting_periods')
    .selectAll()
    .where('plan_id', '=', plan.id)
    .orderBy('due_on')
    .execute();
  return {
    items: rows.map((p) => ({
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
