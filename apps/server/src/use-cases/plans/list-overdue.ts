import { vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { activeOccurrences } from '../../rows/assignments.ts';
import { loadReadableBody } from '../bodies/get-body.ts';
import { visibleAssignment } from './visible-assignments.ts';

/** Open occurrences past their due date in what the actor follows, oldest first. */
export async function listOverdue(ctx: Context, f: { bodyId?: string | undefined; limit: number }) {
  const today = vietnamToday();
  let query = activeOccurrences(ctx.db)
    .where('o.due_on', '<', today)
    .where('o.completed_on', 'is', null)
    .where((eb) => visibleAssignment(ctx, eb));
  if (f.bodyId) {
    const body = await loadReadableBody(ctx, f.bodyId);
    query = query.where('b.path', 'like', `${body.path}%`);
  }
  const [rows, total] = await Promise.all([
    query
      .select([
        'o.id',
        'o.due_on',
        'o.label',
        'a.id as assignment_id',
        'a.role',
        'b.id as body_id',
        'b.name as body_name',
        't.ref',
        't.title',
        'p.id as plan_id',
        'p.number as plan_number',
      ])
      .orderBy('o.due_on')
      .orderBy('b.name')
      .limit(f.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    today,
    total: Number(total.n),
    items: rows.map((r) => ({
      occurrenceId: r.id,
      dueOn: r.due_on,
      label: r.label,
      daysLate: Math.round((Date.parse(today) - Date.parse(r.due_on)) / 86_400_000),
      assignmentId: r.assignment_id,
      role: r.role,
      body: { id: r.body_id, name: r.body_name },
      task: { ref: r.ref, title: r.title },
      plan: { id: r.plan_id, number: r.plan_number },
    })),
  };
}
