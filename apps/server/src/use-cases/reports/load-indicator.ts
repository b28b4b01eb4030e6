import type { Database } from '@lantoa/db';
import { can, type IndicatorMeasure } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { yearTarget } from './plan-reporting.ts';

/** An indicator as the roll-up and the series name it: what it is and how its figures read. */
export const indicatorRef = (indicator: {
  id: string;
  name: string;
  unit: string;
  measure: IndicatorMeasure;
  source: 'reported' | 'computed';
}) => ({
  id: indicator.id,
  name: indicator.name,
  unit: indicator.unit,
  measure: indicator.measure,
  source: indicator.source,
});

/** An indicator of a plan the actor may read, with its plan and yearly targets; 404 otherwise. */
export async function loadIndicator(ctx: Context, id: string) {
  const indicator = await ctx.db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  if (!indicator) throw notFound('chỉ tiêu');
  const plan = await loadVisiblePlan(ctx, indicator.plan_id);
  const targets = (
    await ctx.db.selectFrom('indicator_targets').selectAll().where('indicator_id', '=', id).execute()
  ).map(yearTarget);
  return { indicator, plan, targets };
}

/** An indicator the actor may edit (a coordinator of its plan's body), with its plan; 404 otherwise. */
export async function loadEditableIndicator(ctx: Context, id: string) {
  const indicator = await ctx.db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  if (!indicator) throw notFound('chỉ tiêu');
  const plan = await loadVisiblePlan(ctx, indicator.plan_id);
  if (!can(ctx.actor, 'managePlans', plan.body_path)) throw notFound('chỉ tiêu');
  return { indicator, plan };
}

/** Whether any body has reported a value of the indicator (its measure is then fixed). */
export async function hasReportedValues(db: Kysely<Database>, indicatorId: string): Promise<boolean> {
  const reported = await db
    .selectFrom('indicator_values')
    .select('indicator_id')
    .where('indicator_id', '=', indicatorId)
    .limit(1)
    .executeTakeFirst();
  return reported !== undefined;
}
