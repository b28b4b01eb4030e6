import type { Database } from '@lantoa/db';
import {
  countWork,
  type IndicatorMeasure,
  type OccurrenceState,
  occurrenceState,
  periodInFocus,
  standingAgainstTargets,
  type TargetStanding,
  targetForYear,
  vietnamToday,
  type WorkCounts,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { activeAssignmentsWithOccurrences } from '../../rows/assignments.ts';
import { tasksInForce } from '../../rows/plan-content.ts';
import { indicatorValueAt } from '../reports/indicator-values.ts';
import { loadPlanIndicators, loadPlanPeriods } from '../reports/plan-reporting.ts';
import type { PublicSite } from './load-public-site.ts';

/** An indicator of a plan as the public sees it: its official figure against the year's target. */
export interface PublicIndicator {
  name: string;
  unit: string;
  measure: IndicatorMeasure;
  value: number | null;
  numerator: number;
  denominator: number | null;
  target: { year: number | null; comparator: '=' | '>=' | '<='; value: number } | null;
  standing: TargetStanding | null;
}

/** A plan's progress in aggregates only: no task's title, no body's share, no person. */
export interface PublicPlanProgress {
  id: string;
  number: string | null;
  title: string;
  issuedOn: string | null;
  startYear: number;
  endYear: number;
  /** The plan's tasks by the states they have work in (the plan page's count: by task, not by due date). */
  tasks: WorkCounts;
  /** The reporting period the figures are of, or null when the plan has none yet. */
  period: { label: string; dataFrom: string; dataTo: string } | null;
  indicators: PublicIndicator[];
}

// The figures of a public page are official ones: accepted reports only, never a provisional sum.
const OFFICIAL = 'accepted' as const;

/**
 * The indicator values are read by the same code as the staff app's roll-up (`indicatorValueAt`),
 * which takes a use case's context for its database alone: it checks no permission. The reader here
 * is nobody, holding no grant, so nothing that ever checks one could let it read more.
 */
const nobody = (db: Kysely<Database>, site: PublicSite): Context => ({
  db,
  actor: { userId: '00000000-0000-0000-0000-000000000000', bodyId: site.bodyId, grants: [] },
});

/**
 * The tasks of a plan by state, counted as the plan's page counts them (getPlan's `work.tasks`): a
 * task has work in a state when any due date of any of its assignments is in it; a task without a
 * due date counts in the total only.
 */
async function taskCounts(db: Kysely<Database>, planId: string, today: string): Promise<WorkCounts> {
  const [tasks, rows] = await Promise.all([
    tasksInForce(db, planId).select('id').execute(),
    activeAssignmentsWithOccurrences(db)
      .select(['a.task_id', 'o.due_on', 'o.completed_on'])
      .where('t.plan_id', '=', planId)
      .execute(),
  ]);
  const states = new Map<string, OccurrenceState[]>(tasks.map((t) => [t.id, []]));
  for (const r of rows) {
    if (!r.due_on) continue;
    states.get(r.task_id)?.push(occurrenceState({ dueOn: r.due_on, completedOn: r.completed_on }, today));
  }
  return countWork(states.values());
}

/**
 * The progress of the plans the site's own body issued, newest first: tasks by state and each
 * indicator's official value for the period being reported now (the domain's periodInFocus, read as
 * by someone with no report outstanding: the period whose window or collection is under way) at the
 * issuing body, against the target of that period's year, exactly as the staff dashboard shows it
 * on the "accepted reports" basis.
 */
export async function readPublicProgress(
  db: Kysely<Database>,
  site: PublicSite,
  today = vietnamToday(),
): Promise<PublicPlanProgress[]> {
  const plans = await db
    .selectFrom('plans')
    .select(['id', 'number', 'title', 'issued_on', 'start_year', 'end_year'])
    .where('body_id', '=', site.bodyId)
    .orderBy('created_at', 'desc')
    .execute();
  const ctx = nobody(db, site);
  return Promise.all(
    plans.map(async (plan) => {
      const [tasks, indicators, periods] = await Promise.all([
        taskCounts(db, plan.id, today),
        loadPlanIndicators(db, plan.id),
        loadPlanPeriods(db, plan.id),
      ]);
      const period = periodInFocus(
        periods.map((p) => ({
          ...p,
          dataFrom: p.data_from,
          dataTo: p.data_to,
          dueOn: p.due_on,
          outstanding: 0,
        })),
        today,
      );
      const year = period ? Number(period.due_on.slice(0, 4)) : null;
      const values = await Promise.all(
        indicators.map(async (indicator): Promise<PublicIndicator> => {
          const figures = period
            ? await indicatorValueAt(ctx, indicator, period, site.path, OFFICIAL)
            : { numerator: 0, denominator: null, value: null };
          const target = year === null ? null : targetForYear(indicator.targets, year);
          return {
            name: indicator.name,
            unit: indicator.unit,
            measure: indicator.measure,
            value: figures.value,
            numerator: figures.numerator,
            denominator: indicator.measure === 'count' ? null : figures.denominator,
            target,
            standing:
              year === null
                ? null
                : standingAgainstTargets(figures.value, indicator.targets, year, plan.start_year).standing,
          };
        }),
      );
      return {
        id: plan.id,
        number: plan.number,
        title: plan.title,
        issuedOn: plan.issued_on,
        startYear: plan.start_year,
        endYear: plan.end_year,
        tasks,
        period: period ? { label: period.label, dataFrom: period.data_from, dataTo: period.data_to } : null,
        indicators: values,
      };
    }),
  );
}
