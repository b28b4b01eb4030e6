// Linked work: a commune's plan drafted from the province's carries the province's tasks; the commune
// records progress once, on its own task, and its assignment on the province's task takes that state
// (on the audit trail), refuses an entry of its own, and shows the tasks behind it. A commune plan
// uploaded as a document gets the same links proposed by matching its tasks to the province's.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanReminders } from '../src/use-cases/notifications/scan-reminders.ts';
import { pinClock } from './support/clock.ts';
import { publishSample, samplePlan, uploadPlan } from './support/factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp, userIdByName } from './support/test-app.ts';

pinClock('2026-08-20T09:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let hoaAn: string;
let parentPlanId: string;
let childPlanId: string;

interface Occurrence {
  id: string;
  dueOn: string;
  completedOn: string | null;
  note: string | null;
  carried: boolean;
  version: number;
}
interface AssignmentDetail {
  task: { id: string; ref: string };
  carries: { task: { ref: string }; plan: { id: string }; assignmentId: string | null } | null;
  carriedBy: { task: { id: string; ref: string }; assignmentId: string; done: number; total: number }[];
  occurrences: Occurrence[];
}

beforeAll(async () => {
  ({ t, coordinator, focal } = await signedInApp({ coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi' }));
  hoaAn = await bodyIdByCode(t.handle, '02353');
  parentPlanId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  // The province's plan as Hòa An's plan cites it: "Kế hoạch số 178/KH-UBND ngày 07/5/2026".
  await t.handle.db
    .updateTable('plans')
    .set({ number: '178/KH-UBND', issued_on: '2026-05-07' })
    .where('id', '=', parentPlanId)
    .execute();
});
afterAll(async () => t?.close());

/** Hòa An's assignment on a task of the province's plan, by the task's number. */
async function assignmentAbove(ref: string) {
  const row = await t.handle.db
    .selectFrom('assignments as a')
    .innerJoin('tasks as tk', 'tk.id', 'a.task_id')
    .select('a.id')
    .where('tk.plan_id', '=', parentPlanId)
    .where('tk.ref', '=', ref)
    .where('a.body_id', '=', hoaAn)
    .orderBy('a.role')
    .executeTakeFirstOrThrow();
  return row.id;
}
const detail = async (agent: Agent, assignmentId: string) => {
  const res = await agent.get(`/api/assignments/${assignmentId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as AssignmentDetail;
};
const record = (occurrence: Occurrence, body: { completedOn?: string | null; note?: string | null }) =>
  focal.post(`/api/occurrences/${occurrence.id}/progress`, { ...body, version: occurrence.version });

describe('a commune’s own task carries the province’s', () => {
  let childTask: { id: string; ref: string; parent_task_id: string | null };
  let childLead: string;
  let above: string;

  it('links each task of the drafted plan to the task it came from', async () => {
    // Before the commune has a plan of its own, its work list holds its assignments on the province's.
    const before = await focal.get(`/api/my-tasks?q=${encodeURIComponent('178/KH-UBND')}&pageSize=100`);
    expect(before.json().total).toBeGreaterThan(0);
    const drafted = await coordinator.post(`/api/plans/${parentPlanId}/child-drafts`, { bodyId: hoaAn });
    const draft = (await coordinator.get(`/api/plan-imports/${drafted.json().import.id}`)).json();
    expect(draft.parentPlan.id).toBe(parentPlanId);
    for (const task of draft.extract.tasks) expect(task.parentRef).toBe(task.ref);
    const saved = await coordinator.patch(`/api/plan-imports/${draft.id}`, {
      extract: { ...draft.extract, document: { ...draft.extract.document, number: '45/KH-UBND' } },
      version: draft.version,
    });
    const published = await coordinator.post(`/api/plan-imports/${draft.id}/publish`, {
      version: saved.json().version,
    });
    expect(published.statusCode, published.body).toBe(201);
    childPlanId = published.json().planId;
    const tasks = await t.handle.db
      .selectFrom('tasks as c')
      .leftJoin('tasks as p', 'p.id', 'c.parent_task_id')
      .select(['c.id', 'c.ref', 'c.parent_task_id', 'p.plan_id as parent_plan', 'p.ref as parent_ref'])
      .where('c.plan_id', '=', childPlanId)
      .orderBy('c.position')
      .execute();
    expect(tasks.length).toBeGreaterThan(3);
    for (const task of tasks) {
      expect(task.parent_plan).toBe(parentPlanId);
      expect(task.parent_ref).toBe(task.ref);
    }
    childTask = tasks[0] as (typeof tasks)[number];
    childLead = (
      await t.handle.db
        .selectFrom('assignments')
        .select('id')
        .where('task_id', '=', childTask.id)
        .where('role', '=', 'lead')
        .executeTakeFirstOrThrow()
    ).id;
    above = await assignmentAbove(childTask.ref);
  });

  it('shows the province’s assignment the commune’s task behind it, and the commune’s task where it leads', async () => {
    const parent = await detail(coordinator, above);
    expect(parent.carriedBy.map((c) => c.task.id)).toEqual([childTask.id]);
    expect(parent.carriedBy[0]?.assignmentId).toBe(childLead);
    const child = await detail(focal, childLead);
    expect(child.carries?.plan.id).toBe(parentPlanId);
    expect(child.carries?.task.ref).toBe(childTask.ref);
    expect(child.carries?.assignmentId).toBe(above);
    // The commune's work list holds the work once: as the task of its own plan.
    const mine = async (q: string) =>
      (
        (await focal.get(`/api/my-tasks?q=${encodeURIComponent(q)}&pageSize=100`)).json().items as {
          assignmentId: string;
        }[]
      ).map((i) => i.assignmentId);
    expect(await mine('178/KH-UBND')).toEqual([]);
    expect(await mine('45/KH-UBND')).toContain(childLead);
  });

  it('carries progress recorded on the commune’s task up to its assignment on the province’s, once', async () => {
    const child = await detail(focal, childLead);
    const first = child.occurrences[0] as Occurrence;
    const res = await record(first, {
      completedOn: first.dueOn < '2026-08-20' ? first.dueOn : '2026-08-19',
      note: 'Đã tổ chức 3 buổi',
    });
    expect(res.statusCode, res.body).toBe(200);
    const parent = await detail(focal, above);
    const carried = parent.occurrences.find((o) => o.dueOn >= first.dueOn) as Occurrence;
    expect(carried.carried).toBe(true);
    expect(carried.completedOn).toBe(res.json().occurrence.completedOn);
    expect(carried.note).toBe(`Kế hoạch 45/KH-UBND, nhiệm vụ ${childTask.ref}: Đã tổ chức 3 buổi`);
    expect(parent.carriedBy[0]?.done).toBe(1);
    // On the audit trail as progress, naming the task it came from.
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['after', 'body_id'])
      .where('entity_id', '=', carried.id)
      .where('action', '=', 'occurrence.progress')
      .executeTakeFirstOrThrow();
    expect(audit.body_id).toBe(hoaAn);
    expect((audit.after as { carriedFrom: string[] }).carriedFrom).toEqual([childTask.id]);
  });

  it('refuses an entry of its own on the carried due date, saying where to record it', async () => {
    const parent = await detail(focal, above);
    const carried = parent.occurrences.find((o) => o.carried) as Occurrence;
    const res = await record(carried, { completedOn: null });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/kế hoạch của đơn vị/);
  });

  it('reopens the due date above when the commune clears its entry', async () => {
    const child = await detail(focal, childLead);
    const first = child.occurrences[0] as Occurrence;
    expect((await record(first, { completedOn: null, note: null })).statusCode).toBe(200);
    const parent = await detail(focal, above);
    const carried = parent.occurrences.find((o) => o.carried) as Occurrence;
    expect(carried.completedOn).toBeNull();
    expect(carried.note).toBeNull();
  });
  it('reminds the commune of the work once, on its own task, not on the province’s it carries', async () => {
    // On the day the commune's first due date (open again) falls, which is the carried one's too.
    const first = (await detail(focal, childLead)).occurrences[0] as Occurrence;
    await scanReminders(t.handle.db, {
      today: first.dueOn,
      daysBefore: 7,
      mailer: null,
      publicUrl: 'http://localhost',
    });
    const reminded = await t.handle.db
      .selectFrom('notifications')
      .select(['dedupe_key', 'user_id', 'link'])
      .where('kind', 'in', ['overdue', 'due_soon'])
      .execute();
    // The commune's task is reminded…
    expect(reminded.some((n) => n.dedupe_key?.includes(childTask.id))).toBe(true);
    // …and nobody is reminded of the commune's assignment above, which follows it.
    const focalId = await userIdByName(t.handle, 'hoaan.daumoi');
    const parentTask = childTask.parent_task_id ?? '';
    expect(reminded.filter((n) => n.user_id === focalId && n.dedupe_key?.includes(parentTask))).toEqual([]);
    expect(reminded.filter((n) => n.link === `/assignments/${above}`)).toEqual([]);
  });
});

describe('a commune plan uploaded as a document', () => {
  it('is found to be based on the province’s plan and has its tasks linked for the review', async () => {
    const upload = await uploadPlan(
      t,
      coordinator,
      { bodyId: hoaAn },
      { name: 'hoa-an-2026.txt', content: samplePlan('hoa-an-2026.txt') },
    );
    const draft = (await coordinator.get(`/api/plan-imports/${upload.id}`)).json();
    expect(draft.parentPlan.id).toBe(parentPlanId);
    const refs = new Set(draft.parentPlan.tasks.map((task: { ref: string }) => task.ref));
    const linked = draft.extract.tasks.filter((task: { parentRef: string | null }) => task.parentRef);
    // Most of the commune's tasks are the province's rewritten; each link names a task of it.
    expect(linked.length).toBeGreaterThan(draft.extract.tasks.length / 2);
    for (const task of linked) expect(refs.has(task.parentRef)).toBe(true);
  });
});
