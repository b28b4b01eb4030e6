import { addDays, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { activeOccurrences } from '../../rows/assignments.ts';
import { loadReadableBody } from '../bodies/get-body.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { loadVisiblePlan } from './load-plan.ts';
import { taskMatches } from './task-search.ts';
import { visibleAssignment } from './visible-assignments.ts';

/** What narrows the overdue list; absent, a filter lets everything through. */
export interface OverdueFilter {
  /** This body and its subtree. */
  bodyId?: string | undefined;
  planId?: string | undefined;
  /** Words of the task's reference or title, without diacritics or tone placement. */
  q?: string | undefined;
  role?: 'lead' | 'partner' | undefined;
  /** At least this many days past the due date. */
  minDaysLate?: number | undefined;
}

/** What the filter names, looked up (and checked: another body's or plan's id is a 404). */
export interface OverdueScope {
  today: string;
  body: { id: string; name: string; path: string } | null;
  plan: { id: string; number: string | null; title: string } | null;
}

/** The body and plan the filter names, readable by the actor, else not found. */
export async function overdueScope(ctx: Context, f: OverdueFilter): Promise<OverdueScope> {
  const [body, plan] = await Promise.all([
    f.bodyId ? loadReadableBody(ctx, f.bodyId) : null,
    f.planId ? loadVisiblePlan(ctx, f.planId) : null,
  ]);
  return {
    today: vietnamToday(),
    body: body && { id: body.id, name: body.name, path: body.path },
    plan: plan && { id: plan.id, number: plan.number, title: plan.title },
  };
}

/**
 * Open occurrences past their due date in what the actor follows, narrowed by the filter, oldest
 * first; ties by body name, then the occurrence's id, so an order that never changes between two
 * requests lets pages neither repeat nor skip a row.
 */
export function overdueRows(ctx: Context, f: OverdueFilter, scope: OverdueScope) {
  let query = activeOccurrences(ctx.db)
    .where('o.due_on', '<', scope.today)
    .where('o.completed_on', 'is', null)
    .where((eb) => visibleAssignment(ctx, eb));
  if (scope.body) query = query.where('b.path', 'like', `${scope.body.path}%`);
  if (scope.plan) query = query.where('t.plan_id', '=', scope.plan.id);
  if (f.role) query = query.where('a.role', '=', f.role);
  if (f.minDaysLate) query = query.where('o.due_on', '<=', addDays(scope.today, -f.minDaysLate));
  if (f.q) query = query.where(taskMatches(f.q));
  return query
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
    .orderBy('o.id');
}

type OverdueRow = Awaited<ReturnType<ReturnType<typeof overdueRows>['execute']>>[number];

/** Whole days from the due date to today (both Vietnam calendar days). */
export const daysLate = (dueOn: string, today: string) =>
  Math.round((Date.parse(today) - Date.parse(dueOn)) / 86_400_000);

export const presentOverdue = (today: string) => (r: OverdueRow) => ({
  occurrenceId: r.id,
  dueOn: r.due_on,
  label: r.label,
  daysLate: daysLate(r.due_on, today),
  assignmentId: r.assignment_id,
  role: r.role,
  body: { id: r.body_id, name: r.body_name },
  task: { ref: r.ref, title: r.title },
  plan: { id: r.plan_id, number: r.plan_number },
});

/** One page of the overdue list, and how many rows the whole filtered list has. */
export async function listOverdue(ctx: Context, f: OverdueFilter & { page: number; pageSize: number }) {
  const scope = await overdueScope(ctx, f);
  const { rows, total } = await pageWithTotal(overdueRows(ctx, f, scope), f);
  return { today: scope.today, total, items: rows.map(presentOverdue(scope.today)) };
}
