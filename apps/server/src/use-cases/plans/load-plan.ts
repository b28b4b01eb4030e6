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
 * One plan the actor may read (visiblePlanIds' rule asked of this plan alone: building the whole
 * visible set cost 100–200 ms nationally, where this is a lookup), else 404.
 */
export async function loadVisiblePlan(ctx: Context, id: string) {
  const scopes = scopePaths(ctx.actor, 'readBody');
  const inScope = (column: string) => withinScopes(expressionBuilder(), sql.ref<string>(column), scopes);
  const plan = scopes.length
    ? await ctx.db
        .selectFrom('plans as p')
        .innerJoin('bodies as b', 'b.id', 'p.body_id')
        .selectAll('p')
        .select(['b.name as body_name', 'b.kind as body_kind', 'b.path as body_path'])
        .where('p.id', '=', id)
        .where(sql<boolean>`(${inScope('b.path')} or exists (
          select 1 from tasks t join assignments a on a.task_id = t.id join bodies ab on ab.id = a.body_id
          where t.plan_id = p.id and ${inScope('ab.path')}))`)
        .executeTakeFirst()
    : undefined;
  if (!plan) throw notFound('kế hoạch');
  return plan;
}
