import { recordAudit } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { assertYears, type IndicatorInput } from './indicator-input.ts';

/** A coordinator adds an indicator the plan did not state as a target. */
export async function createIndicator(ctx: Context, planId: string, input: IndicatorInput) {
  const plan = await loadVisiblePlan(ctx, planId);
  if (!can(ctx.actor, 'managePlans', plan.body_path)) throw notFound('kế hoạch');
  assertYears(input.targets);
  return ctx.db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('indicators')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    const row = await trx
      .insertInto('indicators')
      .values({
        plan_id: planId,
        position: Number(last?.p ?? -1) + 1,
        name: input.name.normalize('NFC'),
        numerator_label: input.numeratorLabel.normalize('NFC'),
        denominator_label: input.denominatorLabel.normalize('NFC'),
        unit: input.unit,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.targets.length) {
      await trx
        .insertInto('indicator_targets')
        .values(input.targets.map((t) => ({ indicator_id: row.id, ...t })))
        .execute();
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: plan.body_id,
      action: 'indicator.create',
      entityType: 'indicator',
      entityId: row.id,
      after: input,
    });
    return { id: row.id };
  });
}
