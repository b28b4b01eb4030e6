// The demo's training records: Hòa An's three digital teams with their members (one below the
// minimum of seven), a training a month before the day the demo is loaded with four members certified,
// a briefing of officials counted, and the provincial plan's indicator of digital-team members trained,
// measured from those records.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoPlans } from '../src/seed/demo-plans.ts';
import { seedDemoTraining } from '../src/seed/demo-training.ts';
import { pinClock } from './support/clock.ts';
import { type Agent, bodyIdByCode, createTestApp, signIn, type TestApp } from './support/test-app.ts';

pinClock('2026-11-20T10:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let hoaAn: string;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoPlans(t.handle.db);
  await seedDemoTraining(t.handle.db);
  coordinator = await signIn(t.app, 'tq.dieuphoi');
  hoaAn = await bodyIdByCode(t.handle, '02353');
});
afterAll(async () => t?.close());

describe('the demo’s training records', () => {
  it('gives Hòa An’s villages their teams, one below seven members, each led', async () => {
    const teams = (await coordinator.get(`/api/bodies/${hoaAn}/teams`)).json().items;
    const byVillage = Object.fromEntries(
      teams.map((i: { village: string; members: number; belowMinimum: boolean; leader: unknown }) => [
        i.village,
        [i.members, i.belowMinimum, i.leader !== null],
      ]),
    );
    expect(byVillage).toEqual({
      'Thôn Đồng Tâm': [8, false, true],
      'Thôn Tân Tiến': [5, true, true],
      'Thôn Thống Nhất': [7, false, true],
    });
    const dongTam = teams.find((i: { village: string }) => i.village === 'Thôn Đồng Tâm');
    expect(dongTam.citizensHelpedLast30Days).toBe(27);
  });

  it('holds last month’s training with four certified, and measures the plan’s indicator from it', async () => {
    const courses = (await coordinator.get('/api/courses')).json().items;
    const training = courses.find((c: { kind: string }) => c.kind === 'training');
    expect(training).toMatchObject({ startsOn: '2026-10-21', nominated: 5, attended: 4 });
    const course = (await coordinator.get(`/api/courses/${training.id}`)).json();
    expect(course.participants.filter((p: { certificateNo: string | null }) => p.certificateNo)).toHaveLength(
      4,
    );

    const plan = await t.handle.db
      .selectFrom('plans')
      .select('id')
      .where('number', '=', '178/KH-UBND')
      .executeTakeFirstOrThrow();
    const indicators = (await coordinator.get(`/api/plans/${plan.id}/indicators`)).json().items;
    const teamsTrained = indicators.find(
      (i: { computedAudience: string | null }) => i.computedAudience === 'digital_team',
    );
    expect(teamsTrained).toMatchObject({ source: 'computed', computedKind: 'audience_trained' });
    const periods = (await coordinator.get(`/api/plans/${plan.id}/periods`)).json().items;
    const period = periods.find(
      (p: { dataFrom: string; dataTo: string }) => p.dataFrom <= '2026-11-20' && p.dataTo >= '2026-11-20',
    );
    const rollup = (
      await coordinator.get(`/api/indicators/${teamsTrained.id}/rollup?periodId=${period.id}&bodyId=${hoaAn}`)
    ).json();
    // 4 trained of the 20 members of Hòa An's teams.
    expect(rollup.value).toMatchObject({ numerator: 4, denominator: 20, value: 20 });
  });

  it('gives each of the province’s bodies, read together, the figure it has read alone, live or as of its close', async () => {
    const plan = await t.handle.db
      .selectFrom('plans')
      .select(['id', 'body_id'])
      .where('number', '=', '178/KH-UBND')
      .executeTakeFirstOrThrow();
    const indicators = (await coordinator.get(`/api/plans/${plan.id}/indicators`)).json().items;
    const periods = (await coordinator.get(`/api/plans/${plan.id}/periods`)).json().items;
    const open = periods.find(
      (p: { dataFrom: string; dataTo: string }) => p.dataFrom <= '2026-11-20' && p.dataTo >= '2026-11-20',
    );
    // A period already closed, where Hòa An's report was accepted before the deadline: its figures
    // stand at that acceptance, the others' at the deadline.
    const closed = periods.find((p: { dueOn: string }) => p.dueOn < '2026-11-20');
    expect(closed).toBeDefined();
    const acceptedAt = new Date(`${closed.dueOn}T03:00:00Z`);
    await t.handle.db
      .insertInto('reports')
      .values({ period_id: closed.id, body_id: hoaAn, status: 'accepted', reviewed_at: acceptedAt })
      .onConflict((oc) =>
        oc.columns(['period_id', 'body_id']).doUpdateSet({ status: 'accepted', reviewed_at: acceptedAt }),
      )
      .execute();
    for (const indicator of indicators.filter((i: { source: string }) => i.source === 'computed')) {
      for (const period of [open, closed]) {
        const together = (
          await coordinator.get(
            `/api/indicators/${indicator.id}/rollup?periodId=${period.id}&bodyId=${plan.body_id}`,
          )
        ).json();
        const shown = together.children as { body: { id: string }; numerator: number; denominator: number }[];
        // Every body shown, and Hòa An (the one with teams) whatever its figure.
        const ids = new Set([...shown.map((c) => c.body.id), hoaAn]);
        for (const id of ids) {
          const alone = (
            await coordinator.get(`/api/indicators/${indicator.id}/rollup?periodId=${period.id}&bodyId=${id}`)
          ).json().value;
          const child = shown.find((c) => c.body.id === id);
          if (alone.value === null) expect(child).toBeUndefined();
          else
            expect([indicator.computedKind, period.id, child?.numerator, child?.denominator]).toEqual([
              indicator.computedKind,
              period.id,
              alone.numerator,
              alone.denominator,
            ]);
        }
      }
    }
  });

  it('counts the officials briefed against the commune’s head-count', async () => {
    const people = (await coordinator.get(`/api/bodies/${hoaAn}/people`)).json();
    expect(people.audiences.find((a: { audience: string }) => a.audience === 'officials')).toMatchObject({
      headcount: 45,
      denominator: 45,
      informed: 38,
    });
    expect(people.audiences.find((a: { audience: string }) => a.audience === 'digital_team')).toMatchObject({
      named: 20,
      trained: 4,
    });
  });
});
