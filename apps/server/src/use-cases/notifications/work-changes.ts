import type { Database } from '@lantoa/db';
import { formatIsoDate, vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { WorkChange } from './notify.ts';

/** A plan's work in force, one entry per assignment: who, in what role, with which open deadlines. */
export type WorkSnapshot = Map<
  string,
  {
    assignmentId: string;
    taskId: string;
    taskRef: string;
    taskTitle: string;
    bodyId: string;
    bodyPath: string;
    role: 'lead' | 'partner';
    openDues: string[];
  }
>;

const keyOf = (taskId: string, bodyId: string, role: string) => `${taskId}|${bodyId}|${role}`;

/** The work of a plan as it stands in `trx` (read before and after a publication to compare). */
export async function workSnapshot(trx: Kysely<Database>, planId: string): Promise<WorkSnapshot> {
  const rows = await trx
    .selectFrom('assignments as a')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .innerJoin('bodies as b', 'b.id', 'a.body_id')
    .leftJoin('occurrences as o', (join) =>
      // Only what is still to come: a publication never rewrites what is already due.
      join
        .onRef('o.assignment_id', '=', 'a.id')
        .on('o.completed_on', 'is', null)
        .on('o.due_on', '>', vietnamToday()),
    )
    .select(['a.id', 'a.task_id', 'a.body_id', 'a.role', 't.ref', 't.title', 'b.path', 'o.due_on'])
    .where('t.plan_id', '=', planId)
    .where('a.removed_in_version', 'is', null)
    .where('t.removed_in_version', 'is', null)
    .orderBy('o.due_on')
    .execute();
  const snapshot: WorkSnapshot = new Map();
  for (const r of rows) {
    const key = keyOf(r.task_id, r.body_id, r.role);
    const entry = snapshot.get(key) ?? {
      assignmentId: r.id,
      taskId: r.task_id,
      taskRef: r.ref,
      taskTitle: r.title,
      bodyId: r.body_id,
      bodyPath: r.path,
      role: r.role,
      openDues: [],
    };
    if (r.due_on) entry.openDues.push(r.due_on);
    snapshot.set(key, entry);
  }
  return snapshot;
}

const leadsOf = (snapshot: WorkSnapshot) => {
  const leads = new Map<string, string[]>();
  for (const a of snapshot.values()) {
    if (a.role === 'lead') leads.set(a.taskId, [...(leads.get(a.taskId) ?? []), a.bodyId].sort());
  }
  return leads;
};

/**
 * What a publication changed for each body: a new assignment, moved deadlines (its open occurrences'
 * due dates), a new lead on a task it keeps working on. Work taken away is not a task to do and
 * tells nobody.
 */
export function workChangesByBody(before: WorkSnapshot, after: WorkSnapshot) {
  const leadsBefore = leadsOf(before);
  const leadsAfter = leadsOf(after);
  const byBody = new Map<string, { path: string; changes: WorkChange[] }>();
  for (const [key, now] of after) {
    const was = before.get(key);
    const what: string[] = [];
    if (!was) what.push(now.role === 'lead' ? 'được giao chủ trì' : 'được giao phối hợp');
    else {
      if (was.openDues.join() !== now.openDues.join()) {
        const next = now.openDues[0];
        what.push(next ? `thời hạn mới ${formatIsoDate(next)}` : 'không còn thời hạn nào phải làm');
      }
      const leadChanged =
        (leadsBefore.get(now.taskId) ?? []).join() !== (leadsAfter.get(now.taskId) ?? []).join();
      if (leadChanged && now.role === 'partner') what.push('đơn vị chủ trì thay đổi');
    }
    if (what.length === 0) continue;
    const entry = byBody.get(now.bodyId) ?? { path: now.bodyPath, changes: [] };
    entry.changes.push({
      assignmentId: now.assignmentId,
      taskRef: now.taskRef,
      taskTitle: now.taskTitle,
      what: what.join(', '),
    });
    byBody.set(now.bodyId, entry);
  }
  return byBody;
}
