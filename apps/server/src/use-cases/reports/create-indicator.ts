import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import {
  assertIndicatorInput,
  type IndicatorInput,
  indicatorColumns,
  insertTargets,
} from './indicator-input.ts';

/** A coordinator adds an indicator the plan did not state as a target. */
export async function createIndicator(ctx: Context, planId: string, input: IndicatorInput) {
  const plan = await loadVisiblePlan(ctx, planId);
  if (!can(ctx.actor, 'managePlans', plan.body_path)) throw notFound('kế hoạch');
  assertIndicatorInput(input);
  return ctx.db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('indicators')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    const row = await insertAudited(trx, {
      table: 'indicators',
      values: { plan_id: planId, position: Number(last?.p ?? -1) + 1, ...indicatorColumns(input) },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: plan.body_id,
        action: 'indicator.create',
        entityType: 'indicator',
        after: input,
      }),
    });
    await insertTargets(trx, row.id, input.targets);
    return { id: row.id };
  });
}
