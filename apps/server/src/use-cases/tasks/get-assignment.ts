import { occurrenceState, vietnamToday } from '@lantoa/domain';
import type { Timeframe } from '@lantoa/plan-parser';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { planIsReadable } from '../plans/load-plan.ts';
import { loadAssignment } from './load-assignment.ts';

async function occurrencesOf(ctx: Context, assignmentIds: string[], today: string) {
  if (assignmentIds.length === 0) return [];
  const [occurrences, evidence] = await Promise.all([
    ctx.db
      .selectFrom('occurrences')
      .selectAll()
      .where('assignment_id', 'in', assignmentIds)
      .orderBy('due_on')
      .execute(),
    ctx.db
      .selectFrom('evidence as e')
      .innerJoin('occurrences as o', 'o.id', 'e.occurrence_id')
      .leftJoin('files as f', 'f.id', 'e.file_id')
      .select([
        'e.id',
        'e.occurrence_id',
        'e.url',
        'e.file_id',
        'f.name',
        'f.media_type',
        'f.size',
        'e.created_at',
      ])
      .where('o.assignment_id', 'in', assignmentIds)
      .orderBy('e.created_at')
      .execute(),
  ]);
  return occurrences.map((o) => ({
    id: o.id,
    assignmentId: o.assignment_id,
    dueOn: o.due_on,
    label: o.label,
    kind: o.kind,
    completedOn: o.completed_on,
    note: o.note,
    state: occurrenceState({ dueOn: o.due_on, completedOn: o.completed_on }, today),
    carried: o.carried,
    version: o.version,
    evidence: evidence
      .filter((e) => e.occurrence_id === o.id)
      .map((e) => ({
        id: e.id,
        url: e.url,
        file: e.file_id ? { id: e.file_id, name: e.name, mediaType: e.media_type, size: e.size } : null,
        createdAt: e.created_at.toISOString(),
      })),
  }));
}

/**
 * The work linked to an assignment: the task above its task carries (with the assignment there of
 * the body whose plan it is), and the tasks of the assigned body's own plans that carry it (each with
 * its lead's assignment and how its due dates stand): where its progress is recorded.
 */
async function linkedWorkOf(
  ctx: Context,
  row: { task_id: string; parent_task_id: string | null; body_id: string },
  issuerId: string,
  today: string,
) {
  const readable = planIsReadable(ctx, { id: 'p.id', issuerPath: 'pb.path' });
  if (!readable) return { carries: null, carriedBy: [] };
  const [above, below] = await Promise.all([
    row.parent_task_id
      ? ctx.db
          .selectFrom('tasks as t')
          .innerJoin('plans as p', 'p.id', 't.plan_id')
          .innerJoin('bodies as pb', 'pb.id', 'p.body_id')
          .leftJoin('assignments as a', (j) =>
            j
              .onRef('a.task_id', '=', 't.id')
              .on('a.body_id', '=', issuerId)
              .on('a.removed_in_version', 'is', null),
          )
          .select([
            't.ref',
            't.title',
            'p.id as plan_id',
            'p.number',
            'p.title as plan_title',
            'a.id as assignment_id',
          ])
          .where('t.id', '=', row.parent_task_id)
          .where(readable)
          .orderBy('a.role')
          .executeTakeFirst()
      : undefined,
    ctx.db
      .selectFrom('tasks as c')
      .innerJoin('plans as p', 'p.id', 'c.plan_id')
      .innerJoin('bodies as pb', 'pb.id', 'p.body_id')
      .innerJoin('assignments as a', 'a.task_id', 'c.id')
      .innerJoin('bodies as b', 'b.id', 'a.body_id')
      .leftJoin('occurrences as o', 'o.assignment_id', 'a.id')
      .select((eb) => [
        'c.id',
        'c.ref',
        'c.title',
        'p.id as plan_id',
        'p.number',
        'p.title as plan_title',
        'a.id as assignment_id',
        'b.id as body_id',
        'b.name as body_name',
        'b.kind as body_kind',
        eb.fn.count<number>('o.id').filterWhere('o.completed_on', 'is not', null).as('done'),
        eb.fn
          .count<number>('o.id')
          .filterWhere((w) => w.and([w('o.completed_on', 'is', null), w('o.due_on', '<', today)]))
          .as('overdue'),
        eb.fn.count<number>('o.id').as('total'),
      ])
      .where('c.parent_task_id', '=', row.task_id)
      .where('c.removed_in_version', 'is', null)
      .where('p.body_id', '=', row.body_id)
      .where('a.role', '=', 'lead')
      .where('a.removed_in_version', 'is', null)
      .where(readable)
      .groupBy(['c.id', 'p.id', 'a.id', 'b.id'])
      .orderBy('p.created_at')
      .orderBy('c.position')
      .execute(),
  ]);
  return {
    carries: above
      ? {
          task: { ref: above.ref, title: above.title },
          plan: { id: above.plan_id, number: above.number, title: above.plan_title },
          assignmentId: above.assignment_id,
        }
      : null,
    carriedBy: below.map((c) => ({
      task: { id: c.id, ref: c.ref, title: c.title },
      plan: { id: c.plan_id, number: c.number, title: c.plan_title },
      assignmentId: c.assignment_id,
      lead: { id: c.body_id, name: c.body_name, kind: c.body_kind },
      done: Number(c.done),
      overdue: Number(c.overdue),
      total: Number(c.total),
    })),
  };
}

/** One assignment's occurrences with progress and evidence; a lead also sees its partners'. */
export async function getAssignment(ctx: Context, id: string) {
  const { row, plan, canUpdate, followsWholeTask, seesProgress } = await loadAssignment(ctx, id);
  if (!seesProgress) throw notFound('nhiệm vụ');
  const today = vietnamToday();
  // The task's other bodies: for its leads and for the plan's owners, not for a partner.
  const partners = followsWholeTask
    ? await ctx.db
        .selectFrom('assignments as a')
        .innerJoin('bodies as b', 'b.id', 'a.body_id')
        .select(['a.id', 'a.role', 'b.id as body_id', 'b.name', 'b.kind'])
        .where('a.task_id', '=', row.task_id)
        .where('a.id', '!=', row.id)
        .where('a.removed_in_version', 'is', null)
        .orderBy('b.name')
        .execute()
    : [];
  const [occurrences, linked] = await Promise.all([
    occurrencesOf(ctx, [row.id, ...partners.map((p) => p.id)], today),
    linkedWorkOf(ctx, row, plan.body_id, today),
  ]);
  return {
    assignment: {
      id: row.id,
      role: row.role,
      writtenAs: row.written_as,
      body: { id: row.body_id, name: row.body_name, kind: row.body_kind },
      canUpdate,
    },
    task: { id: row.task_id, ref: row.ref, title: row.title, timeframe: row.timeframe as Timeframe | null },
    plan: { id: plan.id, number: plan.number, title: plan.title },
    today,
    ...linked,
    occurrences: occurrences.filter((o) => o.assignmentId === row.id),
    contributions: partners.map((p) => ({
      assignmentId: p.id,
      role: p.role,
      body: { id: p.body_id, name: p.name, kind: p.kind },
      occurrences: occurrences.filter((o) => o.assignmentId === p.id),
    })),
  };
}
