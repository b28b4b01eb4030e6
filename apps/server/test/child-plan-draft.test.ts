// A commune drafts its own plan from the province's: the draft cites the parent first, keeps its
// targets as floors, makes the province's work for the commune its tasks led by the commune's own
// offices, is reviewed like an imported document and, once published, is linked to the parent.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit } from './support/audit.ts';
import { publishSample } from './support/factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let otherProvince: Agent;
let hoaAn: string;
let tuyenQuang: string;
let parentPlanId: string;

interface Draft {
  id: string;
  version: number;
  status: string;
  text: string;
  extract: {
    document: { issuer: string | null; title: string | null; number: string | null };
    basis: { number: string }[];
    targets: { comparator: string; value: number }[];
    tasks: { ref: string; title: string; lead: string[]; timeframe: unknown }[];
    reporting: unknown[];
    events: unknown[];
  };
  mapping: Record<string, string[]>;
}

beforeAll(async () => {
  ({ t, coordinator, focal, otherProvince } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    focal: 'hoaan.daumoi',
    otherProvince: 'admin',
  }));
  tuyenQuang = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  parentPlanId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
});
afterAll(async () => t?.close());

const draftFor = (agent: Agent, bodyId: string, planId = parentPlanId) =>
  agent.post(`/api/plans/${planId}/child-drafts`, { bodyId });

describe('a commune’s plan drafted from the province’s', () => {
  let draft: Draft;

  it('opens a draft ready for review, citing the province’s plan first', async () => {
    const res = await draftFor(coordinator, hoaAn);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().import.status).toBe('ready');
    draft = (await coordinator.get(`/api/plan-imports/${res.json().import.id}`)).json();
    const parent = await t.handle.db
      .selectFrom('plans')
      .selectAll()
      .where('id', '=', parentPlanId)
      .executeTakeFirstOrThrow();
    expect(draft.status).toBe('ready');
    // The sample's number is left blank ("Số: /KH-UBND"): the text cites it by issuer and title, and
    // the draft keeps the parent's own basis.
    expect(parent.number).toBeNull();
    expect(draft.extract.basis.map((b) => b.number)).toContain('57-NQ/TW');
    expect(draft.extract.document.issuer).toBe('Xã Hòa An');
    expect(draft.extract.document.number).toBeNull();
    expect(draft.extract.document.title).toMatch(/xã Hòa An/);
    expect(draft.text).toContain(`Căn cứ Kế hoạch ngày`);
    expect(draft.text).toContain(parent.title);
    expect(await lastAudit(t.handle, 'plan_import.draft', draft.id)).toBeTruthy();
  });

  it('gives the commune the work the province gives it, led by its own offices, targets as floors', async () => {
    const mine = await t.handle.db
      .selectFrom('assignments as a')
      .innerJoin('tasks as tk', 'tk.id', 'a.task_id')
      .select(['tk.ref'])
      .where('tk.plan_id', '=', parentPlanId)
      .where('a.body_id', '=', hoaAn)
      .execute();
    expect(mine.length).toBeGreaterThan(0);
    expect(draft.extract.tasks.map((task) => task.ref).sort()).toEqual(
      [...new Set(mine.map((m) => m.ref))].sort(),
    );
    const leads = new Set(draft.extract.tasks.flatMap((task) => task.lead));
    // Every lead is a body of the commune, mapped already: the draft publishes without a mapping step.
    const commune = await t.handle.db
      .selectFrom('bodies')
      .select('path')
      .where('id', '=', hoaAn)
      .executeTakeFirstOrThrow();
    for (const lead of leads) {
      const [id] = draft.mapping[lead] ?? [];
      expect(id, lead).toBeTruthy();
      const body = await t.handle.db
        .selectFrom('bodies')
        .select('path')
        .where('id', '=', id ?? '')
        .executeTakeFirstOrThrow();
      expect(body.path.startsWith(commune.path), lead).toBe(true);
    }
    expect([...leads].some((lead) => lead !== 'Xã Hòa An')).toBe(true);
    expect(draft.extract.targets.length).toBeGreaterThan(0);
    for (const target of draft.extract.targets) expect(['>=', '<=']).toContain(target.comparator);
    // The key days come down with the plan (the sample sets no reporting deadline of its own).
    expect(draft.extract.events.length).toBeGreaterThan(0);
  });

  it('answers the draft already open when asked again for the same body', async () => {
    const again = await draftFor(coordinator, hoaAn);
    expect(again.statusCode).toBe(201);
    expect(again.json().import.id).toBe(draft.id);
  });

  it('publishes as the commune’s plan, linked to the province’s', async () => {
    const saved = await coordinator.patch(`/api/plan-imports/${draft.id}`, {
      extract: {
        ...draft.extract,
        document: { ...draft.extract.document, number: '45/KH-UBND', date: '2026-03-20' },
      },
      version: draft.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const published = await coordinator.post(`/api/plan-imports/${draft.id}/publish`, {
      version: saved.json().version,
    });
    expect(published.statusCode, published.body).toBe(201);
    const plan = await t.handle.db
      .selectFrom('plans')
      .selectAll()
      .where('id', '=', published.json().planId)
      .executeTakeFirstOrThrow();
    expect(plan.body_id).toBe(hoaAn);
    expect(plan.parent_plan_id).toBe(parentPlanId);
    const conformance = await coordinator.get(`/api/plans/${plan.id}/conformance`);
    expect(conformance.statusCode).toBe(200);
  });
});

describe('who may draft, and for whom', () => {
  it('lets a commune’s focal point draft its own plan, not another commune’s; refuses the issuer itself and a body outside the actor’s scope', async () => {
    expect((await draftFor(focal, hoaAn)).statusCode).toBe(201);
    const neighbour = await t.handle.db
      .selectFrom('bodies')
      .select('id')
      .where('kind', '=', 'commune')
      .where('id', '!=', hoaAn)
      .executeTakeFirstOrThrow();
    expect((await draftFor(focal, neighbour.id)).statusCode).toBe(404);
    const self = await draftFor(coordinator, tuyenQuang);
    expect(self.statusCode).toBe(400);
    expect(self.json().error.message).toMatch(/đơn vị cấp dưới/);
    const sonLa = await bodyIdByCode(t.handle, '14');
    expect((await draftFor(coordinator, sonLa)).statusCode).toBe(404);
  });

  it('answers 404 for a plan the actor cannot read', async () => {
    const sonLa = await bodyIdByCode(t.handle, '14');
    const sonLaPlan = (await publishSample(t, otherProvince, '14', 'son-la-2025.txt')).planId;
    expect((await draftFor(coordinator, hoaAn, sonLaPlan)).statusCode).toBe(404);
    // The other province's administrator reads its own plan but manages no body of Tuyên Quang.
    expect((await draftFor(otherProvince, sonLa, parentPlanId)).statusCode).toBe(400);
  });
});
