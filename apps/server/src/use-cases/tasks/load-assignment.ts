import { can, followsWholeTask, seesAssignmentProgress } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';

/**
 * An assignment with its task and plan, readable when the actor sees the plan. `canUpdate` says
 * whether the actor may record progress for the assigned body; `seesProgress` whether it may read
 * the assignment's progress and evidence, and `followsWholeTask` whether it sees every assigned
 * body's (the domain's task-visibility rules, shared with the task history).
 */
export async function loadAssignment(ctx: Context, id: string) {
  const row = await ctx.db
    .selectFrom('assignments as a')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .innerJoin('bodies as b', 'b.id', 'a.body_id')
    .select([
      'a.id',
      'a.role',
      'a.written_as',
      'a.task_id',
      't.plan_id',
      't.ref',
      't.title',
      't.timeframe',
      't.parent_task_id',
      'b.id as body_id',
      'b.name as body_name',
      'b.kind as body_kind',
      'b.path as body_path',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('nhiệm vụ');
  const plan = await loadVisiblePlan(ctx, row.plan_id);
  const leads = await ctx.db
    .selectFrom('assignments as a')
    .innerJoin('bodies as b', 'b.id', 'a.body_id')
    .select('b.path')
    .where('a.task_id', '=', row.task_id)
    .where('a.role', '=', 'lead')
    .execute();
  const task = { planIssuerPath: plan.body_path, leadBodyPaths: leads.map((l) => l.path) };
  return {
    row,
    plan,
    canUpdate: can(ctx.actor, 'updateTasks', row.body_path),
    followsWholeTask: followsWholeTask(ctx.actor, task),
    seesProgress: seesAssignmentProgress(ctx.actor, task, row.body_path),
  };
}

/** The occurrence with its assignment, for changes: only those who may update the assigned body. */
export async function loadOccurrenceForUpdate(ctx: Context, occurrenceId: string) {
  const occurrence = await ctx.db
    .selectFrom('occurrences')
    .selectAll()
    .where('id', '=', occurrenceId)
    .executeTakeFirst();
  if (!occurrence) throw notFound('kỳ hạn');
  const assignment = await loadAssignment(ctx, occurrence.assignment_id);
  if (!assignment.canUpdate) throw notFound('kỳ hạn');
  return { occurrence, assignment };
}
