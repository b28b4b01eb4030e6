import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { assertYears, type IndicatorInput, indicatorColumns, insertTargets } from './indicator-input.ts';
import { loadEditableIndicator } from './load-indicator.ts';
import { yearTarget } from './plan-reporting.ts';

/** A coordinator refines an indicator's definition and yearly targets (optimistic on `version`). */
export async function updateIndicator(ctx: Context, id: string, input: IndicatorInput & { version: number }) {
  const { indicator, plan } = await loadEditableIndicator(ctx, id);
  assertYears(input.targets);
  if (
    indicator.source === 'computed' &&
    (input.numeratorLabel !== indicator.numerator_label ||
      input.denominatorLabel !== indicator.denominator_label)
  ) {
    throw new AppError(
      'invalid_input',
      'Chỉ tiêu tính tự động không đổi được tử số, mẫu số.',
      'numeratorLabel',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('indicator_targets')
      .selectAll()
      .where('indicator_id', '=', id)
      .execute();
    await updateVersioned(trx, {
      table: 'indicators',
      id,
      version: input.version,
      what: 'Chỉ tiêu',
      set: indicatorColumns(input),
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: plan.body_id,
        action: 'indicator.update',
        entityType: 'indicator',
        before: {
          name: indicator.name,
          numeratorLabel: indicator.numerator_label,
          denominatorLabel: indicator.denominator_label,
          unit: indicator.unit,
          targets: before.map(yearTarget),
        },
        after: input,
      }),
    });
    await trx.deleteFrom('indicator_targets').where('indicator_id', '=', id).execute();
    await insertTargets(trx, id, input.targets);
  });
}
