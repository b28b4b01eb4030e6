import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';

/** A plan's indicators with their yearly targets; computed ones say so. */
export async function listIndicators(ctx: Context, planId: string) {
  const plan = await loadVisiblePlan(ctx, planId);
  const [indicators, targets] = await Promise.all([
    ctx.db.selectFrom('indicators').selectAll().where('plan_id', '=', plan.id).orderBy('position').execute(),
    ctx.db
      .selectFrom('indicator_targets as t')
      .innerJoin('indicators as i', 'i.id', 't.indicator_id')
      .selectAll('t')
      .where('i.plan_id', '=', plan.id)
      .orderBy('t.year')
      .execute(),
  ]);
  return {
    canEdit: can(ctx.actor, 'managePlans', plan.body_path),
    items: indicators.map((i) => ({
      id: i.id,
      name: i.name,
      numeratorLabel: i.numerator_label,
      denominatorLabel: i.denominator_label,
      unit: i.unit,
      source: i.source,
      computedKind: i.computed_kind,
      targetText: i.target_text,
      version: i.version,
      targets: targets
        .filter((t) => t.indicator_id === i.id)
        .map((t) => ({ year: t.year, comparator: t.comparator, value: Number(t.value) })),
    })),
  };
}
