import { seesAssignmentProgress } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { presentSnapshot } from '../../presenters/present.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';

/**
 * The assignments of a task whose progress the actor sees on their assignment pages: the domain's
 * `seesAssignmentProgress` (its own bodies', or all of them for the plan's issuer and the task's
 * leads). A partner commune gets only its own, never its neighbours' notes and evidence.
 */
async function assignmentsShownTo(ctx: Context, taskId: string, planIssuerPath: string) {
  const assignments = await ctx.db
    .selectFrom('assignments as a')
    .innerJoin('bodies as b', 'b.id', 'a.body_id')
    .select(['a.id', 'a.role', 'b.path'])
    .where('a.task_id', '=', taskId)
    .execute();
  const task = {
    planIssuerPath,
    leadBodyPaths: assignments.filter((a) => a.role === 'lead').map((a) => a.path),
  };
  return assignments.filter((a) => seesAssignmentProgress(ctx.actor, task, a.path)).map((a) => a.id);
}

/**
 * Everything that happened to a task, oldest first: its creation and amendments (title, timeframe,
 * bodies assigned or removed, by plan version: what the plan page shows) and the progress recorded
 * on the occurrences of the assignments the actor may follow.
 */
export async function getTaskHistory(ctx: Context, taskId: string) {
  const task = await ctx.db
    .selectFrom('tasks')
    .select(['id', 'plan_id'])
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!task) throw notFound('nhiệm vụ');
  const plan = await loadVisiblePlan(ctx, task.plan_id);
  const shown = await assignmentsShownTo(ctx, taskId, plan.body_path);
  const rows = await ctx.db
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_id')
    .leftJoin('bodies as b', 'b.id', 'l.body_id')
    .select([
      'l.id',
      'l.at',
      'l.action',
      'l.before',
      'l.after',
      'u.username',
      'u.full_name',
      'b.name as body_name',
    ])
    .where((eb) => {
      const ofTask = eb.and([eb('l.entity_type', '=', 'task'), eb('l.entity_id', '=', taskId)]);
      if (shown.length === 0) return ofTask;
      return eb.or([
        ofTask,
        eb.and([
          eb('l.entity_type', '=', 'occurrence'),
          eb(
            'l.entity_id',
            'in',
            eb
              .selectFrom('occurrences as o')
              .select((e) => e.cast<string>('o.id', 'text').as('id'))
              .where('o.assignment_id', 'in', shown),
          ),
        ]),
      ]);
    })
    .orderBy('l.id')
    .limit(1000)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      // Joined on the entry's actor (a user is never deleted): absent only for the system's entries.
      actor:
        r.username !== null && r.full_name !== null ? { username: r.username, fullName: r.full_name } : null,
      body: r.body_name,
      before: presentSnapshot(r.before),
      after: presentSnapshot(r.after),
    })),
  };
}
