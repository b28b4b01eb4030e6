import { rollUpByChild } from '@lantoa/db';
import { percent, progressAgainstTarget, targetForYear } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadReadableBody } from '../bodies/get-body.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { indicatorValueAt } from './indicator-values.ts';

async function loadIndicator(ctx: Context, id: string) {
  const indicator = await ctx.db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  if (!indicator) throw notFound('chỉ tiêu');
  const plan = await loadVisiblePlan(ctx, indicator.plan_id);
  const targets = (
    await ctx.db.selectFrom('indicator_targets').selectAll().where('indicator_id', '=', id).execute()
  ).map((t) => ({ year: t.year, comparator: t.comparator, value: Number(t.value) }));
  return { indicator, plan, targets };
}

/**
 * An indicator at a body (default: the plan's issuer) for a period, live from current values: the
 * body's Σ numerators / Σ denominators, its progress against the target of the year, and the same
 * for each of its children (the map and the "by body" chart). A computed indicator of a closed
 * period is read as it stood at its close, at each body (`indicatorValueAt`, `asOf`).
 */
export async function getRollUp(
  ctx: Context,
  id: string,
  q: { periodId: string; bodyId?: string | undefined },
) {
  const { indicator, plan, targets } = await loadIndicator(ctx, id);
  const period = await ctx.db
    .selectFrom('reporting_periods')
    .selectAll()
    .where('id', '=', q.periodId)
    .where('plan_id', '=', plan.id)
    .executeTakeFirst();
  if (!period) throw notFound('kỳ báo cáo');
  const body = await loadReadableBody(ctx, q.bodyId ?? plan.body_id);
  const target = targetForYear(targets, Number(period.due_on.slice(0, 4)));
  const at = await indicatorValueAt(ctx, indicator, period, body.path);
  const children = await ctx.db
    .selectFrom('bodies')
    .select(['id', 'name', 'kind', 'code', 'path'])
    .where('parent_id', '=', body.id)
    .orderBy('name')
    .execute();
  let byChild: Map<string, { numerator: number; denominator: number; reporting: number | null }>;
  if (indicator.source === 'computed') {
    byChild = new Map();
    for (const c of children)
      byChild.set(c.id, { ...(await indicatorValueAt(ctx, indicator, period, c.path)) });
  } else {
    byChild = await rollUpByChild(ctx.db, { indicatorId: id, periodId: period.id, parent: body });
  }
  return {
    indicator: { id: indicator.id, name: indicator.name, unit: indicator.unit, source: indicator.source },
    period: { id: period.id, label: period.label },
    body: { id: body.id, name: body.name, kind: body.kind },
    target,
    value: { ...at, progress: target ? progressAgainstTarget(at.value, target) : null },
    children: children
      .map((c) => {
        const sums = byChild.get(c.id);
        if (!sums || sums.denominator === 0) return null;
        const value = percent(sums.numerator, sums.denominator);
        return {
          body: { id: c.id, name: c.name, kind: c.kind, code: c.code },
          numerator: sums.numerator,
          denominator: sums.denominator,
          value,
          met: target ? progressAgainstTarget(value, target).met : null,
        };
      })
      .filter((c) => c !== null),
  };
}

/** An indicator at a body over every period of the plan, against each period's target. */
export async function getSeries(ctx: Context, id: string, q: { bodyId?: string | undefined }) {
  const { indicator, plan, targets } = await loadIndicator(ctx, id);
  const body = await loadReadableBody(ctx, q.bodyId ?? plan.body_id);
  const periods = await ctx.db
    .selectFrom('reporting_periods')
    .selectAll()
    .where('plan_id', '=', plan.id)
    .orderBy('due_on')
    .execute();
  return {
    indicator: { id: indicator.id, name: indicator.name, unit: indicator.unit, source: indicator.source },
    body: { id: body.id, name: body.name },
    points: await Promise.all(
      periods.map(async (p) => ({
        period: { id: p.id, key: p.key, label: p.label, dueOn: p.due_on },
        ...(await indicatorValueAt(ctx, indicator, p, body.path)),
        target: targetForYear(targets, Number(p.due_on.slice(0, 4))),
      })),
    ),
  };
}
