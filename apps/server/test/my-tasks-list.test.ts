import type { myTasks as myTasksContract } from '@lantoa/api-contract/tasks';
import { foldVietnamese } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { pinClock } from './support/clock.ts';
import { publishSample } from './support/factories.ts';
import { readEveryPage } from './support/paging.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

// "My tasks" of a national or provincial account holds thousands of assignments: the server pages
// the list to its end and filters it (words, the state of the next open date), the total following.

const TODAY = '2026-12-02';
pinClock(`${TODAY}T09:00:00+07:00`);

type Page = z.output<typeof myTasksContract>;
type Item = Page['items'][number];

let t: TestApp;
let admin: Agent;
let focal: Agent;
let hoaAn: string;
let all: Item[];

const readToTheEnd = (agent: Agent, filter: string, pageSize: number) =>
  readEveryPage<Item>(agent, '/api/my-tasks', filter, pageSize);

beforeAll(async () => {
  ({ t, admin, focal } = await signedInApp({ admin: 'admin', focal: 'hoaan.daumoi' }));
  hoaAn = await bodyIdByCode(t.handle, '02353');
  await publishSample(t, admin, '08', 'tuyen-quang-2026.txt');
  await publishSample(t, admin, '02353', 'hoa-an-2026.txt');
  await publishSample(t, admin, '14', 'son-la-2025.txt');
  all = await readToTheEnd(admin, '', 200);
});
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

describe('my tasks, paged by the server', () => {
  it('holds every assignment in force below the account, each once, page after page', async () => {
    const inForce = await t.handle.db
      .selectFrom('assignments as a')
      .innerJoin('tasks as tk', 'tk.id', 'a.task_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('a.removed_in_version', 'is', null)
      .where('tk.removed_in_version', 'is', null)
      .executeTakeFirstOrThrow();
    expect(all.length).toBe(Number(inForce.n));
    expect(all.length).toBeGreaterThan(200);
    const paged = await readToTheEnd(admin, '', 100);
    expect(paged.map((i) => i.assignmentId)).toEqual(all.map((i) => i.assignmentId));
    expect(new Set(paged.map((i) => i.assignmentId)).size).toBe(paged.length);
    const first = (await admin.get('/api/my-tasks')).json();
    expect(first.items).toHaveLength(50);
    expect(first.total).toBe(all.length);
  });

  it('gives each assignment its next open date and counts', () => {
    for (const i of all) {
      expect(i.next === null).toBe(i.open === 0);
      if (i.next) expect(i.next.state).toBe(i.next.dueOn < TODAY ? 'overdue' : 'in_progress');
      expect(i.overdue > 0).toBe(i.next?.state === 'overdue');
    }
  });

  it('filters by the state of the next open date, the three making the whole', async () => {
    const overdue = await readToTheEnd(admin, 'state=overdue', 200);
    const inProgress = await readToTheEnd(admin, 'state=in_progress', 200);
    const done = await readToTheEnd(admin, 'state=done', 200);
    expect(overdue.map((i) => i.assignmentId)).toEqual(
      all.filter((i) => i.next?.state === 'overdue').map((i) => i.assignmentId),
    );
    expect(inProgress.map((i) => i.assignmentId)).toEqual(
      all.filter((i) => i.next?.state === 'in_progress').map((i) => i.assignmentId),
    );
    expect(done.map((i) => i.assignmentId)).toEqual(
      all.filter((i) => i.next === null).map((i) => i.assignmentId),
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length + inProgress.length + done.length).toBe(all.length);
  });

  it('finds words of the plan number, task or body without diacritics', async () => {
    // Every word somewhere in the plan number, task or body, in any order.
    const expected = all.filter((i) => {
      const text = foldVietnamese(`${i.plan.number ?? ''} ${i.task.ref} ${i.task.title} ${i.body.name}`);
      return ['phu', 'nu'].every((word) => text.includes(word));
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    for (const q of ['phu nu', 'PHỤ NỮ', 'nữ phụ']) {
      const found = await readToTheEnd(admin, `q=${encodeURIComponent(q)}`, 200);
      expect(found.map((i) => i.assignmentId)).toEqual(expected.map((i) => i.assignmentId));
    }
  });

  it('shows a commune its own body and below only', async () => {
    const own = await readToTheEnd(focal, '', 200);
    expect(own.length).toBeGreaterThan(0);
    const paths = new Map(
      (await t.handle.db.selectFrom('bodies').select(['id', 'path']).execute()).map((b) => [b.id, b.path]),
    );
    const hoaAnPath = paths.get(hoaAn) as string;
    expect(own.every((i) => (paths.get(i.body.id) as string).startsWith(hoaAnPath))).toBe(true);
  });

  it('refuses a state or page it cannot read, in Vietnamese', async () => {
    for (const [query, field] of [
      ['state=boss', 'state'],
      ['pageSize=500', 'pageSize'],
      ['page=0', 'page'],
    ] as const) {
      const res = await admin.get(`/api/my-tasks?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'invalid_input', field });
      expect(res.json().error.message).toMatch(/[àáảãạăâđêôơư]/);
    }
  });
});
