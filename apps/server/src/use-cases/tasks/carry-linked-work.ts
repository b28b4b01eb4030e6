import { type Database, recordAudit } from '@lantoa/db';
import { type CarryingOccurrence, carriedProgress } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/**
 * Carries the progress of linked work up (domain/plans/linked-work.ts): for each task above named
 * here, the assignment of each body that has a task of its own plan linked to it takes its state
 * from the lead's due dates on those tasks, on the audit trail as progress like any other. An
 * assignment whose links are gone keeps its last state and may be recorded by hand again. Called in
 * the transaction that changed the work below (progress recorded, a plan published or amended).
 */
export async function carryLinkedWork(
  trx: Kysely<Database>,
  parentTaskIds: readonly (string | null)[],
  actorId: string | null,
): Promise<void> {
  const ids = [...new Set(parentTaskIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  const linkedBodies = await trx
    .selectFrom('tasks as c')
    .innerJoin('plans as p', 'p.id', 'c.plan_id')
    .select(['c.parent_task_id as task_id', 'p.body_id'])
    .distinct()
    .where('c.parent_task_id', 'in', ids)
    .where('c.removed_in_version', 'is', null)
    .execute();
  const linked = new Set(linkedBodies.map((l) => `${l.task_id}|${l.body_id}`));
  // The due dates above first, locked: two bodies' offices recording below at once each see the
  // other's entry once its transaction ends, and the last one to write above has read both.
  const above = await trx
    .selectFrom('occurrences as o')
    .innerJoin('assignments as a', 'a.id', 'o.assignment_id')
    .select(['o.id', 'o.due_on', 'o.completed_on', 'o.note', 'o.carried', 'a.task_id', 'a.body_id'])
    .where('a.task_id', 'in', ids)
    .where('a.removed_in_version', 'is', null)
    .where((eb) =>
      eb.or([
        eb('o.carried', '=', true),
        ...(linkedBodies.length
          ? [
              eb(
                'a.body_id',
                'in',
                linkedBodies.map((l) => l.body_id),
              ),
            ]
          : []),
      ]),
    )
    .orderBy('o.id')
    .forUpdate()
    .execute();
  if (above.length === 0) return;
  const below = linkedBodies.length
    ? await trx
        .selectFrom('tasks as c')
        .innerJoin('plans as p', 'p.id', 'c.plan_id')
        .innerJoin('assignments as a', 'a.task_id', 'c.id')
        .innerJoin('occurrences as o', 'o.assignment_id', 'a.id')
        .select([
          'c.id as task_id',
          'c.parent_task_id',
          'c.ref',
          'p.body_id',
          'p.number',
          'o.due_on',
          'o.completed_on',
          'o.note',
        ])
        .where('c.parent_task_id', 'in', ids)
        .where('c.removed_in_version', 'is', null)
        .where('a.role', '=', 'lead')
        .where('a.removed_in_version', 'is', null)
        .execute()
    : [];

  const groups = new Map<string, typeof above>();
  for (const o of above) {
    const key = `${o.task_id}|${o.body_id}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  for (const [key, occurrences] of groups) {
    const from = below.filter((b) => `${b.parent_task_id}|${b.body_id}` === key);
    const carrying: CarryingOccurrence[] = from.map((b) => ({
      dueOn: b.due_on,
      completedOn: b.completed_on,
      note: b.note,
      source: `Kế hoạch ${b.number ?? 'của đơn vị'}, nhiệm vụ ${b.ref}`,
    }));
    const next = linked.has(key)
      ? carriedProgress(
          occurrences.map((o) => ({
            id: o.id,
            dueOn: o.due_on,
            completedOn: o.completed_on,
            carried: o.carried,
          })),
          carrying,
        )
      : new Map();
    for (const o of occurrences) {
      const state = next.get(o.id);
      if (!state) {
        // No longer carried: it keeps its state and is the body's to record again.
        if (o.carried)
          await trx.updateTable('occurrences').set({ carried: false }).where('id', '=', o.id).execute();
        continue;
      }
      if (o.carried && state.completedOn === o.completed_on && state.note === o.note) continue;
      await trx
        .updateTable('occurrences')
        .set((eb) => ({
          completed_on: state.completedOn,
          note: state.note,
          carried: true,
          version: eb('version', '+', 1),
          updated_by: actorId,
          updated_at: new Date(),
        }))
        .where('id', '=', o.id)
        .execute();
      if (state.completedOn === o.completed_on && state.note === o.note) continue;
      await recordAudit(trx, {
        actorId,
        bodyId: o.body_id,
        action: 'occurrence.progress',
        entityType: 'occurrence',
        entityId: o.id,
        before: { note: o.note, completedOn: o.completed_on },
        after: {
          note: state.note,
          completedOn: state.completedOn,
          carriedFrom: [...new Set(from.map((b) => b.task_id))],
        },
      });
    }
  }
}
