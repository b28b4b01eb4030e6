import { measuredValue, statusesCounted } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { indicatorValueAt } from '../reports/indicator-values.ts';
import type { loadPlanIndicators, loadPlanPeriods } from '../reports/plan-reporting.ts';

type Indicator = Awaited<ReturnType<typeof loadPlanIndicators>>[number];
type Period = Awaited<ReturnType<typeof loadPlanPeriods>>[number];

/** An indicator's official figure for a year. */
export interface YearFigure {
  /** A ratio's percentage, a count's sum; null when nothing was counted. */
  value: number | null;
  numerator: number;
  /** Null for a count. */
  denominator: number | null;
}

/** The year a period's figures belong to: the year its data close in (a January deadline reports the year before). */
const yearOfPeriod = (p: { data_to: string }) => Number(p.data_to.slice(0, 4));

/**
 * The periods whose figures make up each year: the plan's regular periods (half-years, quarters…) of
 * the year, or its periods set by hand when it has no regular one. A period set by hand beside regular
 * ones (a peak campaign) overlaps them: adding it would count the same work twice.
 */
export function periodsOfYears(periods: readonly Period[], years: readonly number[]): Map<number, Period[]> {
  const byYear = new Map<number, Period[]>();
  for (const year of years) {
    const own = periods.filter((p) => yearOfPeriod(p) === year);
    const regular = own.filter((p) => p.kind !== 'custom');
    if (own.length) byYear.set(year, regular.length ? regular : own);
  }
  return byYear;
}

/**
 * Each indicator's official figure for each year, keyed by indicator id, then year. Reported
 * indicators add up the accepted reports of the year's periods under the plan's issuer (a ratio:
 * Σ numerators / Σ denominators, a count: Σ counts), in one query for all indicators and years;
 * computed ones are measured over the year's whole window as of the close of its last period
 * (`indicatorValueAt`), so data recorded later does not move a closed year.
 */
export async function indicatorFigures(
  ctx: Context,
  plan: { id: string; body_path: string },
  indicators: readonly Indicator[],
  periodsByYear: Map<number, Period[]>,
): Promise<Map<string, Map<number, YearFigure>>> {
  const figures = new Map<string, Map<number, YearFigure>>(indicators.map((i) => [i.id, new Map()]));
  const periodIds = [...periodsByYear.values()].flat().map((p) => p.id);
  const reported = indicators.filter((i) => i.source !== 'computed');
  const computed = indicators.filter((i) => i.source === 'computed');

  // A literal expression, the same in select and group by (PostgreSQL compares them as written).
  const year = sql<number>`extract(year from period.data_to)::int`;
  const [sums, measured] = await Promise.all([
    reported.length && periodIds.length
      ? ctx.db
          .selectFrom('indicator_values as v')
          .innerJoin('reports as r', 'r.id', 'v.report_id')
          .innerJoin('bodies as b', 'b.id', 'v.body_id')
          .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
          .innerJoin('reporting_periods as period', 'period.id', 'v.period_id')
          .select([
            'v.indicator_id',
            year.as('year'),
            sql<number>`coalesce(sum(v.numerator), 0)`.as('numerator'),
            sql<number>`coalesce(sum(v.denominator), 0)`.as('denominator'),
            sql<number>`count(*)`.as('reporting'),
          ])
          .where('i.plan_id', '=', plan.id)
          .where('i.source', '<>', 'computed')
          .where('v.period_id', 'in', periodIds)
          .where('r.status', 'in', statusesCounted('accepted'))
          .where('b.path', 'like', `${plan.body_path}%`)
          // The kinds of body that report it; a value left from before it was narrowed does not count.
          .where(sql<boolean>`(cardinality(i.reported_by) = 0 or b.kind = any(i.reported_by))`)
          .groupBy(['v.indicator_id', year])
          .execute()
      : [],
    Promise.all(
      computed.flatMap((indicator) =>
        [...periodsByYear].map(async ([y, periods]) => {
          const first = periods[0] as Period;
          const last = periods.at(-1) as Period;
          const window = {
            id: last.id,
            data_from: first.data_from,
            data_to: last.data_to,
            due_on: last.due_on,
          };
          const at = await indicatorValueAt(ctx, indicator, window, plan.body_path, 'accepted');
          return { indicator, year: y, at };
        }),
      ),
    ),
  ]);
  const measureOf = new Map(indicators.map((i) => [i.id, i.measure]));
  for (const row of sums) {
    const measure = measureOf.get(row.indicator_id) ?? 'ratio';
    const totals = {
      numerator: Number(row.numerator),
      denominator: measure === 'count' ? null : Number(row.denominator),
      reporting: Number(row.reporting),
    };
    figures.get(row.indicator_id)?.set(Number(row.year), {
      value: measuredValue(measure, totals),
      numerator: totals.numerator,
      denominator: totals.denominator,
    });
  }
  for (const { indicator, year: y, at } of measured) {
    figures
      .get(indicator.id)
      ?.set(y, { value: at.value, numerator: at.numerator, denominator: at.denominator });
  }
  return figures;
}
