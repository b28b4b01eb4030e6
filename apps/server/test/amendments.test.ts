import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishAmendment, publishSample } from './support/factories.ts';
import { type Agent, bodyIdByCode, multipart, signedInApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let admin: Agent;
let provincialViewer: Agent;
let planId: string;

const taskByRef = async (ref: string) =>
  t.handle.db
    .selectFrom('tasks')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('ref', '=', ref)
    .executeTakeFirstOrThrow();

// The amendment is published on 01/07/2026: what was due before stays, what is due after follows it.
const AMENDED_ON = '2026-07-01';

beforeAll(async () => {
  vi.setSystemTime(new Date(`${AMENDED_ON}T10:00:00+07:00`));
  ({ t, admin, provincialViewer } = await signedInApp({ admin: 'admin', provincialViewer: 'tq.lanhdao' }));
  planId = (await publishSample(t, admin, '02353', 'hoa-an-2026.txt')).planId;
});
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

describe('amending a plan', () => {
  it('publishes a new version that keeps progress and history, drops removed tasks and reschedules changed ones', async () => {
    // Progress on III.1 before the amendment.
    const first = await taskByRef('III.1');
    const occurrence = await t.handle.db
      .selectFrom('occurrences as o')
      .innerJoin('assignments as a', 'a.id', 'o.assignment_id')
      .select(['o.id', 'o.version'])
      .where('a.task_id', '=', first.id)
      .orderBy('o.due_on')
      .executeTakeFirstOrThrow();
    const progress = await admin.post(`/api/occurrences/${occurrence.id}/progress`, {
      note: 'Đã phát động',
      completedOn: '2026-06-01',
      version: occurrence.version,
    });
    expect(progress.statusCode).toBe(200);

    const festivalDueBefore = (
      await t.handle.db
        .selectFrom('occurrences as o')
        .innerJoin('assignments as a', 'a.id', 'o.assignment_id')
        .select('o.due_on')
        .where('a.task_id', '=', (await taskByRef('III.4')).id)
        .execute()
    ).map((o) => o.due_on);

    // The amended document: III.4 moves to November, III.6 is dropped.
    const hoaAn = await bodyIdByCode(t.handle, '02353');
    const published = await publishAmendment(
      t,
      admin,
      { bodyId: hoaAn, planId, file: 'hoa-an-2026.txt' },
      (tasks) =>
        tasks
          .filter((task) => task.ref !== 'III.6')
          .map((task) =>
            task.ref === 'III.4'
              ? { ...task, timeframe: { text: 'Tháng 11 hằng năm', yearly: true, months: [11] } }
              : task,
          ),
    );
    expect(published).toMatchObject({ planId, version: 2 });

    const plan = (await admin.get(`/api/plans/${planId}`)).json();
    expect(plan.plan.version).toBe(2);
    expect(plan.tasks.map((task: { ref: string }) => task.ref)).not.toContain('III.6');
    expect((await taskByRef('III.6')).removed_in_version).toBe(2);

    const kept = await t.handle.db
      .selectFrom('occurrences')
      .selectAll()
      .where('id', '=', occurrence.id)
      .executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ completed_on: '2026-06-01', note: 'Đã phát động' });

    const festival = await taskByRef('III.4');
    const due = await t.handle.db
      .selectFrom('occurrences as o')
      .innerJoin('assignments as a', 'a.id', 'o.assignment_id')
      .select('o.due_on')
      .where('a.task_id', '=', festival.id)
      .execute();
    const ahead = due.filter((o) => o.due_on > AMENDED_ON);
    expect(ahead.length).toBeGreaterThan(0);
    expect(ahead.every((o) => o.due_on.slice(5, 7) === '11')).toBe(true);
    // What was already due is not rewritten by the amendment (closed periods read their figures from it).
    expect(
      due
        .filter((o) => o.due_on <= AMENDED_ON)
        .map((o) => o.due_on)
        .sort(),
    ).toEqual(festivalDueBefore.filter((d) => d <= AMENDED_ON).sort());

    const history = (await admin.get(`/api/tasks/${festival.id}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['task.create', 'task.amend']);
    expect(history[1].after.version).toBe(2);
    const firstHistory = (await admin.get(`/api/tasks/${first.id}/history`)).json().items;
    expect(firstHistory.map((h: { action: string }) => h.action)).toContain('occurrence.progress');
  });

  it('does not let another body amend the plan or read a task’s history', async () => {
    const task = await taskByRef('III.1');
    // A provincial viewer can read Hòa An's plan (it is in the province's subtree) but not amend it.
    expect((await provincialViewer.get(`/api/tasks/${task.id}/history`)).statusCode).toBe(200);
    const hoaAn = await bodyIdByCode(t.handle, '02353');
    const form = multipart(
      { bodyId: hoaAn, amendsPlanId: planId },
      { name: 'x.txt', type: 'text/plain', content: new Uint8Array([65]) },
    );
    expect(
      (await provincialViewer.request({ method: 'POST', url: '/api/plan-imports', ...form })).statusCode,
    ).toBe(404);
  });
});
