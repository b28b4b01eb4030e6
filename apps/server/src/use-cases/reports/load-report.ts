import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';

/** A reporting period of a plan the actor may read. */
export async function loadPeriod(ctx: Context, periodId: string) {
  const period = await ctx.db
    .selectFrom('reporting_periods')
    .selectAll()
    .where('id', '=', periodId)
    .executeTakeFirst();
  if (!period) throw notFound('kỳ báo cáo');
  const plan = await loadVisiblePlan(ctx, period.plan_id);
  return { period, plan };
}

/** A period whose consolidated report the actor may write: a coordinator of the plan's body. */
export async function loadPeriodToConsolidate(ctx: Context, periodId: string) {
  const loaded = await loadPeriod(ctx, periodId);
  if (!can(ctx.actor, 'managePlans', loaded.plan.body_path)) throw notFound('kỳ báo cáo');
  return loaded;
}

/** Bodies expected to report on a plan: those its tasks are assigned to. */
export async function reportingBodies(ctx: Context, planId: string) {
  return ctx.db
    .selectFrom('assignments as a')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .innerJoin('bodies as b', 'b.id', 'a.body_id')
    .select(['b.id', 'b.name', 'b.kind', 'b.code', 'b.path'])
    .distinct()
    .where('t.plan_id', '=', planId)
    .where('a.removed_in_version', 'is', null)
    .where('t.removed_in_version', 'is', null)
    .orderBy('b.name')
    .execute();
}

/**
 * One body's report for a period, with what the actor may do: the body's focal points edit and
 * submit it, the plan's coordinators review it, readers of either see it. 404 otherwise, and for a
 * body the plan does not assign anything to.
 */
export async function loadReportContext(ctx: Context, periodId: string, bodyId: string) {
  const { period, plan } = await loadPeriod(ctx, periodId);
  const body = await unsafeFindBody(ctx.db, bodyId);
  if (!body) throw notFound('báo cáo');
  const abilities = {
    edit: can(ctx.actor, 'updateTasks', body.path),
    review: can(ctx.actor, 'managePlans', plan.body_path),
  };
  const readable = can(ctx.actor, 'readBody', body.path) || can(ctx.actor, 'readBody', plan.body_path);
  if (!readable) throw notFound('báo cáo');
  const expected = await ctx.db
    .selectFrom('assignments as a')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .select('a.id')
    .where('t.plan_id', '=', plan.id)
    .where('a.body_id', '=', body.id)
    .where('a.removed_in_version', 'is', null)
    .executeTakeFirst();
  if (!expected) throw notFound('báo cáo');
  const report = await ctx.db
    .selectFrom('reports')
    .selectAll()
    .where('period_id', '=', period.id)
    .where('body_id', '=', body.id)
    .executeTakeFirst();
  return { period, plan, body, report, abilities };
}
