import { type Database, recordAudit } from '@lantoa/db';
import { type AuditAction, type PlanSchedule, scheduleOccurrences, vietnamToday } from '@lantoa/domain';
import type { PlanExtract, PlanTask } from '@lantoa/plan-parser';
import type { Kysely } from 'kysely';
import {
  type BodyMapping,
  bodyPaths,
  type Role,
  readCoordination,
  taskWork,
  type WantedAssignment,
} from './task-work.ts';

const CHUNK = 500;
async function inChunks<T>(rows: T[], run: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await run(rows.slice(i, i + CHUNK));
}

const refKey = (ref: string) => ref.replace(/\s+/g, '').toUpperCase();

export interface SyncContext {
  planId: string;
  /** The plan version being written: 1 for a new plan. */
  version: number;
  extract: PlanExtract;
  mapping: BodyMapping;
  schedule: PlanSchedule;
  actorId: string;
  /** The issuing body: work goes only to bodies within its subtree (see taskWork). */
  bodyId: string;
  issuerPath: string;
  /** The plan this one is based on: each task's `parentRef` names a task of it (linked work). */
  parentPlanId: string | null;
}

/**
 * Makes a plan's targets, tasks, assignments and occurrences match a reviewed extraction. For a new
 * plan everything is added; for an amendment, tasks are matched by their number, assignments by body
 * and role: what disappears is marked removed in this version (never deleted, so its history and
 * progress stay), what comes back is restored, and open occurrences no longer scheduled and never
 * touched are dropped. Each task's change is on the audit trail. Bodies named outside the issuer's
 * subtree are kept on the task as its coordination ("phối hợp từ cấp trên"), never assigned.
 */
