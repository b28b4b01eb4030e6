import { withinScopes } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import { expressionBuilder, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/**
 * Plans the actor may read: issued by a body in its subtree, or assigning a task to one. The
 * second case lets a commune see the provincial plan it carries out.
 */
export function visiblePlanIds(ctx: Context) {
  const scopes = scopePaths(ctx.actor, 'readBody');
  if (scopes.length === 0) return null;
  const inScope = (column: string) => withinScopes(expressionBuilder(), sql.ref<string>(column), scopes);
  return sql<string>`(
    select p.id from plans p join bodies b on b.id = p.body_id where ${inScope('b.path')}
    union
    select t.plan_id from tasks t join assignments a on a.task_id = t.id join bodies ab on ab.id = a.body_id
    where ${inScope('ab.path')}
  )`;
}

/**
 * Whether the plan in `plan.id` (issued by the body whose path is in `plan.issuerPath`, both column
 * references) is one the actor may read: visiblePlanIds' rule asked of that plan alone (building the
 * whole visible set cost 100–200 ms nationally, where this is a lookup). Null: the actor reads nothing.
 */
export function planIsReadable(ctx: Context, plan: { id: string; issuerPath: string }) {
  const scopes = scopePaths(ctx.actor, 'readBody');
  if (scopes.length === 0) return null;
  const inScope = (column: string) => withinScopes(expressionBuilder(), sql.ref<string>(column), scopes);
  return sql<boolean>`(${inScope(plan.issuerPath)} or exists (
    select 1 from tasks vt join assignments va on va.task_id = vt.id join bodies vb on vb.id = va.body_id
    where vt.plan_id = ${sql.ref(plan.id)} and ${inScope('vb.path')}))`;
}

/** One plan the actor may read, else 404. */
export async function loadVisiblePlan(ctx: Context, id: string) {
  const readable = planIsReadable(ctx, { id: 'p.id', issuerPath: 'b.path' });
  const plan = readable
    ? await ctx.db
        .selectFrom('plans as p')
        .innerJoin('bodies as b', 'b.id', 'p.body_id')
        .selectAll('p')
        .select(['b.name as body_name', 'b.kind as body_kind', 'b.path as body_path'])
        .where('p.id', '=', id)
        .where(readable)
        .executeTakeFirst()
    : undefined;
  if (!plan) throw notFound('kế hoạch');
  return plan;
}

/** Whether a task belongs to a plan the actor may read (a course or an event names the task it serves). */
export async function isTaskReadable(ctx: Context, taskId: string): Promise<boolean> {
  const readable = planIsReadable(ctx, { id: 'plan.id', issuerPath: 'issuer.path' });
  if (!readable) return false;
  const task = await ctx.db
    .selectFrom('tasks as task')
    .innerJoin('plans as plan', 'plan.id', 'task.plan_id')
    .innerJoin('bodies as issuer', 'issuer.id', 'plan.body_id')
    .select('task.id')
    .where('task.id', '=', taskId)
    .where(readable)
    .executeTakeFirst();
  return task !== undefined;
}
