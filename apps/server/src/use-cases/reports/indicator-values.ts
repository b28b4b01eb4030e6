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

/**
 * People reached by the loudspeaker stations under `path` that aired at least one bulletin in the
 * window, over all people their stations cover: the "citizens reached" evidence from broadcast logs.
 */
export async function broadcastReach(ctx: Context, q: { dataFrom: string; dataTo: string; path: string }) {
  const from = new Date(`${q.dataFrom}T00:00:00+07:00`);
  const until = new Date(Date.parse(`${q.dataTo}T00:00:00+07:00`) + 86_400_000);
  const row = await ctx.db
    .selectFrom('broadcast_stations as s')
    .innerJoin('bodies as b', 'b.id', 's.body_id')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('s.listeners'), eb.lit(0)).as('denominator'),
      eb.fn
        .coalesce(
          eb.fn
            .sum<number>('s.listeners')
            .filterWhere((f) =>
              f.exists(
                f
                  .selectFrom('broadcast_log as l')
                  .select('l.id')
                  .whereRef('l.station_id', '=', 's.id')
                  .where('l.aired_at', '>=', from)
                  .where('l.aired_at', '<', until),
              ),
            ),
          eb.lit(0),
        )
        .as('numerator'),
    ])
    .where('b.path', 'like', `${q.path}%`)
    .executeTakeFirstOrThrow();
  return { numerator: Number(row.numerator), denominator: Number(row.denominator) };
}

/** An indicator's value at a body for a period: rolled up from reports, or computed. */
export async function indicatorValueAt(
  ctx: Context,
  indicator: { id: string; source: string; computed_kind: string | null; plan_id: string },
  period: { id: string; data_from: string; data_to: string },
  path: string,
) {
  if (indicator.source !== 'computed') {
    const sums = await rollUpAt(ctx.db, { indicatorId: indicator.id, periodId: period.id, path });
    return { ...sums, value: percent(sums.numerator, sums.denominator) };
  }
  // A period that has not begun has no value yet (not 0 %).
  if (period.data_from > vietnamToday())
    return { numerator: 0, denominator: 0, reporting: null, value: null };
  const window = { dataFrom: period.data_from, dataTo: period.data_to, path };
  const sums = {
    ...(indicator.computed_kind === 'broadcast_reach'
      ? await broadcastReach(ctx, window)
      : await tasksOnTime(ctx, { ...window, planId: indicator.plan_id })),
    reporting: null,
  };
  return { ...sums, value: percent(sums.numerator, sums.denominator) };
}
