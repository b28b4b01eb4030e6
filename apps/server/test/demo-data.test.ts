import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoLibrary } from '../src/seed/demo-broadcast.ts';
import { seedDemoPlans } from '../src/seed/demo-plans.ts';
import { createTestApp, signIn, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoPlans(t.handle.db);
  await seedDemoLibrary(t.handle.db);
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

  it('compares Hòa An’s plan with Tuyên Quang’s: the 70% training target is set higher', async () => {
    const coordinator = await signIn(t.app, 'tq.dieuphoi');
    const hoaAn = await t.handle.db
      .selectFrom('plans')
      .select('id')
      .where('number', '=', '139/KH-UBND')
      .executeTakeFirstOrThrow();
    const res = (await coordinator.get(`/api/plans/${hoaAn.id}/conformance`)).json();
    expect(res.parent.number).toBe('178/KH-UBND');
    const trained = res.comparison.targets.find((r: { parent: { value: number } }) => r.parent.value === 70);
    expect(trained).toMatchObject({ status: 'higher', child: { value: 100 } });
    expect(res.comparison.summary.tasksWithoutCounterpart).toBe(0);
  });

  it('lets a coordinator unlink and relink the parent plan by hand, refusing a plan that is not above', async () => {
    const coordinator = await signIn(t.app, 'tq.dieuphoi');
    const plans = await t.handle.db.selectFrom('plans').select(['id', 'number']).execute();
    const hoaAn = plans.find((p) => p.number === '139/KH-UBND')?.id;
    const tq = plans.find((p) => p.number === '178/KH-UBND')?.id;
    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: `/api/plans/${hoaAn}/parent`,
          payload: { parentPlanId: null },
        })
      ).json().parent,
    ).toBeNull();
    const wrong = await coordinator.request({
      method: 'PUT',
      url: `/api/plans/${tq}/parent`,
      payload: { parentPlanId: hoaAn },
    });
    expect(wrong.statusCode).toBe(400);
    const relinked = await coordinator.request({
      method: 'PUT',
      url: `/api/plans/${hoaAn}/parent`,
      payload: { parentPlanId: tq },
    });
    expect(relinked.json().parent.id).toBe(tq);
  });

  it('shows a living plan: Hòa An’s focal point has tasks, some done and some overdue', async () => {
    const focal = await signIn(t.app, 'hoaan.daumoi');
    const mine = (await focal.get('/api/my-tasks')).json().items;
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.some((i: { done: number }) => i.done > 0)).toBe(true);
    expect(mine.some((i: { overdue: number }) => i.overdue > 0)).toBe(true);
  });

  it('has an approved poster in the library, a provincial bulletin and stations that receive it', async () => {
    const broadcaster = await signIn(t.app, 'hoaan.truyenthanh');
    const library = (await broadcaster.get('/api/library/items?q=binh dan hoc vu so')).json();
    expect(library.items).toHaveLength(1);
    expect(library.items[0]).toMatchObject({ status: 'approved', hasThumbnail: true, mediaKind: 'image' });
    const bulletins = (await broadcaster.get('/api/broadcast/bulletins')).json();
    expect(bulletins.items[0].sourceItem.id).toBe(library.items[0].id);
    const stations = (await broadcaster.get('/api/broadcast/stations')).json().items;
    expect(stations).toHaveLength(1);
    const reach = await t.handle.db
      .selectFrom('indicators')
      .select('plan_id')
      .where('computed_kind', '=', 'broadcast_reach')
      .execute();
    expect(reach).toHaveLength(3);
  });
});
