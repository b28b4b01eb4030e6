import type { Database, IndicatorTargetsTable } from '@lantoa/db';
import type { Kysely, Selectable } from 'kysely';

/** A stored yearly target as the rules (`targetForYear`) and the screens read it. */
export const yearTarget = (t: Selectable<IndicatorTargetsTable>) => ({
  year: t.year,
  comparator: t.comparator,
  value: Number(t.value),
});

/** A plan's indicators in their order, each with its yearly targets by year. */
export async function loadPlanIndicators(db: Kysely<Database>, planId: string) {
  const [indicators, targets] = await Promise.all([
    db.selectFrom('indicators').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db
      .selectFrom('indicator_targets as t')
      .innerJoin('indicators as i', 'i.id', 't.indicator_id')
      .selectAll('t')
      .where('i.plan_id', '=', planId)
      .orderBy('t.year')
      .execute(),
  ]);
  return indicators.map((indicator) => ({
    ...indicator,
    targets: targets.filter((t) => t.indicator_id === indicator.id).map(yearTarget),
  }));
}

/** A plan's reporting periods, by due date. */
export const loadPlanPeriods = (db: Kysely<Database>, planId: string) =>
  db.selectFrom('reporting_periods').selectAll().where('plan_id', '=', planId).orderBy('due_on').execute();
