import { can, customPeriod } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { insertAudited } from '../shared/insert-audited.ts';

/** A coordinator sets a period by hand (a regime the plan's deadlines do not give). */
export async function createPeriod(
  ctx: Context,
  planId: string,
  input: { label: string; dataFrom: string; dataTo: string; dueOn: string },
) {
  const plan = await loadVisiblePlan(ctx, planId);
  if (!can(ctx.actor, 'managePlans', plan.body_path)) throw notFound('kế hoạch');
  let period: ReturnType<typeof customPeriod>;
  try {
    period = customPeriod(input);
  } catch (error) {
    if (error instanceof RangeError) throw new AppError('invalid_input', error.message, 'dataTo');
    throw error;
  }
  const row = await insertAudited(ctx.db, {
    table: 'reporting_periods',
    values: {
      plan_id: plan.id,
      key: period.key,
      label: period.label,
      kind: period.kind,
      data_from: period.dataFrom,
      data_to: period.dataTo,
      due_on: period.dueOn,
    },
    unique: {
      columns: ['plan_id', 'key'],
      taken: () => new AppError('conflict', 'Kế hoạch đã có kỳ báo cáo với cùng khoảng số liệu.'),
    },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: plan.body_id,
      action: 'period.create',
      entityType: 'reporting_period',
      after: period,
    }),
  });
  return { id: row.id, ...period };
}
