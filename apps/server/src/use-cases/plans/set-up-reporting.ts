import type { Database } from '@lantoa/db';
import { defineIndicator, measureOfUnit, periodsFromDeadlines, proposeReportedBy } from '@lantoa/domain';
import type { PlanExtract } from '@lantoa/plan-parser';
import { type Kysely, sql } from 'kysely';

/**
 * Whether communes or wards lie below the plan's issuer, each to issue its own plan based on it (a
 * province's or the country's plan; not a commune's, nor a department's).
 */
async function hasCascade(trx: Kysely<Database>, planId: string) {
  const below = await trx
    .selectFrom('plans as p')
    .innerJoin('bodies as issuer', 'issuer.id', 'p.body_id')
    .innerJoin('bodies as b', (join) =>
      join.on(sql<boolean>`b.path like issuer.path || '%'`).onRef('b.id', '<>', 'issuer.id'),
    )
    .select('b.id')
    .where('p.id', '=', planId)
    .where('issuer.kind', '<>', 'commune')
    .where('b.kind', '=', 'commune')
    .limit(1)
    .executeTakeFirst();
  return below !== undefined;
}

/** The indicators every plan's reports carry, computed from the work recorded, not reported. */
const TASKS_ON_TIME = {
  name: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
  numerator_label: 'Số lượt nhiệm vụ đến hạn trong kỳ đã hoàn thành đúng hạn',
  denominator_label: 'Số lượt nhiệm vụ đến hạn trong kỳ',
  computed_kind: 'tasks_on_time',
} as const;
const BROADCAST_REACH = {
  name: 'Tỷ lệ người dân được tiếp cận thông tin qua hệ thống truyền thanh cơ sở',
  numerator_label: 'Số người dân trong vùng phủ sóng của các đài đã phát bản tin trong kỳ',
  denominator_label: 'Tổng số người dân trong vùng phủ sóng của các đài truyền thanh cơ sở',
  computed_kind: 'broadcast_reach',
} as const;
/** Where communes and wards lie below the issuer: how many of them issued their own plan. */
const PLANS_ISSUED = {
  name: 'Tỷ lệ xã, phường đã ban hành kế hoạch',
  numerator_label: 'Số xã, phường đã ban hành kế hoạch thực hiện đến hết kỳ',
  denominator_label: 'Tổng số xã, phường',
  computed_kind: 'plans_issued',
} as const;

/**
 * Gives a plan its indicators and reporting periods. On first publication each target becomes an
 * indicator drafted from its text, for the coordinator to refine: a percentage a ratio (numerator and
 * denominator), a number of things ("tối thiểu 2 dự án", unit 'dự án') a count of them; and a
 * computed indicator follows the share of task occurrences done on time, another the people reached
 * by loudspeaker stations that aired in the period (broadcast logs), and, where communes and wards lie
 * below the issuer, the share of them that issued their own plan based on it; periods come from the
 * plan's report deadlines over its years. On an amendment, indicators are kept (they carry
 * reported values) and only missing periods are added.
 */
export async function setUpReporting(
  trx: Kysely<Database>,
  plan: { id: string; version: number; startYear: number; endYear: number },
  extract: PlanExtract,
) {
  if (plan.version === 1) {
    const reported = extract.targets.map((t, position) => {
      const unit = t.unit.trim() || '%';
      return { target: t, position, unit, def: defineIndicator(t.text, unit) };
    });
    for (const { target, position, unit, def } of reported) {
      const indicator = await trx
        .insertInto('indicators')
        .values({
          plan_id: plan.id,
          position,
          name: def.name,
          numerator_label: def.numeratorLabel,
          denominator_label: def.denominatorLabel,
          unit,
          measure: measureOfUnit(unit),
          target_text: target.text,
          reported_by: proposeReportedBy(target.text),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (target.year) {
        await trx
          .insertInto('indicator_targets')
          .values({
            indicator_id: indicator.id,
            year: target.year,
            comparator: target.comparator,
            value: target.value,
          })
          .execute();
      }
    }
    // After the targets' own indicators, in this order.
    const computed = [
      TASKS_ON_TIME,
      BROADCAST_REACH,
      ...((await hasCascade(trx, plan.id)) ? [PLANS_ISSUED] : []),
    ];
    await trx
      .insertInto('indicators')
      .values(
        computed.map((indicator, k) => ({
          plan_id: plan.id,
          position: reported.length + k,
          ...indicator,
          source: 'computed' as const,
        })),
      )
      .execute();
  }
  const deadlines = extract.reporting
    .filter((r) => r.month && r.day)
    .map((r) => ({ month: r.month as number, day: r.day as number }));
  const years = { from: plan.startYear, to: plan.endYear };
  let periods: ReturnType<typeof periodsFromDeadlines>;
  try {
    periods = periodsFromDeadlines(deadlines, years);
  } catch (error) {
    // An irregular regime (say three deadlines) has no reading: start from the usual 01/6 and 01/12;
    // the coordinator adds periods by hand.
    if (!(error instanceof RangeError)) throw error;
    periods = periodsFromDeadlines([], years);
  }
  if (periods.length) {
    await trx
      .insertInto('reporting_periods')
      .values(
        periods.map((p) => ({
          plan_id: plan.id,
          key: p.key,
          label: p.label,
          kind: p.kind,
          data_from: p.dataFrom,
          data_to: p.dataTo,
          due_on: p.dueOn,
        })),
      )
      .onConflict((oc) => oc.columns(['plan_id', 'key']).doNothing())
      .execute();
  }
}
