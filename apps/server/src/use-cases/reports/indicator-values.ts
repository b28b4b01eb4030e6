import { type ComputedIndicatorKind, type Database, rollUpAt } from '@lantoa/db';
import {
  type Audience,
  addDays,
  type BodyKind,
  type IndicatorMeasure,
  measuredValue,
  percent,
  type ValueBasis,
  vietnamToday,
} from '@lantoa/domain';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { activeOccurrences } from '../../rows/assignments.ts';
import { channelsActive, outputsFlagged, stationsRebroadcast } from '../outputs/output-measures.ts';
import { scienceDisclosed } from '../science-tasks/science-disclosed.ts';
import { type AudienceMeasure, audienceMeasures } from '../training/audience-measures.ts';

/**
 * The moment a period's computed figures at a body stop moving: the end of the report's due day
 * (Vietnam time) once it has passed, or earlier if the body's report for the period was accepted then.
 * Null while the period is open there: its figures are live. Unlocking an accepted report (a
 * coordinator, with a reason) lets the figures move again until the deadline.
 */
export async function closedAt(
  db: Kysely<Database>,
  period: { id: string; due_on: string },
  path: string,
  now = new Date(),
): Promise<Date | null> {
  const accepted = await db
    .selectFrom('reports as r')
    .innerJoin('bodies as b', 'b.id', 'r.body_id')
    .select('r.reviewed_at')
    .where('r.period_id', '=', period.id)
    .where('b.path', '=', path)
    .where('r.status', '=', 'accepted')
    .executeTakeFirst();
  return closeOf(period, accepted?.reviewed_at, now);
}

/** {@link closedAt} from the moment the body's report was accepted (if it was). */
function closeOf(period: { due_on: string }, acceptedAt: Date | null | undefined, now: Date): Date | null {
  const deadline = new Date(`${addDays(period.due_on, 1)}T00:00:00+07:00`);
  const moments = [deadline, acceptedAt]
    .filter((d): d is Date => d instanceof Date && d.getTime() <= now.getTime())
    .map((d) => d.getTime());
  return moments.length ? new Date(Math.min(...moments)) : null;
}

interface Window {
  dataFrom: string;
  dataTo: string;
  path: string;
  /**
   * Null: live. Otherwise the figures as they stood at that moment (a closed period): what was
   * recorded strictly before it, with a change made at that very moment left out.
   */
  asOf: Date | null;
}

/**
 * Share of a plan's task occurrences due in a period's window (up to today) that were done on time,
 * for the bodies under `path`: the computed indicator, from the follow-up data itself. As of a
 * closed period's close, the window stops at that day and each completion is the one recorded then:
 * a completion entered or back-dated later is read back from the occurrence's audited progress.
 */
