import { occurrenceState, vietnamToday } from '@lantoa/domain';
import type { Timeframe } from '@lantoa/plan-parser';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
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
  const occurrences = await occurrencesOf(ctx, [row.id, ...partners.map((p) => p.id)], today);
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
    occurrences: occurrences.filter((o) => o.assignmentId === row.id),
    contributions: partners.map((p) => ({
      assignmentId: p.id,
      role: p.role,
      body: { id: p.body_id, name: p.name, kind: p.kind },
      occurrences: occurrences.filter((o) => o.assignmentId === p.id),
    })),
  };
}
