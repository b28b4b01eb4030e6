import { type Database, withinScopes } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Context } from '../../http/context.ts';

/**
 * Assignments the actor may follow: those of bodies in its subtree, and every assignment of a plan
 * issued in its subtree (a coordinator follows the whole plan). `a`, `b` (the assigned body) and
 * `pb` (the plan's issuing body) must be in the query.
 */
export function visibleAssignment(
  ctx: Context,
  eb: ExpressionBuilder<
    Database & { a: Database['assignments']; b: Database['bodies']; pb: Database['bodies'] },
    'a' | 'b' | 'pb'
  >,
): Expression<SqlBool> {
  const scopes = scopePaths(ctx.actor, 'readBody');
  return eb.or([withinScopes(eb, eb.ref('b.path'), scopes), withinScopes(eb, eb.ref('pb.path'), scopes)]);
}

/** Assignments of tasks still in force, joined to their task `t` and assigned body `b`. */
export function assignmentsInForce(db: Kysely<Database>) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .innerJoin('bodies as b', 'b.id', 'a.body_id')
    .where('a.removed_in_version', 'is', null)
    .where('t.removed_in_version', 'is', null);
}

/**
 * `assignmentsInForce`, one row per occurrence `o` (an assignment without occurrences gives one row,
 * its `o` columns null).
 */
export const activeAssignmentsWithOccurrences = (db: Kysely<Database>) =>
  assignmentsInForce(db).leftJoin('occurrences as o', 'o.assignment_id', 'a.id');

/**
 * Occurrences of tasks and assignments still in force, joined to their assignment `a`, assigned
 * body `b`, task `t`, plan `p` and the plan's issuing body `pb`.
 */
export function activeOccurrences(db: Kysely<Database>) {
  return assignmentsInForce(db)
    .innerJoin('occurrences as o', 'o.assignment_id', 'a.id')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .innerJoin('bodies as pb', 'pb.id', 'p.body_id');
}
