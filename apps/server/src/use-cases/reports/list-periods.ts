import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { reportingBodies } from './load-report.ts';
import { loadPlanPeriods } from './plan-reporting.ts';

/**
 * A plan's reporting periods, by due date, each with how many reports are still to come in from the
 * bodies the reader follows: the plan's assignees the reader may read (all of them for the province's
 * coordinators and leaders, its own commune for a focal point). A returned report is not in.
 */
export async function listPeriods(ctx: Context, planId: string) {
  const plan = await loadVisiblePlan(ctx, planId);
  const [periods, bodies, received] = await Promise.all([
    loadPlanPeriods(ctx.db, plan.id),
    reportingBodies(ctx, plan.id),
    ctx.db
      .selectFrom('reports as r')
      .innerJoin('reporting_periods as p', 'p.id', 'r.period_id')
      .select(['r.period_id', 'r.body_id'])
      .where('p.plan_id', '=', plan.id)
      .where('r.status', 'in', ['submitted', 'accepted'])
      .execute(),
  ]);
  const followed = new Set(bodies.filter((b) => can(ctx.actor, 'readBody', b.path)).map((b) => b.id));
  const inByPeriod = new Map<string, number>();
  for (const r of received) {
    if (followed.has(r.body_id)) inByPeriod.set(r.period_id, (inByPeriod.get(r.period_id) ?? 0) + 1);
  }
  return {
    items: periods.map((p) => ({
      id: p.id,
      key: p.key,
      label: p.label,
      kind: p.kind,
      dataFrom: p.data_from,
      dataTo: p.data_to,
      dueOn: p.due_on,
      outstanding: followed.size - (inByPeriod.get(p.id) ?? 0),
    })),
  };
}
