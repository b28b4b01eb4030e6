import { recordAudit } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { getConformance } from './get-conformance.ts';
import { loadVisiblePlan } from './load-plan.ts';

/** Links a plan to the plan it is based on by hand (or unlinks it with null); answers the comparison. */
export async function linkParentPlan(ctx: Context, planId: string, parentPlanId: string | null) {
  const plan = await loadVisiblePlan(ctx, planId);
  if (!can(ctx.actor, 'managePlans', plan.body_path)) throw notFound('kế hoạch');
  if (parentPlanId) {
    const parent = await loadVisiblePlan(ctx, parentPlanId);
    if (
      parent.id === plan.id ||
      !plan.body_path.startsWith(parent.body_path) ||
      plan.body_path === parent.body_path
    ) {
      throw new AppError(
        'invalid_input',
        'Kế hoạch cấp trên phải do một đơn vị cấp trên ban hành.',
        'parentPlanId',
      );
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('plans')
      .set({ parent_plan_id: parentPlanId, updated_at: new Date() })
      .where('id', '=', planId)
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: plan.body_id,
      action: 'plan.link_parent',
      entityType: 'plan',
      entityId: planId,
      before: { parentPlanId: plan.parent_plan_id },
      after: { parentPlanId },
    });
  });
  return getConformance(ctx, planId);
}
