import type { planDetail } from '@lantoa/api-contract/plans';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { pinClock } from './support/clock.ts';
import { publishSample } from './support/factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

// A plan's page counts its work by task and by body, not by raw occurrences: a monthly task with
// twelve due dates counts once in each state it has work in.

const TODAY = '2026-12-02';
pinClock(`${TODAY}T09:00:00+07:00`);

type Detail = z.output<typeof planDetail>;
type State = keyof Detail['counts'];
const STATES: State[] = ['done_on_time', 'done_late', 'in_progress', 'overdue'];

let t: TestApp;
let coordinator: Agent;
let planId: string;
let hoaAn: string;

beforeAll(async () => {
  ({ t, coordinator } = await signedInApp({ coordinator: 'tq.dieuphoi' }));
  hoaAn = await bodyIdByCode(t.handle, '02353');
  planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
});
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

/** The plan as the coordinator reads it, `query` narrowing it. */
const detail = async (query = ''): Promise<Detail> => {
  const res = await coordinator.get(`/api/plans/${planId}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** What the rule gives from the assignments listed: a unit counts once per state it has work in. */
function expectedCounts(detail: Detail) {
  const tasks = detail.tasks.map((task) => {
    const states = new Set<State>();
    for (const a of task.assignments) for (const s of STATES) if (a.counts[s] > 0) states.add(s);
    return states;
  });
  const bodies = new Map<string, Set<State>>();
  for (const task of detail.tasks) {
    for (const a of task.assignments) {
      const states = bodies.get(a.body.id) ?? new Set<State>();
      for (const s of STATES) if (a.counts[s] > 0) states.add(s);
      bodies.set(a.body.id, states);
    }
  }
  const count = (units: Set<State>[]) => ({
    total: units.length,
    counts: Object.fromEntries(STATES.map((s) => [s, units.filter((u) => u.has(s)).length])),
  });
  return { tasks: count(tasks), bodies: count([...bodies.values()]) };
}

describe('a plan’s work by task and by body', () => {
  it('counts each task and each body once per state, never more than there are', async () => {
    const plan = await detail();
    expect(plan.work).toEqual(expectedCounts(plan));
    expect(plan.work.tasks.total).toBe(plan.tasks.length);
    expect(plan.work.bodies.total).toBe(plan.bodies.length);
    for (const s of STATES) {
      expect(plan.work.tasks.counts[s]).toBeLessThanOrEqual(plan.work.tasks.total);
      expect(plan.work.bodies.counts[s]).toBeLessThanOrEqual(plan.work.bodies.total);
    }
    // On the day after a deadline some work is late, and occurrences outnumber the tasks holding them.
    expect(plan.work.tasks.counts.overdue).toBeGreaterThan(0);
    expect(plan.work.bodies.counts.overdue).toBeGreaterThan(0);
    expect(plan.counts.overdue).toBeGreaterThan(plan.work.tasks.counts.overdue);
  });

  it('follows the body and state filters', async () => {
    const forHoaAn = await detail(`?bodyId=${hoaAn}`);
    expect(forHoaAn.work).toEqual(expectedCounts(forHoaAn));
    expect(forHoaAn.work.bodies.total).toBe(1);
    const overdue = await detail('?state=overdue');
    expect(overdue.work).toEqual(expectedCounts(overdue));
    expect(overdue.work.tasks.counts.overdue).toBe(overdue.work.tasks.total);
  });

  it('moves a task out of "overdue" once every overdue occurrence of it is done', async () => {
    const before = await detail();
    // The task with overdue work that has the fewest assignments: every overdue date of it done late.
    const task = before.tasks
      .filter((x) => x.assignments.some((a) => a.counts.overdue > 0))
      .sort((a, b) => a.assignments.length - b.assignments.length)[0];
    expect(task).toBeDefined();
    for (const a of task?.assignments ?? []) {
      const assignment = (await coordinator.get(`/api/assignments/${a.id}`)).json();
      for (const o of assignment.occurrences.filter((o: { state: string }) => o.state === 'overdue')) {
        const res = await coordinator.post(`/api/occurrences/${o.id}/progress`, {
          completedOn: TODAY,
          version: o.version,
        });
        expect(res.statusCode, res.body).toBe(200);
      }
    }
    const after = await detail();
    expect(after.work.tasks.counts.overdue).toBe(before.work.tasks.counts.overdue - 1);
    expect(after.work.tasks.counts.done_late).toBeGreaterThanOrEqual(before.work.tasks.counts.done_late);
    expect(after.work).toEqual(expectedCounts(after));
  });
});
