import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import {
  assertIndicatorInput,
  type IndicatorInput,
  indicatorColumns,
  insertTargets,
} from './indicator-input.ts';
import { hasReportedValues, loadEditableIndicator } from './load-indicator.ts';
import { yearTarget } from './plan-reporting.ts';

/**
 * A coordinator refines an indicator's definition and yearly targets (optimistic on `version`). Its
 * measure (ratio or count) changes only while no body has reported a value: the values already
 * entered are figures of the other kind.
 */
export async function updateIndicator(ctx: Context, id: string, input: IndicatorInput & { version: number }) {
  const { indicator, plan } = await loadEditableIndicator(ctx, id);
  assertIndicatorInput(input);
  if (
    indicator.source === 'computed' &&
    (input.numeratorLabel !== indicator.numerator_label ||
      input.denominatorLabel !== indicator.denominator_label ||
      input.measure !== indicator.measure)
  ) {
    throw new AppError(
      'invalid_input',
      'Chỉ tiêu tính tự động không đổi được tử số, mẫu số hay loại chỉ tiêu.',
      input.measure !== indicator.measure ? 'measure' : 'numeratorLabel',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (input.measure !== indicator.measure) {
      if (await hasReportedValues(trx, id)) {
        throw new AppError(
          'conflict',
          'Chỉ tiêu đã có số liệu báo cáo nên không đổi được loại (tỷ lệ hay số lượng). Hãy giữ loại cũ, hoặc thêm một chỉ tiêu mới với loại cần dùng.',
          'measure',
        );
      }
    }
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
          measure: indicator.measure,
          targets: before.map(yearTarget),
        },
        after: input,
      }),
    });
    await trx.deleteFrom('indicator_targets').where('indicator_id', '=', id).execute();
    await insertTargets(trx, id, input.targets);
  });
}
