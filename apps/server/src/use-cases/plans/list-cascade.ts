import { withinScopes } from '@lantoa/db';
import {
  type ConformancePlan,
  comparePlans,
  isReportMissing,
  periodInFocus,
  REPORTS_IN,
  type ReportStatus,
  scopePaths,
  vietnamToday,
} from '@lantoa/domain';
import { expressionBuilder, type SqlBool, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { pageWithTotal, searchPatterns } from '../shared/paged-search.ts';
import { withoutJit } from '../shared/without-jit.ts';
import { conformanceInputs } from './conformance-inputs.ts';
import { loadVisiblePlan } from './load-plan.ts';

// The cascade of a plan: every commune and ward below its issuer must issue its own plan based on it
// (`plans.parent_plan_id`). One row per such body, built by set-based queries (a province's 124
// communes or the country's 3,321 in one go, never one query per commune): the filtered, sorted page,
// then the work of its bodies; only the rows of the page are compared with the parent (comparePlans).

/** What narrows and orders the cascade; absent, every body in name order. */
export interface CascadeFilter {
  /** Words of the body's name, without diacritics or tone placement. */
  q?: string | undefined;
  status?: 'issued' | 'not_issued' | 'not_reported' | 'has_overdue' | undefined;
  /** The reporting period whose reports are shown; absent, the plan's period in focus. */
  periodId?: string | undefined;
  sort?: 'name' | 'issuedOn' | 'days' | 'onTime' | 'overdue' | 'report' | undefined;
  order?: 'asc' | 'desc' | undefined;
}

type VisiblePlan = Awaited<ReturnType<typeof loadVisiblePlan>>;

/** The plan (visible to the actor, else 404), today, and the period whose reports the rows show. */
export interface CascadeScope {
  plan: VisiblePlan;
  today: string;
  period: { id: string; label: string; dueOn: string } | null;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The plan's reporting periods, each with the reports still to come from the plan's assignees the
 * actor follows (as the reports hub counts them), and the one the screens open on (periodInFocus);
 * or the period the caller names, which must be the plan's.
 */
async function focusPeriod(ctx: Context, plan: VisiblePlan, today: string, periodId: string | undefined) {
  const readable = withinScopes(
    expressionBuilder(),
    sql.ref<string>('b.path'),
    scopePaths(ctx.actor, 'readBody'),
  );
  // The followed assignees once, then per period those whose report is in: not a count per period
  // over the plan's assignments (3,321 communes nationally). The bodies are kept that the plan gives
  // work (a semi-join, the assignees made unique in a hash): grouped after a join, the country's
  // 100,000 assignments were sorted on disk (70 ms → 35 ms).
  const { rows: periods } = await sql<{
    id: string;
    label: string;
    data_from: string;
    data_to: string;
    due_on: string;
    outstanding: number;
  }>`
    with followed as materialized (
      select b.id from bodies b
      where ${readable} and b.id in (
        select a.body_id from assignments a
        where a.task_id = any(array(
            select t.id from tasks t where t.plan_id = ${plan.id} and t.removed_in_version is null))
          and a.removed_in_version is null)
    )
    select p.id, p.label, p.data_from, p.data_to, p.due_on,
      (select count(*) from followed) - (
        select count(*) from reports r join followed f on f.id = r.body_id
        where r.period_id = p.id and r.status in ('submitted', 'accepted')
      ) as outstanding
    from reporting_periods p where p.plan_id = ${plan.id}`.execute(ctx.db);
  const shaped = periods.map((p) => ({
    id: p.id,
    label: p.label,
    dataFrom: p.data_from,
    dataTo: p.data_to,
    dueOn: p.due_on,
    outstanding: Number(p.outstanding),
  }));
  const chosen = periodId ? shaped.find((p) => p.id === periodId) : periodInFocus(shaped, today);
  if (periodId && !chosen) throw notFound('kỳ báo cáo');
  return chosen ? { id: chosen.id, label: chosen.label, dueOn: chosen.dueOn } : null;
}

/** The plan the cascade is of, readable by the actor (else not found), and the period in focus. */
export async function cascadeScope(ctx: Context, planId: string, f: CascadeFilter): Promise<CascadeScope> {
  const plan = await loadVisiblePlan(ctx, planId);
  const today = vietnamToday();
  return { plan, today, period: await focusPeriod(ctx, plan, today, f.periodId) };
}

/**
 * What of the cascade a query computes. `work`: both counts (true), none (false: left at 0, the
 * costly part being every occurrence of the plan and of its child plans), or only the one a filter
 * or sort reads, the other left at 0 for the page's rows to be counted after (a country's overdue
 * occurrences are a third of its occurrences, so counting only them halves the work).
 * `expected: false` leaves `report_expected` false, for the page's rows to be read after (the
 * plan's 100,000 assignments nationally, read only by the "not reported" filter). `only` keeps the
 * rows given (a page).
 */
export interface CascadePart {
  work: boolean | 'onTime' | 'overdue';
  expected?: boolean;
  only?: readonly Pick<CascadeRow, 'body_id' | 'body_path'>[];
}

/** One body of the cascade as the query gives it. */
export interface CascadeRow {
  body_id: string;
  body_name: string;
  body_code: string | null;
  body_path: string;
  child_id: string | null;
  child_number: string | null;
  child_title: string | null;
  child_issued_on: string | null;
  /** Days from the parent's date to the child's; null unless both are whole dates. */
  days_to_issue: number | null;
  on_time: number;
  overdue: number;
  /** Whether the plan gives the body work, so that it reports on it. */
  report_expected: boolean;
  report_status: ReportStatus | null;
}

/**
 * Every body of the cascade the actor may read, narrowed by the filter, in the asked order (ties by
 * name, then id, so pages neither repeat nor skip a row):
 * - the bodies: communes and wards strictly below the issuer (a commune's plan has none);
 * - the child plan: the latest plan of that body whose parent is this plan;
 * - the work: occurrences of this plan's tasks given to the body or its units, and of its child
 *   plan's, counted as the domain's occurrenceState does (done on time: completed by the due day;
 *   overdue: open past it), the same reading as the overdue list;
 * - the report: the body's report for the period, where the plan gives it work to report on.
 */
export function cascadeRows(
  ctx: Context,
  f: CascadeFilter,
  scope: CascadeScope,
  part: CascadePart = { work: true },
) {
  const { plan, today, period } = scope;
  const only = part.only;
  // The bodies of the rows asked for and their units (constant prefixes, so the path index serves),
  // as an array: their assignments are then read through the body index, not by a scan of all of
  // them (a page's 3,000 of the country's 200,000).
  const underOnly = only
    ? sql`and a.body_id = any(array(select sub.id from bodies sub where ${sql.join(
        only.map((r) => sql`sub.path like ${`${r.body_path}%`}`),
        sql` or `,
      )}))`
    : sql``;
  const scopes = scopePaths(ctx.actor, 'readBody');
  const readable = withinScopes(expressionBuilder(), sql.ref<string>('b.path'), scopes);
  const words = searchPatterns(f.q).map((p) => sql<SqlBool>`b.search_key like ${p}`);
  const matches = words.length ? sql.join(words, sql` and `) : sql`true`;
  const parentDate = plan.issued_on && FULL_DATE.test(plan.issued_on) ? plan.issued_on : null;
  // Only the occurrences a count reads are joined: done by the due day, or open past it.
  const onTime = sql`o.completed_on <= o.due_on`;
  const overdue = sql`o.completed_on is null and o.due_on < ${today}::date`;
  const counted =
    part.work === 'onTime' ? onTime : part.work === 'overdue' ? overdue : sql`${onTime} or (${overdue})`;
  // The plans whose work is counted: this one and the child plans. For a page, as an array, so that
  // the tasks are found through the plan index (50 plans' 1,500 tasks, not a scan of all of them:
  // with the assignments above, a page's work is read in 50 ms instead of 110 nationally); for the
  // whole cascade, as a filter of the scan: taken for an array of unknown length, the country's
  // 100,000 tasks were costed as 300 and their assignments probed one task at a time.
  const ofCountedPlans = only
    ? sql`t.plan_id = any(array(select ${plan.id}::uuid union all select id from child))`
    : sql`(t.plan_id = ${plan.id} or t.plan_id in (select id from child))`;
  // Work is counted per (plan, assigned body) first, then each assigned body is matched to the
  // communes on its path (its ids unnested, an equality join with the bodies; a path is made of
  // ids alone) rather than by a LIKE per pair, and only then to the cascade's communes and their
  // plans. Matched to the cascade at once, the planner either crossed every count with every
  // commune before unnesting (a province estimated at 3 communes: 15,500 rows unnested, 180 ms on
  // PGlite) or, nationally, costed 3,321 rows as 9 million and hashed them in 128 batches (100 ms).
  // Each step is materialised: inlined under a filter of the outer query ("has overdue"), the
  // planner re-ran the counts once per commune (22 s instead of 0.2 s for a province). The bodies
  // given work (`expected`) are a semi-join, as the followed assignees of focusPeriod.
  const rows = sql<CascadeRow>`(
    with cascade as materialized (
      select b.id, b.name, b.code, b.path from bodies b
      where b.kind = 'commune' and b.path like ${`${plan.body_path}%`} and b.id <> ${plan.body_id}
        and ${readable} and ${matches}
        ${only ? sql`and b.id in (${sql.join(only.map((r) => r.body_id))})` : sql``}
    ),
    child as materialized (
      select distinct on (p.body_id) p.id, p.body_id, p.number, p.title, p.issued_on
      from plans p join cascade c on c.id = p.body_id
      where p.parent_plan_id = ${plan.id}
      order by p.body_id, p.created_at desc, p.id
    ),
    work_by_body as materialized (
      select t.plan_id, a.body_id,
        count(*) filter (where ${onTime}) as on_time,
        count(*) filter (where ${overdue}) as overdue
      from tasks t
      join assignments a on a.task_id = t.id
      join occurrences o on o.assignment_id = a.id
      where ${ofCountedPlans} and t.removed_in_version is null and a.removed_in_version is null
        and ${sql.lit(part.work !== false)} and (${counted}) ${underOnly}
      group by t.plan_id, a.body_id
    ),
    work_by_commune as materialized (
      select commune.id as commune_id, w.plan_id, w.on_time, w.overdue
      from work_by_body w
      join bodies assigned on assigned.id = w.body_id
      cross join lateral unnest(string_to_array(trim(both '/' from assigned.path), '/')::uuid[]) as segment(id)
      join bodies commune on commune.id = segment.id and commune.kind = 'commune'
    ),
    work as materialized (
      select c.id as body_id, sum(w.on_time) as on_time, sum(w.overdue) as overdue
      from work_by_commune w
      join cascade c on c.id = w.commune_id
      left join child ch on ch.body_id = c.id
      where w.plan_id = ${plan.id} or w.plan_id = ch.id
      group by c.id
    ),
    expected as materialized (
      select c.id as body_id from cascade c
      where c.id in (
        select a.body_id from assignments a
        where a.task_id = any(array(
            select t.id from tasks t where t.plan_id = ${plan.id} and t.removed_in_version is null))
          and a.removed_in_version is null ${underOnly})
        and ${sql.lit(part.expected !== false)}
    ),
    result as materialized (
    select c.id as body_id, c.name as body_name, c.code as body_code, c.path as body_path,
      ch.id as child_id, ch.number as child_number, ch.title as child_title, ch.issued_on as child_issued_on,
      case when ch.issued_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
        then ch.issued_on::date - ${parentDate}::date end as days_to_issue,
      coalesce(w.on_time, 0)::int as on_time,
      coalesce(w.overdue, 0)::int as overdue,
      e.body_id is not null as report_expected,
      r.status as report_status
    from cascade c
    left join child ch on ch.body_id = c.id
    left join work w on w.body_id = c.id
    left join expected e on e.body_id = c.id
    left join reports r on r.body_id = c.id and r.period_id = ${period?.id ?? null}::uuid
    )
    select * from result
  )`;
  let query = ctx.db.selectFrom(rows.as('row')).selectAll();
  if (f.status === 'issued') query = query.where('row.child_id', 'is not', null);
  if (f.status === 'not_issued') query = query.where('row.child_id', 'is', null);
  if (f.status === 'has_overdue') query = query.where('row.overdue', '>', 0);
  if (f.status === 'not_reported') query = query.where(notReported);
  const direction = sql.raw(f.order === 'desc' ? 'desc' : 'asc');
  const column = {
    name: null,
    issuedOn: 'row.child_issued_on',
    days: 'row.days_to_issue',
    onTime: 'row.on_time',
    overdue: 'row.overdue',
    report: 'row.report_status',
  }[f.sort ?? 'name'];
  if (column) query = query.orderBy(sql`${sql.ref(column)} ${direction} nulls last`);
  return query
    .orderBy(sql`row.body_name ${f.sort && f.sort !== 'name' ? sql.raw('asc') : direction}`)
    .orderBy('row.body_id');
}

/** A body expected to report whose report for the period is not in (isReportMissing, in SQL). */
const notReported = sql<SqlBool>`row.report_expected and (row.report_status is null
  or row.report_status not in (${sql.join(REPORTS_IN.map((s) => sql.lit(s)))}))`;

/** Whether a row's report is missing: the rule of the "not reported" filter, for a row already read. */
export const reportMissing = (r: CascadeRow) =>
  isReportMissing({ expected: r.report_expected, status: r.report_status });

/** How each child plan conforms to the parent: targets it lacks or sets lower, tasks without counterpart. */
export async function cascadeConformance(ctx: Context, parentId: string, rows: CascadeRow[]) {
  const childIds = rows.map((r) => r.child_id).filter((id): id is string => id !== null);
  const byChild = new Map<string, { targetsMissingOrLower: number; tasksWithoutCounterpart: number }>();
  if (childIds.length === 0) return byChild;
  const inputs = await conformanceInputs(ctx, [parentId, ...childIds]);
  const parent = inputs.get(parentId) as ConformancePlan;
  for (const id of childIds) {
    const { summary } = comparePlans(parent, inputs.get(id) as ConformancePlan);
    byChild.set(id, {
      targetsMissingOrLower: summary.missingTargets + summary.lowerTargets,
      tasksWithoutCounterpart: summary.tasksWithoutCounterpart,
    });
  }
  return byChild;
}

export const presentCascadeRow =
  (conformance: Awaited<ReturnType<typeof cascadeConformance>>) => (r: CascadeRow) => ({
    body: { id: r.body_id, name: r.body_name, code: r.body_code },
    plan: r.child_id
      ? {
          id: r.child_id,
          number: r.child_number,
          title: r.child_title ?? '',
          issuedOn: r.child_issued_on,
          daysAfterParent: r.days_to_issue,
        }
      : null,
    conformance: (r.child_id && conformance.get(r.child_id)) || null,
    work: { onTime: r.on_time, overdue: r.overdue },
    report: { expected: r.report_expected, status: r.report_status },
  });

/** What a listing reads for every row: the work counts and the report expected its filter and sort read. */
function readForEveryRow(f: CascadeFilter): Pick<CascadePart, 'work' | 'expected'> {
  const overdue = f.status === 'has_overdue' || f.sort === 'overdue';
  const onTime = f.sort === 'onTime';
  return {
    work: overdue && onTime ? true : overdue ? 'overdue' : onTime ? 'onTime' : false,
    expected: f.status === 'not_reported',
  };
}

/**
 * The page's rows with what the listing left for them: the work counts it did not read (a count
 * that ordered or filtered the list is kept as the list read it) and the report expected.
 */
async function completePage(
  ctx: Context,
  scope: CascadeScope,
  rows: CascadeRow[],
  listed: Pick<CascadePart, 'work' | 'expected'>,
) {
  if (rows.length === 0 || (listed.work === true && listed.expected !== false)) return rows;
  const page = await cascadeRows(ctx, {}, scope, { work: listed.work !== true, only: rows }).execute();
  const read = new Map(page.map((r) => [r.body_id, r]));
  const keepsOnTime = listed.work === true || listed.work === 'onTime';
  const keepsOverdue = listed.work === true || listed.work === 'overdue';
  return rows.map((r) => ({
    ...r,
    on_time: keepsOnTime ? r.on_time : (read.get(r.body_id)?.on_time ?? 0),
    overdue: keepsOverdue ? r.overdue : (read.get(r.body_id)?.overdue ?? 0),
    report_expected:
      listed.expected !== false ? r.report_expected : (read.get(r.body_id)?.report_expected ?? false),
  }));
}

/** One page of the cascade of a plan, and how many rows the whole filtered list has. */
export async function listCascade(
  ctx: Context,
  planId: string,
  f: CascadeFilter & { page: number; pageSize: number },
) {
  const scope = await cascadeScope(ctx, planId, f);
  // Work decides the rows only when the list is filtered or sorted by it, and then only the count
  // read; the rest is counted for the page's bodies alone (50 communes, not the country's 3,321:
  // 2 s → 0.2 s on PostgreSQL). So is whether the plan gives each body work to report on.
  const listed = readForEveryRow(f);
  const { rows, total } = await withoutJit(ctx.db, async (db) => {
    const read = { ...ctx, db };
    const query = cascadeRows(read, f, scope, listed);
    // The total rides on the page's rows (a window count before LIMIT): the whole cascade is computed
    // once, not a second time for the count as pageWithTotal would (on PGlite, one after the other).
    // Only a page past the end, which has no row to carry it, asks for the count on its own.
    const counted = await query
      .select(sql<number>`count(*) over ()`.as('total'))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute();
    const page: CascadeRow[] = counted.map(({ total: _total, ...row }) => row);
    return {
      rows: await completePage(read, scope, page, listed),
      total: counted[0]
        ? Number(counted[0].total)
        : (await pageWithTotal(query, { page: 1, pageSize: 1 })).total,
    };
  });
  const conformance = await cascadeConformance(ctx, scope.plan.id, rows);
  return {
    today: scope.today,
    period: scope.period,
    parent: { id: scope.plan.id, issuedOn: scope.plan.issued_on },
    total,
    items: rows.map(presentCascadeRow(conformance)),
  };
}
