import { type RollUpRow, rollUpWithChildren } from '@lantoa/db';
import {
  type IndicatorMeasure,
  measuredValue,
  progressAgainstTarget,
  standingAgainstTargets,
  targetForYear,
  type ValueBasis,
} from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadReadableBody } from '../bodies/get-body.ts';
import { indicatorBodyIdOf } from './get-series.ts';
import { computedValuesByChild, indicatorValueAt } from './indicator-values.ts';
import { indicatorRef, loadIndicator } from './load-indicator.ts';

/**
 * An indicator at a body (default: indicatorBodyIdOf) for a period, live from current values: the
 * body's Σ numerators / Σ denominators (a count: Σ counts), its progress against the target of the
 * year, and the same for each of its children (the map and the "by body" chart). A computed
 * indicator of a closed period is read as it stood at its close, at each body (`indicatorValueAt`,
 * `asOf`). `basis`: accepted reports only, or submitted ones too (provisional, counted apart). A
 * later year's target is judged against the yearly path to it (`standingAgainstTargets`).
 */
export async function getRollUp(
  ctx: Context,
  id: string,
  q: { periodId: string; bodyId?: string | undefined; basis: ValueBasis },
) {
  const { indicator, plan, targets } = await loadIndicator(ctx, id);
  const period = await ctx.db
    .selectFrom('reporting_periods')
    .selectAll()
    .where('id', '=', q.periodId)
    .where('plan_id', '=', plan.id)
    .executeTakeFirst();
  if (!period) throw notFound('kỳ báo cáo');
  const body = await loadReadableBody(ctx, q.bodyId ?? indicatorBodyIdOf(ctx, plan));
  const year = Number(period.due_on.slice(0, 4));
  const target = targetForYear(targets, year);
  const standing = (value: number | null) => standingAgainstTargets(value, targets, year, plan.start_year);
  const childrenOf = () =>
    ctx.db
      .selectFrom('bodies')
      .select(['id', 'name', 'kind', 'code', 'path'])
      .where('parent_id', '=', body.id)
      .orderBy('name')
      .execute();
  let children: Awaited<ReturnType<typeof childrenOf>>;
  let at: Awaited<ReturnType<typeof indicatorValueAt>>;
  let byChild: Map<
    string,
    { numerator: number; denominator: number | null; reporting: number | null; provisional: number | null }
  >;
  if (indicator.source === 'computed') {
    at = await indicatorValueAt(ctx, indicator, period, body.path, q.basis);
    children = await childrenOf();
    byChild = await computedValuesByChild(ctx, indicator, period, body, children, q.basis);
  } else {
    // The total and every child's sums from one scan of the subtree's values.
    const [named, sums] = await Promise.all([
      childrenOf(),
      rollUpWithChildren(ctx.db, {
        indicatorId: id,
        periodId: period.id,
        parent: body,
        basis: q.basis,
        reportedBy: indicator.reported_by,
      }),
    ]);
    children = named;
    at = reportedValue(indicator.measure, sums.total);
    byChild = sums.byChild;
  }
  return {
    indicator: indicatorRef(indicator),
    period: { id: period.id, label: period.label },
    body: { id: body.id, name: body.name, kind: body.kind },
    basis: q.basis,
    target,
    value: {
      ...at,
      progress: target ? { ...progressAgainstTarget(at.value, target), ...standing(at.value) } : null,
    },
    children: children
      .map((c) => {
        const sums = byChild.get(c.id);
        // A child with nothing to show: no report counted (a count), nothing to divide by (a ratio).
        const value = sums ? measuredValue(indicator.measure, sums) : null;
        if (!sums || value === null) return null;
        return {
          body: { id: c.id, name: c.name, kind: c.kind, code: c.code },
          numerator: sums.numerator,
          denominator: indicator.measure === 'count' ? null : sums.denominator,
          value,
          provisional: sums.provisional,
          standing: standing(value).standing,
        };
      })
      .filter((c) => c !== null),
  };
}

/** A reported indicator's sums as a value, as indicatorValueAt reads them: a count has no denominator. */
function reportedValue(measure: IndicatorMeasure, sums: RollUpRow) {
  return {
    ...sums,
    denominator: measure === 'count' ? null : sums.denominator,
    value: measuredValue(measure, sums),
    asOf: null,
  };
}
