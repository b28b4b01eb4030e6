import { type OccurrenceState, occurrenceState, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { activeAssignmentsWithOccurrences } from '../../rows/assignments.ts';

/**
 * The assignments of the actor's own body and the bodies below it, with each one's next open
 * occurrence and state: the focal point's work list.
 */
export async function listMyTasks(ctx: Context) {
  const own = await ctx.db
    .selectFrom('bodies')
    .select('path')
    .where('id', '=', ctx.actor.bodyId)
    .executeTakeFirst();
  if (!own) throw notFound('đơn vị');
  const today = vietnamToday();
  const rows = await activeAssignmentsWithOccurrences(ctx.db)
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select([
      'a.id',
      'a.role',
      't.ref',
      't.title',
      'p.id as plan_id',
      'p.number as plan_number',
      'p.title as plan_title',
      'b.id as body_id',
      'b.name as body_name',
      'o.id as occurrence_id',
      'o.due_on',
      'o.label',
      'o.completed_on',
    ])
    .where('b.path', 'like', `${own.path}%`)
    .orderBy('p.created_at')
    .orderBy('t.position')
    .orderBy('o.due_on')
    .execute();
  const byAssignment = new Map<
    string,
    { item: ReturnType<typeof toItem>; open: number; overdue: number; done: number }
  >();
  function toItem(r: (typeof rows)[number]) {
    return {
      assignmentId: r.id,
      role: r.role,
      task: { ref: r.ref, title: r.title },
      plan: { id: r.plan_id, number: r.plan_number, title: r.plan_title },
      body: { id: r.body_id, name: r.body_name },
      next: null as null | { occurrenceId: string; dueOn: string; label: string; state: OccurrenceState },
    };
  }
  for (const r of rows) {
    const entry = byAssignment.get(r.id) ?? { item: toItem(r), open: 0, overdue: 0, done: 0 };
    byAssignment.set(r.id, entry);
    if (!r.occurrence_id || !r.due_on || !r.label) continue;
    const state = occurrenceState({ dueOn: r.due_on, completedOn: r.completed_on }, today);
    if (r.completed_on) entry.done++;
    else {
      entry.open++;
      if (state === 'overdue') entry.overdue++;
      // The next to act on: the earliest open occurrence (overdue ones come first by date).
      entry.item.next ??= { occurrenceId: r.occurrence_id, dueOn: r.due_on, label: r.label, state };
    }
  }
  return [...byAssignment.values()].map((e) => ({
    ...e.item,
    open: e.open,
    overdue: e.overdue,
    done: e.done,
  }));
}