export async function syncPlanContent(trx: Kysely<Database>, s: SyncContext) {
  await trx.deleteFrom('targets').where('plan_id', '=', s.planId).execute();
  if (s.extract.targets.length) {
    await trx
      .insertInto('targets')
      .values(
        s.extract.targets.map((t, position) => ({
          plan_id: s.planId,
          position,
          year: t.year,
          comparator: t.comparator,
          value: t.value,
          unit: t.unit,
          text: t.text,
        })),
      )
      .execute();
  }
  const existing = await trx
    .selectFrom('tasks')
    .selectAll()
    .where('plan_id', '=', s.planId)
    .where('removed_in_version', 'is', null)
    .execute();
  const byRef = new Map(existing.map((t) => [refKey(t.ref), t]));
  const parentTaskIds = await parentTasksByRef(trx, s.parentPlanId);
  const paths = await bodyPaths(trx, Object.values(s.mapping).flat());
  const kept = new Set<string>();
  let assignmentCount = 0;
  let occurrenceCount = 0;

  for (const [position, task] of s.extract.tasks.entries()) {
    const { wanted, coordination } = taskWork(task, s.mapping, s.issuerPath, paths);
    const parentTaskId = (task.parentRef && parentTaskIds.get(refKey(task.parentRef))) || null;
    const previous = byRef.get(refKey(task.ref));
    let taskId: string;
    const isNew = !previous || kept.has(previous.id);
    if (!isNew && previous) {
      taskId = previous.id;
      kept.add(taskId);
      const changed =
        previous.title !== task.title ||
        JSON.stringify(previous.timeframe) !== JSON.stringify(task.timeframe) ||
        JSON.stringify(readCoordination(previous.coordination)) !== JSON.stringify(coordination) ||
        previous.parent_task_id !== parentTaskId;
      await trx
        .updateTable('tasks')
        .set({
          title: task.title,
          timeframe: JSON.stringify(task.timeframe),
          coordination: JSON.stringify(coordination),
          parent_task_id: parentTaskId,
          position,
        })
        .where('id', '=', taskId)
        .execute();
      if (changed) {
        await audit(
          trx,
          s,
          'task.amend',
          taskId,
          {
            title: previous.title,
            timeframe: previous.timeframe,
            coordination: previous.coordination,
            parentTaskId: previous.parent_task_id,
          },
          { ...task, coordination, parentTaskId },
        );
      }
    } else {
      const row = await trx
        .insertInto('tasks')
        .values({
          plan_id: s.planId,
          position,
          ref: task.ref,
          title: task.title,
          timeframe: JSON.stringify(task.timeframe),
          coordination: JSON.stringify(coordination),
          parent_task_id: parentTaskId,
          since_version: s.version,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      taskId = row.id;
      await audit(trx, s, 'task.create', taskId, undefined, { ...task, coordination, parentTaskId });
    }
    const counts = await syncAssignments(trx, s, taskId, task, wanted, isNew);
    assignmentCount += counts.assignments;
    occurrenceCount += counts.occurrences;
  }

  for (const gone of existing.filter((t) => !kept.has(t.id))) {
    await trx.updateTable('tasks').set({ removed_in_version: s.version }).where('id', '=', gone.id).execute();
    await audit(trx, s, 'task.remove', gone.id, { ref: gone.ref, title: gone.title }, undefined);
  }
  return {
    tasks: s.extract.tasks.length,
    targets: s.extract.targets.length,
    assignments: assignmentCount,
    occurrences: occurrenceCount,
  };
}

/** The current tasks of the plan above by their number, for the links of this plan's tasks. */
async function parentTasksByRef(trx: Kysely<Database>, parentPlanId: string | null) {
  if (!parentPlanId) return new Map<string, string>();
  const rows = await trx
    .selectFrom('tasks')
    .select(['id', 'ref'])
    .where('plan_id', '=', parentPlanId)
    .where('removed_in_version', 'is', null)
    .execute();
  return new Map(rows.map((t) => [refKey(t.ref), t.id]));
}

async function syncAssignments(
  trx: Kysely<Database>,
  s: SyncContext,
  taskId: string,
  task: PlanTask,
  wanted: WantedAssignment[],
  isNew: boolean,
) {
  const rows = await trx.selectFrom('assignments').selectAll().where('task_id', '=', taskId).execute();
  const key = (bodyId: string, role: Role) => `${bodyId}|${role}`;
  const byKey = new Map(rows.map((r) => [key(r.body_id, r.role), r]));
  const wantedKeys = new Set(wanted.map((w) => key(w.bodyId, w.role)));

  const removed = rows.filter(
    (r) => r.removed_in_version === null && !wantedKeys.has(key(r.body_id, r.role)),
  );
  if (removed.length) {
    await trx
      .updateTable('assignments')
      .set({ removed_in_version: s.version })
      .where(
        'id',
        'in',
        removed.map((r) => r.id),
      )
      .execute();
  }
  const restored = wanted
    .map((w) => byKey.get(key(w.bodyId, w.role)))
    .filter((r) => r && r.removed_in_version !== null);
  if (restored.length) {
    await trx
      .updateTable('assignments')
      .set({ removed_in_version: null })
      .where(
        'id',
        'in',
        restored.map((r) => r?.id as string),
      )
      .execute();
  }
  const added: { id: string }[] = [];
  const fresh = wanted.filter((w) => !byKey.has(key(w.bodyId, w.role)));
  await inChunks(fresh, async (chunk) =>
    added.push(
      ...(await trx
        .insertInto('assignments')
        .values(
          chunk.map((w) => ({
            task_id: taskId,
            body_id: w.bodyId,
            role: w.role,
            written_as: w.writtenAs,
            since_version: s.version,
          })),
        )
        .returning('id')
        .execute()),
    ),
  );
  const active = [
    ...rows.filter((r) => wantedKeys.has(key(r.body_id, r.role))).map((r) => r.id),
    ...added.map((a) => a.id),
  ];
  // A new task's bodies are part of its creation entry; only later changes get an entry of their own.
  if (!isNew && (removed.length || fresh.length)) {
    await audit(
      trx,
      s,
      'task.assign',
      taskId,
      { removed: removed.map((r) => ({ bodyId: r.body_id, role: r.role })) },
      { added: fresh.map((w) => ({ bodyId: w.bodyId, role: w.role })) },
    );
  }

  const dates = scheduleOccurrences(task.timeframe, s.schedule);
  // An amendment changes the work from tomorrow on: occurrences already due stay as they were (closed
  // periods read their figures from them), so it neither adds nor removes any up to today.
  const today = vietnamToday();
  const amendable = s.version > 1 ? dates.filter((d) => d.dueOn > today) : dates;
  const occurrences = active.flatMap((assignmentId) =>
    amendable.map((d) => ({ assignment_id: assignmentId, due_on: d.dueOn, label: d.label, kind: d.kind })),
  );
  await inChunks(occurrences, (chunk) =>
    trx
      .insertInto('occurrences')
      .values(chunk)
      .onConflict((oc) => oc.columns(['assignment_id', 'due_on']).doNothing())
      .execute(),
  );
  // Occurrences the new timeframe no longer has go, unless someone already worked on them.
  if (active.length && s.version > 1) {
    let stale = trx
      .deleteFrom('occurrences')
      .where('assignment_id', 'in', active)
      .where('due_on', '>', today)
      .where('completed_on', 'is', null)
      .where('note', 'is', null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('evidence').select('id').whereRef('evidence.occurrence_id', '=', 'occurrences.id'),
          ),
        ),
      );
    if (dates.length)
      stale = stale.where(
        'due_on',
        'not in',
        dates.map((d) => d.dueOn),
      );
    await stale.execute();
  }
  return { assignments: active.length, occurrences: active.length * dates.length };
}

function audit(
  trx: Kysely<Database>,
  s: SyncContext,
  action: AuditAction,
  taskId: string,
  before: unknown,
  after: unknown,
) {
  return recordAudit(trx, {
    actorId: s.actorId,
    bodyId: s.bodyId,
    action,
    entityType: 'task',
    entityId: taskId,
    before: before === undefined ? undefined : { ...(before as object), version: s.version - 1 },
    after: after === undefined ? undefined : { ...(after as object), version: s.version },
  });
}
