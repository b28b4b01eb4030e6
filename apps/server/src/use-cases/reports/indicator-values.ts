import { rollUpAt } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { vietnamToday } from '../plans/today.ts';
import { activeOccurrences } from '../plans/visible-assignments.ts';

export const percent = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 10 : null);

/**
 * Share of a plan's task occurrences due in a period's window (up to today) that were done on time,
 * for the bodies under `path`: the computed indicator, from the follow-up data itself.
 */
export async function tasksOnTime(
  ctx: Context,
  q: { planId: string; dataFrom: string; dataTo: string; path: string },
) {
  const until = [q.dataTo, vietnamToday()].sort()[0] as string;
  const row = await activeOccurrences(ctx.db)
    .select((eb) => [
      eb.fn.countAll<number>().as('denominator'),
      eb.fn
        .count<number>('o.id')
        .filterWhere((f) =>
          f.and([f('o.completed_on', 'is not', null), f('o.completed_on', '<=', f.ref('o.due_on'))]),
        )
        .as('numerator'),
    ])
    .where('t.plan_id', '=', q.planId)
    .where('o.due_on', '>=', q.dataFrom)
    .where('o.due_on', '<=', until)
    .where('b.path', 'like', `${q.path}%`)
    .executeTakeFirstOrThrow();
  return { numerator: Number(row.numerator), denominator: Number(row.denominator) };
}

/** An indicator's value at a body for a period: rolled up from reports, or computed. */
export async function indicatorValueAt(
  ctx: Context,
  indicator: { id: string; source: string; plan_id: string },
  period: { id: string; data_from: string; data_to: string },
  path: string,
) {
  const sums =
    indicator.source === 'computed'
      ? {
          ...(await tasksOnTime(ctx, {
            planId: indicator.plan_id,
            dataFrom: period.data_from,
            dataTo: period.data_to,
            path,
          })),
          reporting: null,
        }
      : await rollUpAt(ctx.db, { indicatorId: indicator.id, periodId: period.id, path });
  return { ...sums, value: percent(sums.numerator, sums.denominator) };
}
