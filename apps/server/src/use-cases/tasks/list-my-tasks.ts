import { type OccurrenceState, occurrenceState, vietnamToday } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { assignmentsInForce } from '../../rows/assignments.ts';
import { foldedMatches } from '../plans/task-search.ts';
import { pageWithTotal } from '../shared/paged-search.ts';

/** Where an assignment's work stands: its next open date in progress or overdue, or all done. */
export type MyTaskState = 'in_progress' | 'overdue' | 'done';

export interface MyTasksFilter {
  /** Words of the plan's number, the task's reference or title, or the body's name. */
  q?: string | undefined;
  state?: MyTaskState | undefined;
  page: number;
  pageSize: number;
}

/**
 * One page of the assignments of the actor's own body and the bodies below it (a province's account
 * holds thousands), each with its next open occurrence and its counts: the focal point's work list,
 * in plan and task order. Counted and filtered in the database, so only the page travels.
 */
export async function listMyTasks(ctx: Context, f: MyTasksFilter) {
  const own = await ctx.db
    .selectFrom('bodies')
    .select('path')
    .where('id', '=', ctx.actor.bodyId)
    .executeTakeFirst();
  if (!own) throw notFound('đơn vị');
  const today = vietnamToday();
  const isOpen = sql<boolean>`o.completed_on is null`;
  const isLate = sql<boolean>`o.completed_on is null and o.due_on < ${today}`;
  /**
   * The assignments in force of the actor's body and below, with their plans; not those the body's own
   * plan carries (linked work): that work is listed once, as the task of its own plan.
   */
  const inSubtree = () =>
    assignmentsInForce(ctx.db)
      .innerJoin('plans as p', 'p.id', 't.plan_id')
      .where('b.path', 'like', `${own.path}%`)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('tasks as c')
              .innerJoin('plans as cp', 'cp.id', 'c.plan_id')
              .select('c.id')
              .whereRef('c.parent_task_id', '=', 't.id')
              .whereRef('cp.body_id', '=', 'a.body_id')
              .where('c.removed_in_version', 'is', null),
          ),
        ),
      );
  let perAssignment = inSubtree()
    .leftJoin('occurrences as o', 'o.assignment_id', 'a.id')
    // Folded once per assignment (a subquery), not once per occurrence row of the join.
    .where((eb) =>
      f.q
        ? eb(
            'a.id',
            'in',
            inSubtree()
              .select('a.id')
              .where(
                foldedMatches(
                  sql<string>`(coalesce(p.number, '') || ' ' || t.ref || ' ' || t.title || ' ' || b.name)`,
                  f.q,
                ),
              ),
          )
        : eb.lit(true),
    )
    .groupBy(['a.id', 't.id', 'p.id', 'b.id'])
    .select((eb) => [
      'a.id',
      'a.role',
      't.ref',
      't.title',
      't.position',
      'p.id as plan_id',
      'p.number as plan_number',
      'p.title as plan_title',
      'p.created_at as plan_created_at',
      'b.id as body_id',
      'b.name as body_name',
      eb.fn.count<number>('o.id').filterWhere(sql<boolean>`o.completed_on is not null`).as('done'),
      eb.fn.count<number>('o.id').filterWhere(isOpen).as('open'),
      eb.fn.count<number>('o.id').filterWhere(isLate).as('overdue'),
    ]);
  // The state of the next open occurrence: the earliest open one is late exactly when any open one is.
  if (f.state === 'overdue')
    perAssignment = perAssignment.having(sql<boolean>`count(o.id) filter (where ${isLate}) > 0`);
  if (f.state === 'in_progress')
    perAssignment = perAssignment
      .having(sql<boolean>`count(o.id) filter (where ${isOpen}) > 0`)
      .having(sql<boolean>`count(o.id) filter (where ${isLate}) = 0`);
  if (f.state === 'done')
    perAssignment = perAssignment.having(sql<boolean>`count(o.id) filter (where ${isOpen}) = 0`);

  const { rows, total } = await pageWithTotal(
    ctx.db
      .selectFrom(perAssignment.as('m'))
      .selectAll()
      .orderBy('m.plan_created_at')
      .orderBy('m.plan_id')
      .orderBy('m.position')
      .orderBy('m.body_name')
      .orderBy('m.id'),
    f,
  );
  const ids = rows.map((r) => r.id);
  const nextOpen = new Map<
    string,
    { occurrenceId: string; dueOn: string; label: string; state: OccurrenceState }
  >();
  if (ids.length > 0) {
    const open = await ctx.db
      .selectFrom('occurrences')
      .select(['id', 'assignment_id', 'due_on', 'label'])
      .where('assignment_id', 'in', ids)
      .where('completed_on', 'is', null)
      .orderBy('due_on')
      .orderBy('id')
      .execute();
    for (const o of open) {
      if (nextOpen.has(o.assignment_id)) continue;
      const state = occurrenceState({ dueOn: o.due_on, completedOn: null }, today);
      nextOpen.set(o.assignment_id, { occurrenceId: o.id, dueOn: o.due_on, label: o.label, state });
    }
  }
  return {
    total,
    items: rows.map((r) => ({
      assignmentId: r.id,
      role: r.role,
      task: { ref: r.ref, title: r.title },
      plan: { id: r.plan_id, number: r.plan_number, title: r.plan_title },
      body: { id: r.body_id, name: r.body_name },
      next: nextOpen.get(r.id) ?? null,
      open: Number(r.open),
      overdue: Number(r.overdue),
      done: Number(r.done),
    })),
  };
}
