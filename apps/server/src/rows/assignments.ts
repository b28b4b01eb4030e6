import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

// The assignments and occurrences still in force, as plain queries: plans, tasks, reports and the
// reminder scan read them, each adding its own scope; they live here, below every use-case area.

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
