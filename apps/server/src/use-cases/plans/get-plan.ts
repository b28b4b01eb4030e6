import {
  type BodyKind,
  can,
  countStates,
  countWork,
  isWithin,
  type OccurrenceState,
  occurrenceState,
  vietnamToday,
} from '@lantoa/domain';
import type { Timeframe } from '@lantoa/plan-parser';
import type { Context } from '../../http/context.ts';
import { presentTarget } from '../../presenters/present.ts';
import { activeAssignmentsWithOccurrences } from '../../rows/assignments.ts';
import { targetsOf, tasksInForce } from '../../rows/plan-content.ts';
import { loadVisiblePlan } from './load-plan.ts';
import { readCoordination } from './task-work.ts';

interface AssignmentSummary {
  id: string;
  role: 'lead' | 'partner';
  writtenAs: string;
  body: { id: string; name: string; kind: BodyKind };
  counts: Record<OccurrenceState, number>;
  nextDue: string | null;
}

/**
 * A plan with its targets and tasks; each task's assignments with counts per state, plus counts per
 * body across the plan, and how many of the tasks and bodies shown have work in each state (the
 * domain's countWork: by task and by body, not by occurrence). `bodyId` keeps the assignments of that body's subtree; `state` keeps those
 * with at least one occurrence in that state.
 */
export async function getPlan(
  ctx: Context,
  id: string,
  filter: { bodyId?: string | undefined; state?: OccurrenceState | undefined } = {},
) {
  const plan = await loadVisiblePlan(ctx, id);
  const today = vietnamToday();
  const [targets, tasks, rows, parent] = await Promise.all([
    targetsOf(ctx.db, id),
    tasksInForce(ctx.db, id).selectAll().execute(),
    activeAssignmentsWithOccurrences(ctx.db)
      .select([
        'a.id',
        'a.task_id',
        'a.role',
        'a.written_as',
        'b.id as body_id',
        'b.name as body_name',
        'b.kind as body_kind',
        'b.path as body_path',
        'o.due_on',
        'o.completed_on',
      ])
      .where('t.plan_id', '=', id)
      .execute(),
    plan.parent_plan_id
      ? ctx.db
          .selectFrom('plans')
          .select(['id', 'number', 'title'])
          .where('id', '=', plan.parent_plan_id)
          .executeTakeFirst()
      : undefined,
  ]);
  const filterPath = filter.bodyId
    ? (await ctx.db.selectFrom('bodies').select('path').where('id', '=', filter.bodyId).executeTakeFirst())
        ?.path
    : undefined;

  const byAssignment = new Map<
    string,
    { summary: AssignmentSummary; taskId: string; states: OccurrenceState[] }
  >();
  for (const r of rows) {
    if (filterPath !== undefined && !isWithin(r.body_path, filterPath)) continue;
    let entry = byAssignment.get(r.id);
    if (!entry) {
      entry = {
        taskId: r.task_id,
        states: [],
        summary: {
          id: r.id,
          role: r.role,
          writtenAs: r.written_as,
          body: { id: r.body_id, name: r.body_name, kind: r.body_kind },
          counts: countStates([]),
          nextDue: null,
        },
      };
      byAssignment.set(r.id, entry);
    }
    if (!r.due_on) continue;
    const state = occurrenceState({ dueOn: r.due_on, completedOn: r.completed_on }, today);
    entry.states.push(state);
    if (!r.completed_on && (!entry.summary.nextDue || r.due_on < entry.summary.nextDue))
      entry.summary.nextDue = r.due_on;
  }
  const kept = [...byAssignment.values()].filter((e) => !filter.state || e.states.includes(filter.state));
  const byBody = new Map<string, { body: AssignmentSummary['body']; states: OccurrenceState[] }>();
  for (const e of kept) {
    e.summary.counts = countStates(e.states);
    const b = byBody.get(e.summary.body.id) ?? { body: e.summary.body, states: [] };
    b.states.push(...e.states);
    byBody.set(e.summary.body.id, b);
  }
  const shownTasks = tasks
    .map((t) => ({
      id: t.id,
      ref: t.ref,
      title: t.title,
      timeframe: t.timeframe as Timeframe | null,
      assignments: kept.filter((e) => e.taskId === t.id).map((e) => e.summary),
      /** Bodies above or beside the issuer the plan names: shown, never given the work. */
      coordination: readCoordination(t.coordination),
    }))
    .filter((t) => !(filter.bodyId || filter.state) || t.assignments.length > 0);
  const statesOf = new Map(kept.map((e) => [e.summary.id, e.states]));
  return {
    plan: {
      id: plan.id,
      number: plan.number,
      title: plan.title,
      issuedOn: plan.issued_on,
      level: plan.level,
      startYear: plan.start_year,
      endYear: plan.end_year,
      version: plan.current_version,
      body: { id: plan.body_id, name: plan.body_name, kind: plan.body_kind },
      parent: parent ?? null,
    },
    today,
    // Amending it, its periods and indicators, reviewing its reports: the issuer's plan managers.
    canManage: can(ctx.actor, 'managePlans', plan.body_path),
    counts: countStates(kept.flatMap((e) => e.states)),
    work: {
      tasks: countWork(shownTasks.map((t) => t.assignments.flatMap((a) => statesOf.get(a.id) ?? []))),
      bodies: countWork([...byBody.values()].map((b) => b.states)),
    },
    targets: targets.map(presentTarget),
    tasks: shownTasks,
    bodies: [...byBody.values()]
      .map((b) => ({ body: b.body, counts: countStates(b.states) }))
      .sort((a, b) => a.body.name.localeCompare(b.body.name, 'vi')),
  };
}
