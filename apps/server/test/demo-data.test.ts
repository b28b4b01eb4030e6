import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoPlans } from '../src/seed/demo-plans.ts';
import { createTestApp, signIn, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoPlans(t.handle.db);
});
afterAll(async () => t?.close());

describe('the demo data', () => {
  it('publishes the three sample plans, Hòa An’s linked to Tuyên Quang’s', async () => {
    const plans = await t.handle.db
      .selectFrom('plans')
      .select(['id', 'number', 'parent_plan_id', 'title'])
      .execute();
    expect(plans).toHaveLength(3);
    const tq = plans.find((p) => p.number === '178/KH-UBND');
    const hoaAn = plans.find((p) => p.number === '139/KH-UBND');
    expect(hoaAn?.parent_plan_id).toBe(tq?.id);
  });

  it('shows a living plan: Hòa An’s focal point has tasks, some done and some overdue', async () => {
    const focal = await signIn(t.app, 'hoaan.daumoi');
    const mine = (await focal.get('/api/my-tasks')).json().items;
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.some((i: { done: number }) => i.done > 0)).toBe(true);
    expect(mine.some((i: { overdue: number }) => i.overdue > 0)).toBe(true);
  });
});
