import {
  countStates,
  type IndicatorMeasure,
  measuredValue,
  occurrenceState,
  reportAbilities,
  reportStatusOf,
  reportsIndicator,
  targetForYear,
  vietnamToday,
} from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentBrief } from '../../presenters/present.ts';
import { activeOccurrences } from '../../rows/assignments.ts';
import { indicatorValueAt } from './indicator-values.ts';
import { loadReportContext } from './load-report.ts';
import { loadPlanIndicators } from './plan-reporting.ts';

/**
 * The report form of one body for one period: its tasks' progress in the period's window (from
 * follow-up), each indicator's figures (numerator and denominator, or a count) beside the previous
 * period's, and the narrative; with the report's state and what the actor may do.
 */
export async function getReportForm(ctx: Context, periodId: string, bodyId: string) {
  const { period, plan, body, report, abilities } = await loadReportContext(ctx, periodId, bodyId);
  const today = vietnamToday();
  const [indicators, values, previousPeriod, occurrences] = await Promise.all([
    loadPlanIndicators(ctx.db, plan.id),
    report
      ? ctx.db.selectFrom('indicator_values').selectAll().where('report_id', '=', report.id).execute()
      : Promise.resolve([]),
    ctx.db
      .selectFrom('reporting_periods')
      .selectAll()
      .where('plan_id', '=', plan.id)
      .where('due_on', '<', period.due_on)
      .orderBy('due_on', 'desc')
      .executeTakeFirst(),
    activeOccurrences(ctx.db)
      .select([
        'o.id',
        'o.due_on',
        'o.label',
        'o.completed_on',
        'o.note',
        't.ref',
        't.title',
        'a.role',
        'a.id as assignment_id',
      ])
      .where('t.plan_id', '=', plan.id)
      .where('a.body_id', '=', body.id)
      .where('o.due_on', '>=', period.data_from)
      .where('o.due_on', '<=', period.data_to)
      .orderBy('o.due_on')
      .execute(),
  ]);
  const previousValues = previousPeriod
    ? await ctx.db
        .selectFrom('indicator_values')
        .selectAll()
        .where('period_id', '=', previousPeriod.id)
        .where('body_id', '=', body.id)
        .execute()
    : [];
  const year = Number(period.due_on.slice(0, 4));
  const figuresOf = (measure: IndicatorMeasure, v: { numerator: number; denominator: number | null }) => {
    const figures = {
      numerator: Number(v.numerator),
      denominator: v.denominator === null ? null : Number(v.denominator),
    };
    return { ...figures, value: measuredValue(measure, figures) };
  };
  const tasks = occurrences.map((o) => ({
    occurrenceId: o.id,
    assignmentId: o.assignment_id,
    ref: o.ref,
    title: o.title,
    role: o.role,
    label: o.label,
    dueOn: o.due_on,
    completedOn: o.completed_on,
    note: o.note,
    state: occurrenceState({ dueOn: o.due_on, completedOn: o.completed_on }, today),
  }));

  return {
    period: {
      id: period.id,
      key: period.key,
      label: period.label,
      dueOn: period.due_on,
      dataFrom: period.data_from,
      dataTo: period.data_to,
    },
    plan: { id: plan.id, number: plan.number, title: plan.title },
    body: presentBrief(body),
    abilities: reportAbilities(abilities, reportStatusOf(report)),
    report: {
      id: report?.id ?? null,
      status: reportStatusOf(report),
      results: report?.results ?? '',
      difficulties: report?.difficulties ?? '',
      proposals: report?.proposals ?? '',
      reviewComment: report?.review_comment ?? null,
      submittedAt: report?.submitted_at?.toISOString() ?? null,
      version: report?.version ?? 0,
    },
    tasks: { counts: countStates(tasks.map((t) => t.state)), items: tasks },
    // Only what the body is asked for: an indicator reported by other kinds of body is not on its form.
    indicators: await Promise.all(
      indicators
        .filter((i) => i.source === 'computed' || reportsIndicator(i.reported_by, body.kind))
        .map(async (i) => {
          const own = values.find((v) => v.indicator_id === i.id);
          const before = previousValues.find((v) => v.indicator_id === i.id);
          return {
            id: i.id,
            name: i.name,
            unit: i.unit,
            measure: i.measure,
            numeratorLabel: i.numerator_label,
            denominatorLabel: i.denominator_label,
            source: i.source,
            target: targetForYear(i.targets, year),
            value:
              i.source === 'computed'
                ? await indicatorValueAt(ctx, i, period, body.path, 'submitted')
                : own
                  ? { ...figuresOf(i.measure, own), note: own.note }
                  : null,
            previous: before ? figuresOf(i.measure, before) : null,
          };
        }),
    ),
  };
}
