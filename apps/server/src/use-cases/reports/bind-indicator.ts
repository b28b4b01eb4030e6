import { AUDIENCE_NAMES, type AudienceBinding } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { hasReportedValues, loadEditableIndicator } from './load-indicator.ts';

/** The figures an audience indicator is computed from, as its form and report name them. */
function labelsOf(binding: AudienceBinding) {
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

/**
 * A coordinator confirms that an indicator measures itself from the training and briefing records
 * (the share of an audience trained, or informed), or returns a bound indicator to figures the bodies
 * report (`binding` null). Tasks on time, broadcast reach and plans issued stay as they are.
 */
export async function bindIndicator(
  ctx: Context,
  id: string,
  input: { binding: AudienceBinding | null; version: number },
) {
  const { indicator, plan } = await loadEditableIndicator(ctx, id);
  const bound =
    indicator.computed_kind === 'audience_trained' || indicator.computed_kind === 'audience_informed';
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
        computed_audience: input.binding.audience,
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
