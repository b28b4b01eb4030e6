import type { DatabaseHandle } from '@lantoa/db';

/**
 * The assignments of the plan's tasks (`a`, with its task `tk`), every version: a query for the test to
 * select from and narrow.
 */
export const planAssignments = (handle: DatabaseHandle, planId: string) =>
  handle.db
    .selectFrom('assignments as a')
    .innerJoin('tasks as tk', 'tk.id', 'a.task_id')
    .where('tk.plan_id', '=', planId);

/** The occurrences (`o`) of the plan's assignments (`a`, with its task `tk`), to select from and narrow. */
export const planOccurrences = (handle: DatabaseHandle, planId: string) =>
  planAssignments(handle, planId).innerJoin('occurrences as o', 'o.assignment_id', 'a.id');
