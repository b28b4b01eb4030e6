import type { cascade as cascadeContract } from '@lantoa/api-contract/cascade';
import type ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { lastAudit } from './support/audit.ts';
import { pinClock } from './support/clock.ts';
import { NEW_USER_PASSWORD, publishSample, signInAsNewUser } from './support/factories.ts';
import { readEveryPage } from './support/paging.ts';
import {
  type Agent,
  bodyIdByCode,
  signedInApp,
  signIn,
  type TestApp,
  userIdByName,
} from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

// The cascade of a province's plan: every commune and ward below it, whether it issued its own plan
// based on it (and how that plan conforms), its work and its report; filtered, paged, exported and
// reminded on the server, and followed by a computed indicator.

const TODAY = '2026-12-02';
pinClock(`${TODAY}T09:00:00+07:00`);

type Page = z.output<typeof cascadeContract>;
type Item = Page['items'][number];

let t: TestApp;
let coordinator: Agent;
let viewer: Agent;
let hoaAnFocal: Agent;
let provincialPlan: string;
let hoaAnPlan: string;
let hoaAn: string;
let communes: number;
let all: Item[];

const page = async (agent: Agent, query: string): Promise<Page> => {
  const res = await agent.get(`/api/plans/${provincialPlan}/cascade?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  let admin: Agent;
  ({ t, admin, coordinator, viewer, hoaAnFocal } = await signedInApp({
    admin: 'admin',
    coordinator: 'tq.dieuphoi',
    viewer: 'tq.lanhdao',
    hoaAnFocal: 'hoaan.daumoi',
  }));
  hoaAn = await bodyIdByCode(t.handle, '02353');
  provincialPlan = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  hoaAnPlan = (await publishSample(t, admin, '02353', 'hoa-an-2026.txt')).planId;
  const linked = await admin.request({
    method: 'PUT',
    url: `/api/plans/${hoaAnPlan}/parent`,
    payload: { parentPlanId: provincialPlan },
  });
  expect(linked.statusCode, linked.body).toBe(200);
  // The province's plan is dated "ngày … tháng 5 năm 2026" (the day left blank); its basis names 07/5.
  await t.handle.db
    .updateTable('plans')
    .set({ issued_on: '2026-05-07' })
    .where('id', '=', provincialPlan)
    .execute();
  const tq = await t.handle.db
    .selectFrom('bodies')
    .select('path')
    .where('id', '=', await bodyIdByCode(t.handle, '08'))
    .executeTakeFirstOrThrow();
  communes = Number(
    (
      await t.handle.db
        .selectFrom('bodies')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', '=', 'commune')
        .where('path', 'like', `${tq.path}%`)
        .executeTakeFirstOrThrow()
    ).n,
  );
  all = await readEveryPage<Item>(coordinator, `/api/plans/${provincialPlan}/cascade`, '', 50);
});
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

describe('the cascade of a province’s plan', () => {
  it('has one row per commune and ward of the province, paged to its end', async () => {
    expect(communes).toBeGreaterThan(50);
    expect(all).toHaveLength(communes);
    expect(new Set(all.map((i) => i.body.id)).size).toBe(communes);
    const first = await page(coordinator, 'page=1&pageSize=10');
    expect(first.items).toHaveLength(10);
    expect(first.total).toBe(communes);
    expect(first.today).toBe(TODAY);
    expect(first.period).not.toBeNull();
  });

  it('shows the commune’s plan with its date, the days after the province’s and how it conforms', () => {
    const row = all.find((i) => i.body.id === hoaAn);
    expect(row?.plan).toMatchObject({ id: hoaAnPlan, issuedOn: '2026-05-27', daysAfterParent: 20 });
    expect(row?.conformance?.targetsMissingOrLower).toBeGreaterThanOrEqual(0);
    expect(row?.conformance?.tasksWithoutCounterpart).toBeGreaterThanOrEqual(0);
    expect(row?.work.onTime ?? 0).toBeGreaterThanOrEqual(0);
    const others = all.filter((i) => i.body.id !== hoaAn);
    expect(others.every((i) => i.plan === null && i.conformance === null)).toBe(true);
  });

  it('counts the commune’s overdue work on this plan and on its own', async () => {
    const late = all.filter((i) => i.work.overdue > 0);
    expect(late.length).toBeGreaterThan(0);
    const row = late[0] as Item;
    const overdue = await t.handle.db
      .selectFrom('occurrences as o')
      .innerJoin('assignments as a', 'a.id', 'o.assignment_id')
      .innerJoin('tasks as tk', 'tk.id', 'a.task_id')
      .innerJoin('bodies as b', 'b.id', 'a.body_id')
      .innerJoin('bodies as c', 'c.id', 'b.id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tk.plan_id', 'in', [provincialPlan, ...(row.plan ? [row.plan.id] : [])])
      .where('a.removed_in_version', 'is', null)
      .where('tk.removed_in_version', 'is', null)
      .where('o.completed_on', 'is', null)
      .where('o.due_on', '<', TODAY)
      .where(
        'b.path',
        'like',
        `${(await t.handle.db.selectFrom('bodies').select('path').where('id', '=', row.body.id).executeTakeFirstOrThrow()).path}%`,
      )
      .executeTakeFirstOrThrow();
    expect(row.work.overdue).toBe(Number(overdue.n));
  });

  it('filters on the server: issued, not issued, late, not reported, and a name without diacritics', async () => {
    const issued = await page(coordinator, 'status=issued');
    expect(issued.items.map((i) => i.body.id)).toEqual([hoaAn]);
    expect((await page(coordinator, 'status=not_issued&pageSize=1')).total).toBe(communes - 1);
    const late = await page(coordinator, 'status=has_overdue&pageSize=200');
    expect(late.total).toBe(all.filter((i) => i.work.overdue > 0).length);
    expect(late.items.every((i) => i.work.overdue > 0)).toBe(true);
    const notReported = await page(coordinator, 'status=not_reported&pageSize=200');
    expect(notReported.total).toBe(
      all.filter((i) => i.report.expected && !['submitted', 'accepted'].includes(i.report.status ?? ''))
        .length,
    );
    const found = await page(coordinator, `q=${encodeURIComponent('hoa an')}`);
    expect(found.items.map((i) => i.body.id)).toContain(hoaAn);
    expect(found.total).toBeLessThan(5);
  });

  it('sorts on the server by the overdue count, ties by name', async () => {
    const sorted = await readEveryPage<Item>(
      coordinator,
      `/api/plans/${provincialPlan}/cascade`,
      'sort=overdue&order=desc',
      40,
    );
    const counts = sorted.map((i) => i.work.overdue);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(sorted).toHaveLength(communes);
  });

  it('downloads the whole filtered list as a workbook titled with its filters and day', async () => {
    const res = await coordinator.get(`/api/plans/${provincialPlan}/cascade.xlsx?status=not_issued`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await workbookOf(res);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(String(ws.getCell(1, 1).value)).toContain('02/12/2026');
    expect(String(ws.getCell(2, 1).value)).toContain('chưa ban hành kế hoạch');
    expect(ws.getRow(5).getCell(1).value).toBe('Xã, phường');
    expect(ws.rowCount - 5).toBe(communes - 1);
    expect(ws.getRow(6).getCell(3).value).toBe('Chưa ban hành');
  });

  it('reminds the focal points of the listed bodies behind, once a day, on the audit trail', async () => {
    const other = await bodyIdByCode(t.handle, '00700');
    const otherName = all.find((i) => i.body.id === other)?.body.name as string;
    const otherFocal = await signInAsNewUser(t, {
      username: 'cascade.daumoi',
      bodyId: other,
      role: 'focal_point',
    });
    const query = { q: otherName };
    const first = await coordinator.post(`/api/plans/${provincialPlan}/cascade/remind`, query);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().bodies).toBeGreaterThanOrEqual(1);
    expect(first.json().notified).toBeGreaterThanOrEqual(1);
    const notices = (await otherFocal.get('/api/notifications')).json().items as {
      kind: string;
      link: string;
    }[];
    expect(notices.filter((n) => n.kind === 'plan_missing')).toHaveLength(1);
    const again = await coordinator.post(`/api/plans/${provincialPlan}/cascade/remind`, query);
    expect(again.json().notified).toBe(0);
    const after = (await otherFocal.get('/api/notifications')).json().items as { kind: string }[];
    expect(after.filter((n) => n.kind === 'plan_missing')).toHaveLength(1);
    const audit = await lastAudit(t.handle, 'report.remind', provincialPlan);
    expect(audit.after).toMatchObject({ cascade: true, notified: 0 });
    const entries = await t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'report.remind')
      .where('entity_id', '=', provincialPlan)
      .execute();
    expect(entries).toHaveLength(2);
    expect(await userIdByName(t.handle, 'cascade.daumoi')).toBeTruthy();
  });

  it('refuses the reminder to a viewer and to a commune, as if the plan were not there', async () => {
    expect((await viewer.post(`/api/plans/${provincialPlan}/cascade/remind`, {})).statusCode).toBe(404);
    expect((await hoaAnFocal.post(`/api/plans/${provincialPlan}/cascade/remind`, {})).statusCode).toBe(404);
  });

  it('shows a commune only its own row, and a commune’s plan no rows', async () => {
    const own = await (async () => {
      const res = await hoaAnFocal.get(`/api/plans/${provincialPlan}/cascade`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Page;
    })();
    expect(own.items.map((i) => i.body.id)).toEqual([hoaAn]);
    const commune = await coordinator.get(`/api/plans/${hoaAnPlan}/cascade`);
    expect(commune.statusCode).toBe(200);
    expect(commune.json().total).toBe(0);
  });

  it('answers 404 to another province’s coordinator, and for a period of another plan', async () => {
    const sonLa = await bodyIdByCode(t.handle, '14');
    const stranger = await signInAsNewUser(t, {
      username: 'sonla.dieuphoi',
      bodyId: sonLa,
      role: 'coordinator',
    });
    expect((await stranger.get(`/api/plans/${provincialPlan}/cascade`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/plans/${provincialPlan}/cascade.xlsx`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/plans/${provincialPlan}/cascade/remind`, {})).statusCode).toBe(404);
    const foreignPeriod = await t.handle.db
      .selectFrom('reporting_periods')
      .select('id')
      .where('plan_id', '=', hoaAnPlan)
      .executeTakeFirstOrThrow();
    expect(
      (await coordinator.get(`/api/plans/${provincialPlan}/cascade?periodId=${foreignPeriod.id}`)).statusCode,
    ).toBe(404);
  });
});

describe('the computed indicator of plans issued', () => {
  it('is given to the province’s plan, not to the commune’s, and counts the communes that issued', async () => {
    const indicators = (await coordinator.get(`/api/plans/${provincialPlan}/indicators`)).json().items as {
      id: string;
      computedKind: string | null;
    }[];
    const issued = indicators.find((i) => i.computedKind === 'plans_issued');
    expect(issued).toBeDefined();
    const communeKinds = (await coordinator.get(`/api/plans/${hoaAnPlan}/indicators`)).json().items as {
      computedKind: string | null;
    }[];
    expect(communeKinds.some((i) => i.computedKind === 'plans_issued')).toBe(false);
    // Published on its date (the database stamps created_at with its own clock, which no test pins;
    // raw SQL: the schema types make the creation time read-only for the application).
    await sql`update plans set created_at = ${new Date('2026-05-27T10:00:00+07:00')} where id = ${hoaAnPlan}`.execute(
      t.handle.db,
    );
    const periods = (await coordinator.get(`/api/plans/${provincialPlan}/periods`)).json().items as {
      id: string;
      key: string;
    }[];
    const h2 = periods.find((p) => p.key === '2026-H2') as { id: string };
    const h1 = periods.find((p) => p.key === '2026-H1') as { id: string };
    const rollup = (await coordinator.get(`/api/indicators/${issued?.id}/rollup?periodId=${h2.id}`)).json();
    expect(rollup.value).toMatchObject({ numerator: 1, denominator: communes });
    const hoaAnChild = rollup.children.find((c: { body: { id: string } }) => c.body.id === hoaAn);
    expect(hoaAnChild).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    // The first half-year closed on its due day: the plan of 27/5, published by then, counts there too.
    const firstHalf = (
      await coordinator.get(`/api/indicators/${issued?.id}/rollup?periodId=${h1.id}`)
    ).json();
    expect(firstHalf.value).toMatchObject({ numerator: 1, denominator: communes });
  });
});

describe('a reminder to issue a plan, once the plan is issued', () => {
  it('resolves itself: the commune drafts its plan from the province’s and publishes it', async () => {
    const other = await bodyIdByCode(t.handle, '00700');
    const otherFocal = await signIn(t.app, 'cascade.daumoi', NEW_USER_PASSWORD);
    const before = (await otherFocal.get('/api/notifications')).json().items as {
      kind: string;
      resolvedAt: string | null;
    }[];
    expect(before.find((n) => n.kind === 'plan_missing')?.resolvedAt).toBeNull();
    const drafted = await coordinator.post(`/api/plans/${provincialPlan}/child-drafts`, { bodyId: other });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const draft = (await coordinator.get(`/api/plan-imports/${drafted.json().import.id}`)).json();
    const published = await coordinator.post(`/api/plan-imports/${draft.id}/publish`, {
      version: draft.version,
    });
    expect(published.statusCode, published.body).toBe(201);
    const after = (await otherFocal.get('/api/notifications')).json().items as {
      kind: string;
      resolvedAt: string | null;
    }[];
    expect(after.find((n) => n.kind === 'plan_missing')?.resolvedAt).toBeTruthy();
  });
});
