import { can, targetForYear, type ValueBasis } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { loadReadableBody } from '../bodies/get-body.ts';
import { indicatorValueAt } from './indicator-values.ts';
import { indicatorRef, loadIndicator } from './load-indicator.ts';
import { loadPlanPeriods } from './plan-reporting.ts';

/**
 * The body an indicator is shown at when none is asked for: the plan's issuer for whoever may read
 * it, else the actor's own body (a commune's staff see their commune in a provincial plan). The
 * body is still checked by loadReadableBody: this never widens what the actor may read.
 */
export function indicatorBodyIdOf(ctx: Context, plan: { body_id: string; body_path: string }): string {
  return can(ctx.actor, 'readBody', plan.body_path) ? plan.body_id : ctx.actor.bodyId;
}

/**
 * An indicator at a body over every period of the plan, against each period's target, on `basis`
 * (accepted reports only, or submitted ones too).
 */
export async function getSeries(
  ctx: Context,
  id: string,
  q: { bodyId?: string | undefined; basis: ValueBasis },
) {
  const { indicator, plan, targets } = await loadIndicator(ctx, id);
  const body = await loadReadableBody(ctx, q.bodyId ?? indicatorBodyIdOf(ctx, plan));
  const periods = await loadPlanPeriods(ctx.db, plan.id);
  return {
    indicator: indicatorRef(indicator),
    body: { id: body.id, name: body.name },
    points: await Promise.all(
      periods.map(async (p) => ({
        period: { id: p.id, key: p.key, label: p.label, dueOn: p.due_on },
        ...(await indicatorValueAt(ctx, indicator, p, body.path, q.basis)),
        target: targetForYear(targets, Number(p.due_on.slice(0, 4))),
      })),
    ),
  };
}
