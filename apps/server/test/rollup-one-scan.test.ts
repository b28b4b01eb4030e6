// The roll-up screen's total and its children come from one scan grouped two ways
// (rollUpWithChildren): the figures must be those of a separate sum at each body (rollUpAt), with a
// body's own report in its total and in no child, a deeper body's under the child it lies in, and a
// report of another period, another indicator or returned to its body nowhere.
import { findBodyByCode, insertBodies, rollUpAt, rollUpWithChildren } from '@lantoa/db';
import type { ReportStatus, ValueBasis } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedInApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let coordinator: Agent;
let indicatorId: string;
let periodId: string;
const body: Record<string, { id: string; path: string; depth: number }> = {};

beforeAll(async () => {
  ({ t, coordinator } = await signedInApp({ coordinator: 'tq.dieuphoi' }));
  const { db } = t.handle;
  const [country, province, hoaAn, ngocDuong] = await Promise.all(
    ['VN', '08', '02353', '00700'].map((code) =>
      code === 'VN'
        ? db.selectFrom('bodies').selectAll().where('kind', '=', 'country').executeTakeFirstOrThrow()
        : findBodyByCode(db, code),
    ),
  );
  if (!country || !province || !hoaAn || !ngocDuong) throw new Error('demo bodies missing');
  const [village] = await insertBodies(db, hoaAn, [{ kind: 'village', name: 'Thôn Thử Cuộn' }]);
  const [department] = await insertBodies(db, province, [{ kind: 'department', name: 'Sở Thử Cuộn' }]);
  if (!village || !department) throw new Error('bodies not inserted');
  Object.assign(body, { country, province, hoaAn, ngocDuong, village, department });
  const plan = await db
    .insertInto('plans')
    .values({
      body_id: province.id,
      title: 'Kế hoạch cộng dồn',
      start_year: 2026,
      end_year: 2030,
      extract: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const [indicator, otherIndicator] = await db
    .insertInto('indicators')
    .values(
      [0, 1].map((position) => ({
        plan_id: plan.id,
        position,
        name: `Chỉ tiêu cộng dồn ${position + 1}`,
        numerator_label: 'Số đạt',
        denominator_label: 'Tổng số',
      })),
    )
    .returning('id')
    .execute();
  const [period, otherPeriod] = await db
    .insertInto('reporting_periods')
    .values(
      ['2026-H1', '2026-H2'].map((key, i) => ({
        plan_id: plan.id,
        key,
        label: key,
        kind: 'half_year',
        data_from: i === 0 ? '2025-12-15' : '2026-06-15',
        data_to: i === 0 ? '2026-06-14' : '2026-12-14',
        due_on: i === 0 ? '2026-06-01' : '2026-12-01',
      })),
    )
    .returning('id')
    .execute();
  if (!indicator || !otherIndicator || !period || !otherPeriod) throw new Error('plan not inserted');
  indicatorId = indicator.id;
  periodId = period.id;
  const report = async (
    of: { id: string },
    status: ReportStatus,
    values: [string, number, number][],
    inPeriod = period.id,
  ) => {
    const r = await db
      .insertInto('reports')
      .values({ period_id: inPeriod, body_id: of.id, status })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('indicator_values')
      .values(
        values.map(([indicator_id, numerator, denominator]) => ({
          report_id: r.id,
          indicator_id,
          period_id: inPeriod,
          body_id: of.id,
          numerator,
          denominator,
        })),
      )
      .execute();
  };
  // The province reports itself; Hòa An and the village under it; Ngọc Đường submitted only; a
  // department; another period, another indicator and a returned report that must count nowhere.
  await report(province, 'accepted', [
    [indicator.id, 5, 10],
    [otherIndicator.id, 1, 1],
  ]);
  await report(hoaAn, 'accepted', [[indicator.id, 30, 100]]);
  await report(village, 'submitted', [[indicator.id, 20, 50]]);
  await report(ngocDuong, 'submitted', [[indicator.id, 10, 900]]);
  await report(department, 'accepted', [[indicator.id, 7, 7]]);
  await report(department, 'accepted', [[indicator.id, 999, 1000]], otherPeriod.id);
  const returned = await insertBodies(db, province, [{ kind: 'department', name: 'Sở Trả Lại' }]);
  if (returned[0]) await report(returned[0], 'returned', [[indicator.id, 400, 500]]);
});
afterAll(async () => t?.close());

const sumsOf = (rollup: { children: { body: { id: string }; numerator: number; denominator: number }[] }) =>
  Object.fromEntries(rollup.children.map((c) => [c.body.id, [c.numerator, c.denominator]]));

describe('the roll-up of a body and its children in one scan', () => {
  it('answers, on the live basis, the total with the body’s own report and each child’s subtree', async () => {
    const res = await coordinator.get(
      `/api/indicators/${indicatorId}/rollup?periodId=${periodId}&bodyId=${body.province?.id}`,
    );
    expect(res.statusCode).toBe(200);
    const rollup = res.json();
    expect(rollup.value).toMatchObject({ numerator: 72, denominator: 1067, reporting: 5, provisional: 2 });
    expect(sumsOf(rollup)).toEqual({
      [body.hoaAn?.id as string]: [50, 150],
      [body.ngocDuong?.id as string]: [10, 900],
      [body.department?.id as string]: [7, 7],
    });
    const hoaAn = rollup.children.find((c: { body: { id: string } }) => c.body.id === body.hoaAn?.id);
    expect(hoaAn).toMatchObject({ value: 33.3, provisional: 1 });
  });

  it('answers the official figures from accepted reports only', async () => {
    const rollup = (
      await coordinator.get(
        `/api/indicators/${indicatorId}/rollup?periodId=${periodId}&bodyId=${body.province?.id}&basis=accepted`,
      )
    ).json();
    expect(rollup.value).toMatchObject({ numerator: 42, denominator: 117, reporting: 3, provisional: 0 });
    expect(sumsOf(rollup)).toEqual({
      [body.hoaAn?.id as string]: [30, 100],
      [body.department?.id as string]: [7, 7],
    });
  });

  it.each<ValueBasis>(['submitted', 'accepted'])(
    'gives on the %s basis, at every level, the sums each body has on its own',
    async (basis) => {
      const q = { indicatorId, periodId, basis, reportedBy: [] };
      for (const parent of [body.country, body.province, body.hoaAn]) {
        if (!parent) throw new Error('body missing');
        const { total, byChild } = await rollUpWithChildren(t.handle.db, { ...q, parent });
        expect(total).toEqual(await rollUpAt(t.handle.db, { ...q, path: parent.path }));
        for (const [childId, sums] of byChild) {
          const child = await t.handle.db
            .selectFrom('bodies')
            .select('path')
            .where('id', '=', childId)
            .executeTakeFirstOrThrow();
          expect(child.path.startsWith(parent.path)).toBe(true);
          expect(sums).toEqual(await rollUpAt(t.handle.db, { ...q, path: child.path }));
        }
        const summed = [...byChild.values()].reduce((n, s) => n + s.reporting, 0);
        // The province and Hòa An report themselves: that report is in their total and in no child's.
        expect(total.reporting - summed).toBe(parent === body.country ? 0 : 1);
      }
    },
  );

  it('counts only the kinds of body that report the indicator', async () => {
    const { total, byChild } = await rollUpWithChildren(t.handle.db, {
      indicatorId,
      periodId,
      basis: 'submitted',
      reportedBy: ['commune'],
      parent: body.province as { path: string; depth: number },
    });
    expect(total).toEqual({ numerator: 40, denominator: 1000, reporting: 2, provisional: 1 });
    expect([...byChild.keys()].sort()).toEqual([body.hoaAn?.id, body.ngocDuong?.id].sort());
  });
});
