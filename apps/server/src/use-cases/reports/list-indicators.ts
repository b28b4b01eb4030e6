import { can, proposeIndicatorBinding } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { loadPlanIndicators } from './plan-reporting.ts';

/**
 * A plan's indicators with their yearly targets; computed ones say so. A reported indicator whose
 * target the training and briefing records can measure carries that proposal, for the coordinator
 * to confirm (`bindIndicator`).
 */
export async function listIndicators(ctx: Context, planId: string) {
  const plan = await loadVisiblePlan(ctx, planId);
  const indicators = await loadPlanIndicators(ctx.db, plan.id);
  return {
    canEdit: can(ctx.actor, 'managePlans', plan.body_path),
    items: indicators.map((i) => ({
      id: i.id,
      name: i.name,
      numeratorLabel: i.numerator_label,
      denominatorLabel: i.denominator_label,
      unit: i.unit,
      measure: i.measure,
      source: i.source,
      computedKind: i.computed_kind,
      computedAudience: i.computed_audience,
      proposedBinding: i.source === 'reported' ? proposeIndicatorBinding(i.target_text ?? i.name) : null,
      targetText: i.target_text,
      reportedBy: i.reported_by,
      version: i.version,
      targets: i.targets,
    })),
  };
}