export async function tasksOnTime(ctx: Context, q: Window & { planId: string }) {
  // The last day counted: today, or the day the period closed (its last instant belongs to that day).
  const lastDay = vietnamToday(q.asOf ? new Date(q.asOf.getTime() - 1) : new Date());
  const until = [q.dataTo, lastDay].sort()[0] as string;
  const { asOf } = q;
  const row = await activeOccurrences(ctx.db)
    .select((eb) => {
      let completedOn: RawBuilder<string | null> = sql`o.completed_on`;
      if (asOf) {
        // The first progress entry after the close holds the completion as it was at the close.
        const later = eb
          .selectFrom('audit_log as l')
          .select('l.before')
          .where('l.entity_type', '=', 'occurrence')
          .where(sql<boolean>`l.entity_id = o.id::text`)
          .where('l.action', '=', 'occurrence.progress')
          .where('l.at', '>=', asOf)
          .orderBy('l.at')
          .orderBy('l.id')
          .limit(1);
        completedOn = sql`case when (${later}) is null then o.completed_on
          else ((${later})->>'completedOn')::date end`;
      }
      return [
        eb.fn.countAll<number>().as('denominator'),
        eb.fn
          .count<number>('o.id')
          .filterWhere(sql<boolean>`${completedOn} is not null and ${completedOn} <= o.due_on`)
          .as('numerator'),
      ];
    })
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
 * As of a closed period's close, only log entries recorded by then count (a later or back-dated entry
 * stays in the station's log but not in the closed figure), with each station's listeners of then.
 */
export async function broadcastReach(ctx: Context, q: Window) {
  const from = new Date(`${q.dataFrom}T00:00:00+07:00`);
  const until = new Date(Date.parse(`${q.dataTo}T00:00:00+07:00`) + 86_400_000);
  const { asOf } = q;
  const row = await ctx.db
    .selectFrom('broadcast_stations as s')
    .innerJoin('bodies as b', 'b.id', 's.body_id')
    .select((eb) => {
      // The listeners of then: the value the first change after that moment replaced, else today's.
      const listeners = asOf
        ? eb.fn.coalesce(
            eb
              .selectFrom('station_listener_history as h')
              .select('h.listeners')
              .whereRef('h.station_id', '=', 's.id')
              .where('h.valid_until', '>=', asOf)
              .orderBy('h.valid_until')
              .limit(1),
            eb.ref('s.listeners'),
          )
        : eb.ref('s.listeners');
      let aired = eb
        .selectFrom('broadcast_log as l')
        .select('l.id')
        .whereRef('l.station_id', '=', 's.id')
        .where('l.aired_at', '>=', from)
        .where('l.aired_at', '<', until);
      if (asOf) aired = aired.where('l.created_at', '<', asOf);
      return [
        eb.fn.coalesce(eb.fn.sum<number>(listeners), eb.lit(0)).as('denominator'),
        eb.fn
          .coalesce(
            eb.fn.sum<number>(listeners).filterWhere((f) => f.exists(aired)),
            eb.lit(0),
          )
          .as('numerator'),
      ];
    })
    .where('b.path', 'like', `${q.path}%`)
    .executeTakeFirstOrThrow();
  return { numerator: Number(row.numerator), denominator: Number(row.denominator) };
}

/**
 * The communes and wards under `path` (below the plan's issuer: its cascade) with a plan based on the
 * plan issued by the window's end, over all of them: "Tỷ lệ xã, phường đã ban hành kế hoạch". A plan
 * counts from its date (the day it was published when the document gives no whole date); as of a
 * closed period's close, only plans published by then count.
 */
export async function plansIssued(ctx: Context, q: Window & { planId: string }) {
  const { asOf } = q;
  const row = await ctx.db
    .selectFrom('bodies as b')
    .innerJoin('plans as parent', (join) => join.on('parent.id', '=', q.planId))
    .innerJoin('bodies as issuer', 'issuer.id', 'parent.body_id')
    .select((eb) => {
      let issued = eb
        .selectFrom('plans as child')
        .select('child.id')
        .whereRef('child.body_id', '=', 'b.id')
        .where('child.parent_plan_id', '=', q.planId)
        .where(
          sql<string>`coalesce(child.issued_on, to_char((child.created_at at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD'))`,
          '<=',
          q.dataTo,
        );
      if (asOf) issued = issued.where('child.created_at', '<', asOf);
      return [
        eb.fn.countAll<number>().as('denominator'),
        eb.fn
          .count<number>('b.id')
          .filterWhere((f) => f.exists(issued))
          .as('numerator'),
      ];
    })
    .where('b.kind', '=', 'commune')
    .where('b.path', 'like', `${q.path}%`)
    .where(sql<boolean>`b.path like issuer.path || '%'`)
    .whereRef('b.id', '<>', 'issuer.id')
    .executeTakeFirstOrThrow();
  return { numerator: Number(row.numerator), denominator: Number(row.denominator) };
}

/**
 * The share of an audience's people under `path` trained (or informed) by the window's end, from the
 * training and briefing records (`audienceMeasures`): "80 % of digital-team members trained".
 */
async function peopleMeasured(
  ctx: Context,
  q: Window,
  audience: Audience | null,
  measure: 'trained' | 'informed',
) {
  if (!audience) return { numerator: 0, denominator: 0 };
  const [row] = await audienceMeasures(ctx.db, {
    path: q.path,
    to: q.dataTo,
    audience,
    asOf: q.asOf,
    trainedOnly: measure === 'trained',
  });
  return shareOf(row, measure);
}

/** The computed kinds measured from the training and briefing records, and what each counts. */
const PEOPLE_MEASURED = {
  audience_trained: 'trained',
  audience_informed: 'informed',
} as const satisfies Partial<Record<ComputedIndicatorKind, 'trained' | 'informed'>>;

const shareOf = (row: AudienceMeasure | undefined, measure: 'trained' | 'informed') => ({
  numerator: row?.[measure] ?? 0,
  denominator: row?.denominator ?? 0,
});

/**
 * An indicator's value at a body for a period: rolled up from reports on `basis` (accepted only, or
 * submitted too; a ratio's percentage, a count's sum with no denominator), or computed (always a ratio). A computed value of a closed period
 * is the one it had at the close (`asOf`), so back-dated data cannot move it.
 */
export async function indicatorValueAt(
  ctx: Context,
  indicator: {
    id: string;
    source: string;
    measure: IndicatorMeasure;
    computed_kind: string | null;
    computed_audience: Audience | null;
    reported_by: BodyKind[];
    plan_id: string;
  },
  period: { id: string; data_from: string; data_to: string; due_on: string },
  path: string,
  basis: ValueBasis,
): Promise<{
  numerator: number;
  denominator: number | null;
  reporting: number | null;
  /** Of the reporting bodies, those whose report is not accepted yet (null when computed). */
  provisional: number | null;
  value: number | null;
  asOf: string | null;
}> {
  if (indicator.source !== 'computed') {
    const sums = await rollUpAt(ctx.db, {
      indicatorId: indicator.id,
      periodId: period.id,
      path,
      basis,
      reportedBy: indicator.reported_by,
    });
    return {
      ...sums,
      denominator: indicator.measure === 'count' ? null : sums.denominator,
      value: measuredValue(indicator.measure, sums),
      asOf: null,
    };
  }
  // A period that has not begun has no value yet (not 0 %).
  if (period.data_from > vietnamToday())
    return { numerator: 0, denominator: 0, reporting: null, provisional: null, value: null, asOf: null };
  const asOf = await closedAt(ctx.db, period, path);
  const window = { dataFrom: period.data_from, dataTo: period.data_to, path, asOf };
  const { computed_audience: audience } = indicator;
  const computed: Record<ComputedIndicatorKind, () => Promise<{ numerator: number; denominator: number }>> = {
    broadcast_reach: () => broadcastReach(ctx, window),
    plans_issued: () => plansIssued(ctx, { ...window, planId: indicator.plan_id }),
    tasks_on_time: () => tasksOnTime(ctx, { ...window, planId: indicator.plan_id }),
    audience_trained: () => peopleMeasured(ctx, window, audience, PEOPLE_MEASURED.audience_trained),
    audience_informed: () => peopleMeasured(ctx, window, audience, PEOPLE_MEASURED.audience_informed),
    channels_active: () => channelsActive(ctx.db, { ...window, reportedBy: indicator.reported_by }),
    outputs_local: () => outputsFlagged(ctx.db, { ...window, flag: 'about_local' }),
    outputs_commissioned: () => outputsFlagged(ctx.db, { ...window, flag: 'commissioned' }),
    stations_rebroadcast: () => stationsRebroadcast(ctx.db, window),
    science_disclosed: () => scienceDisclosed(ctx.db, window),
  };
  const kind = (indicator.computed_kind ?? 'tasks_on_time') as ComputedIndicatorKind;
  const sums = { ...(await computed[kind]()), reporting: null, provisional: null };
  return { ...sums, value: percent(sums.numerator, sums.denominator), asOf: asOf?.toISOString() ?? null };
}

type ComputedIndicator = Parameters<typeof indicatorValueAt>[1];
type IndicatorValue = Awaited<ReturnType<typeof indicatorValueAt>>;

/**
 * A computed indicator's value at each child of a body for a period (the "by body" chart and the
 * map), each as {@link indicatorValueAt} gives it. People trained or informed are read for every child
 * in one pass per moment the children's figures stand at (usually one: all live, or all closed at the
 * deadline; a child whose report was accepted earlier stands at that moment): a country's 34
 * provinces cost about what the country does, not 34 reads. Other kinds are read child by child.
 */
export async function computedValuesByChild(
  ctx: Context,
  indicator: ComputedIndicator,
  period: Parameters<typeof indicatorValueAt>[2],
  parent: { id: string; path: string; depth: number },
  children: readonly { id: string; path: string }[],
  basis: ValueBasis,
): Promise<Map<string, IndicatorValue>> {
  const values = new Map<string, IndicatorValue>();
  const audience = indicator.computed_audience;
  const measure = PEOPLE_MEASURED[indicator.computed_kind as keyof typeof PEOPLE_MEASURED] ?? null;
  if (!measure || !audience || period.data_from > vietnamToday()) {
    for (const child of children)
      values.set(child.id, await indicatorValueAt(ctx, indicator, period, child.path, basis));
    return values;
  }
  const accepted = await ctx.db
    .selectFrom('reports as r')
    .innerJoin('bodies as b', 'b.id', 'r.body_id')
    .select(['b.id', 'r.reviewed_at'])
    .where('r.period_id', '=', period.id)
    .where('b.parent_id', '=', parent.id)
    .where('r.status', '=', 'accepted')
    .execute();
  const acceptedAt = new Map(accepted.map((r) => [r.id, r.reviewed_at]));
  const now = new Date();
  const byMoment = Map.groupBy(
    children,
    (child) => closeOf(period, acceptedAt.get(child.id), now)?.getTime() ?? null,
  );
  for (const [moment, group] of byMoment) {
    const asOf = moment === null ? null : new Date(moment);
    const rows = await audienceMeasures(ctx.db, {
      path: parent.path,
      to: period.data_to,
      audience,
      asOf,
      trainedOnly: measure === 'trained',
      byChildOf: parent,
    });
    const byChild = new Map(rows.map((row) => [row.child, row]));
    for (const { id } of group) {
      const sums = shareOf(byChild.get(id), measure);
      values.set(id, {
        ...sums,
        reporting: null,
        provisional: null,
        value: percent(sums.numerator, sums.denominator),
        asOf: asOf?.toISOString() ?? null,
      });
    }
  }
  return values;
}
