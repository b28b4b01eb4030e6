import { AUDIENCE_NAMES, type IndicatorBinding, OUTPUT_MEASURE_LABELS } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { hasReportedValues, loadEditableIndicator } from './load-indicator.ts';

/** The figures a bound indicator is computed from, as its form and report name them. */
function labelsOf(binding: IndicatorBinding) {
  if (!('audience' in binding)) {
    const labels = OUTPUT_MEASURE_LABELS[binding.kind];
    return { numerator_label: labels.numerator, denominator_label: labels.denominator };
  }
  const people = AUDIENCE_NAMES[binding.audience].toLowerCase();
  return binding.kind === 'audience_trained'
    ? {
        numerator_label: `Số ${people} đã được đào tạo, bồi dưỡng, tập huấn`,
        denominator_label: `Tổng số ${people}`,
      }
    : {
        numerator_label: `Số ${people} đã được phổ biến, quán triệt trong năm`,
        denominator_label: `Tổng số ${people}`,
      };
}

/** The computed kinds a coordinator binds (the others are the product's own, set at publication). */
const BINDABLE = new Set([
  'audience_trained',
  'audience_informed',
  'channels_active',
  'outputs_local',
  'outputs_commissioned',
  'stations_rebroadcast',
  'science_disclosed',
]);

/**
 * A coordinator confirms that an indicator measures itself from the product's records (the share of
 * an audience trained or informed; one of the outputs register's measures; the S&T tasks disclosed
 * of the registry), or returns a bound
 * indicator to figures the bodies report (`binding` null). Tasks on time, broadcast reach and plans
 * issued stay as they are.
 */
export async function bindIndicator(
  ctx: Context,
  id: string,
  input: { binding: IndicatorBinding | null; version: number },
) {
  const { indicator, plan } = await loadEditableIndicator(ctx, id);
  const bound = indicator.computed_kind !== null && BINDABLE.has(indicator.computed_kind);
  if (indicator.source === 'computed' && !bound) {
    throw new AppError('conflict', 'Chỉ tiêu này đã được tính tự động từ dữ liệu khác nên không gắn được.');
  }
  if (input.binding && indicator.measure === 'count') {
    if (await hasReportedValues(ctx.db, id)) {
      throw new AppError(
        'conflict',
        'Chỉ tiêu số lượng này đã có số liệu báo cáo nên không chuyển thành tỷ lệ tính tự động được. Hãy thêm một chỉ tiêu tỷ lệ mới rồi gắn.',
      );
    }
  }
  const set = input.binding
    ? {
        source: 'computed' as const,
        computed_kind: input.binding.kind,
        computed_audience: 'audience' in input.binding ? input.binding.audience : null,
        measure: 'ratio' as const,
        unit: '%',
        ...labelsOf(input.binding),
      }
    : { source: 'reported' as const, computed_kind: null, computed_audience: null };
  if (!input.binding && !bound) return;
  await updateVersioned(ctx.db, {
    table: 'indicators',
    id,
    version: input.version,
    what: 'Chỉ tiêu',
    set,
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: plan.body_id,
      action: 'indicator.bind',
      entityType: 'indicator',
      before: {
        source: indicator.source,
        computedKind: indicator.computed_kind,
        audience: indicator.computed_audience,
      },
      after: input.binding ?? { source: 'reported' },
    }),
  });
}
