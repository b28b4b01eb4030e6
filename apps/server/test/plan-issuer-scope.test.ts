// A plan gives work only within its issuer's subtree, and its review looks for bodies in the plan's
// province: a commune plan's "Các sở, ngành" coordinate from above (kept on the task, never assigned),
// a Sơn La plan never maps to Tuyên Quang's department of the same name, and the body picker searches
// the province unless asked to search everywhere.

import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as taskCoordinationMigration from '../../../packages/db/src/migrations/0013-task-coordination.ts';
import { samplePlan, signInAsNewUser, uploadPlan } from './support/factories.ts';
import { planAssignments } from './support/plan-work.ts';
import { type Agent, bodyIdByCode, bodyIdByName, signedInApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let admin: Agent;
let coordinator: Agent;
let tuyenQuang: string;
let sonLa: string;
let hoaAn: string;
const CULTURE = 'Sở Văn hóa, Thể thao và Du lịch';

const pathOf = async (id: string) =>
  (await t.handle.db.selectFrom('bodies').select('path').where('id', '=', id).executeTakeFirstOrThrow()).path;

/** The task numbered `ref` of the plan, as it stands in force. */
const taskInForce = (planId: string, ref: string) =>
  t.handle.db
    .selectFrom('tasks')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('ref', '=', ref)
    .where('removed_in_version', 'is', null)
    .executeTakeFirstOrThrow();

interface Draft {
  id: string;
  version: number;
  extract: { tasks: { ref: string; lead: string[]; partners: string[] }[] };
  mapping: Record<string, string[]>;
  upperBodyIds: string[];
  pickWithin: { id: string; name: string };
}

async function draftOf(agent: Agent, bodyId: string, file: string): Promise<Draft> {
  const uploaded = await uploadPlan(t, agent, { bodyId }, { name: file, content: samplePlan(file) });
  const res = await agent.get(`/api/plan-imports/${uploaded.id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Unmapped leads go to the issuer, as a reviewer would; answers the draft as saved. */
async function reviewed(agent: Agent, draft: Draft, issuer: string, extra: Record<string, string[]> = {}) {
  const leads = draft.extract.tasks.flatMap((task) => task.lead);
  const mapping = {
    ...Object.fromEntries(leads.filter((n) => !draft.mapping[n]?.length).map((n) => [n, [issuer]])),
    ...extra,
  };
  const res = await agent.patch(`/api/plan-imports/${draft.id}`, { mapping, version: draft.version });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Draft;
}

beforeAll(async () => {
  ({ t, admin, coordinator } = await signedInApp({ admin: 'admin', coordinator: 'tq.dieuphoi' }));
  tuyenQuang = await bodyIdByCode(t.handle, '08');
  sonLa = await bodyIdByCode(t.handle, '14');
  hoaAn = await bodyIdByCode(t.handle, '02353');
});
afterAll(async () => t?.close());

describe('the body picker within the plan’s province', () => {
  it('searches every readable province without `within`, only the given one with it', async () => {
    const names = async (url: string) =>
      (await admin.get(url)).json().items.map((b: { id: string; name: string }) => b) as {
        id: string;
        name: string;
      }[];
    const everywhere = await names(`/api/bodies/search?q=${encodeURIComponent(CULTURE)}&limit=100`);
    expect(everywhere.filter((b) => b.name === CULTURE).length).toBeGreaterThan(1);
    const inSonLa = await names(
      `/api/bodies/search?q=${encodeURIComponent(CULTURE)}&limit=100&within=${sonLa}`,
    );
    expect(inSonLa.length).toBeGreaterThan(0);
    const sonLaPath = await pathOf(sonLa);
    for (const b of inSonLa) expect(await pathOf(b.id)).toMatch(new RegExp(`^${sonLaPath}`));
  });

  it('stays within the actor’s scope: a coordinator of Tuyên Quang cannot search Sơn La (404)', async () => {
    const res = await coordinator.get(`/api/bodies/search?q=So&within=${sonLa}`);
    expect(res.statusCode).toBe(404);
    const own = await coordinator.get(`/api/bodies/search?q=${encodeURIComponent(CULTURE)}&within=${hoaAn}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().items).toEqual([]);
  });
});

describe('automatic matching on import', () => {
  it('maps a Sơn La plan’s names only to bodies of Sơn La, and offers Sơn La to the picker', async () => {
    const draft = await draftOf(admin, sonLa, 'son-la-2025.txt');
    expect(draft.pickWithin.id).toBe(sonLa);
    const culture = draft.mapping[CULTURE] ?? [];
    expect(culture).toHaveLength(1);
    expect(culture[0]).toBe(await bodyIdByName(t.handle, CULTURE, '14'));
    expect(culture[0]).not.toBe(await bodyIdByName(t.handle, CULTURE, '08'));
    const sonLaPath = await pathOf(sonLa);
    for (const id of new Set(Object.values(draft.mapping).flat())) {
      expect(await pathOf(id)).toMatch(new RegExp(`^${sonLaPath}`));
    }
  });
});

describe('a commune plan assigns work only within the commune', () => {
  let draft: Draft;
  let planId: string;
  let departmentFocal: Agent;

  beforeAll(async () => {
    // A focal point of Tuyên Quang's culture department, who must not be given the commune's work.
    departmentFocal = await signInAsNewUser(t, {
      username: 'tq.vhttdl.daumoi',
      bodyId: await bodyIdByName(t.handle, CULTURE, '08'),
      role: 'focal_point',
    });
    draft = await draftOf(coordinator, hoaAn, 'hoa-an-2026.txt');
  });

  it('marks the provincial bodies of the review as coordinating from above', async () => {
    expect(draft.pickWithin.id).toBe(tuyenQuang);
    const departments = draft.mapping['Các sở, ngành'] ?? [];
    expect(departments.length).toBeGreaterThan(5);
    for (const id of departments) expect(draft.upperBodyIds).toContain(id);
    const communePath = await pathOf(hoaAn);
    for (const id of draft.upperBodyIds) expect(await pathOf(id)).not.toMatch(new RegExp(`^${communePath}`));
  });

  it('refuses to publish a task led only from above', async () => {
    const first = draft.extract.tasks[0];
    if (!first) throw new Error('the sample has tasks');
    const province = await reviewed(
      coordinator,
      draft,
      hoaAn,
      Object.fromEntries(first.lead.map((name) => [name, [tuyenQuang]])),
    );
    const res = await coordinator.post(`/api/plan-imports/${draft.id}/publish`, {
      version: province.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(`Nhiệm vụ ${first.ref}`);
    expect(res.json().error.message).toContain('chỉ có cơ quan chủ trì ngoài Xã Hòa An');
    // Back to the matcher's commune leads.
    const restored = await coordinator.patch(`/api/plan-imports/${draft.id}`, {
      mapping: Object.fromEntries(first.lead.map((name) => [name, draft.mapping[name] ?? []])),
      version: province.version,
    });
    expect(restored.statusCode, restored.body).toBe(200);
    draft = restored.json();
  });

  it('publishes with no assignment above the commune and the upper bodies kept as coordination', async () => {
    const res = await coordinator.post(`/api/plan-imports/${draft.id}/publish`, { version: draft.version });
    expect(res.statusCode, res.body).toBe(201);
    planId = res.json().planId;

    const communePath = await pathOf(hoaAn);
    const assigned = await planAssignments(t.handle, planId)
      .innerJoin('bodies as b', 'b.id', 'a.body_id')
      .select(['b.path', 'b.name'])
      .execute();
    expect(assigned.length).toBeGreaterThan(0);
    for (const a of assigned) expect(a.path, a.name).toMatch(new RegExp(`^${communePath}`));

    const tasks = await t.handle.db
      .selectFrom('tasks')
      .select(['ref', 'coordination'])
      .where('plan_id', '=', planId)
      .orderBy('position')
      .execute();
    const withUpper = tasks.filter((task) => (task.coordination as unknown[]).length > 0);
    expect(withUpper.map((task) => task.ref).sort()).toEqual(['III.5', 'III.6']);
    const [entry] = (withUpper[0]?.coordination ?? []) as {
      role: string;
      writtenAs: string;
      bodyIds: string[];
    }[];
    expect(entry).toMatchObject({ role: 'partner', writtenAs: 'Các sở, ngành' });
    expect(entry?.bodyIds).toContain(await bodyIdByName(t.handle, CULTURE, '08'));
    // The plan page shows them on the task, apart from the assignments.
    const page = (await coordinator.get(`/api/plans/${planId}`)).json() as {
      tasks: { ref: string; coordination: { writtenAs: string }[] }[];
    };
    const shown = page.tasks.filter((task) => task.coordination.length > 0);
    expect(shown.map((task) => task.ref).sort()).toEqual(['III.5', 'III.6']);
    expect(shown[0]?.coordination.map((c) => c.writtenAs)).toContain('Các sở, ngành');

    // Nothing reaches the department: no work notice, no task of its own.
    const inbox = (await departmentFocal.get('/api/notifications')).json();
    expect(JSON.stringify(inbox)).not.toContain('Hòa An');
    const mine = (await departmentFocal.get('/api/my-tasks')).json();
    expect(mine.items).toEqual([]);
  });

  it('keeps the rule on an amendment: a partner moved above leaves the task’s work', async () => {
    const upload = await uploadPlan(
      t,
      coordinator,
      { bodyId: hoaAn, amendsPlanId: planId },
      { name: 'hoa-an-sua-doi.txt', content: new Uint8Array([...samplePlan('hoa-an-2026.txt'), 0x0a]) },
    );
    const amended = (await coordinator.get(`/api/plan-imports/${upload.id}`)).json() as Draft;
    const saved = await reviewed(coordinator, amended, hoaAn);
    // The reviewer gives a partner name of III.3 and III.4 to the province: it becomes coordination.
    const withProvince = await coordinator.patch(`/api/plan-imports/${saved.id}`, {
      mapping: { 'các cơ quan, đơn vị, tổ chức chính trị - xã hội': [tuyenQuang] },
      version: saved.version,
    });
    expect(withProvince.statusCode, withProvince.body).toBe(200);
    expect(withProvince.json().upperBodyIds).toContain(tuyenQuang);
    const res = await coordinator.post(`/api/plan-imports/${saved.id}/publish`, {
      version: withProvince.json().version,
    });
    expect(res.statusCode, res.body).toBe(201);
    const provinceWork = await planAssignments(t.handle, planId)
      .select('a.id')
      .where('a.body_id', '=', tuyenQuang)
      .execute();
    expect(provinceWork).toEqual([]);
    const task = await taskInForce(planId, 'III.3');
    expect(task.coordination).toEqual([
      {
        role: 'partner',
        writtenAs: 'các cơ quan, đơn vị, tổ chức chính trị - xã hội',
        bodyIds: [tuyenQuang],
      },
    ]);
  });
});

describe('migration 0013 on plans published before the rule', () => {
  it('moves active assignments above the issuer to the task’s coordination and retires them', async () => {
    const { planId } = await t.handle.db
      .selectFrom('plans')
      .select('id as planId')
      .where('body_id', '=', hoaAn)
      .executeTakeFirstOrThrow();
    const task = await taskInForce(planId, 'III.1');
    const culture = await bodyIdByName(t.handle, CULTURE, '08');
    // The state an old publication left: the department assigned by the commune, no column yet.
    const old = await t.handle.db
      .insertInto('assignments')
      .values({ task_id: task.id, body_id: culture, role: 'partner', written_as: 'Các cơ quan, đơn vị' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`alter table tasks drop column coordination`.execute(t.handle.db);
    await taskCoordinationMigration.up(t.handle.db as unknown as Kysely<unknown>);

    const after = await t.handle.db
      .selectFrom('assignments')
      .select('removed_in_version')
      .where('id', '=', old.id)
      .executeTakeFirstOrThrow();
    expect(after.removed_in_version).not.toBeNull();
    const moved = await t.handle.db
      .selectFrom('tasks')
      .select('coordination')
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(moved.coordination).toEqual([
      { role: 'partner', writtenAs: 'Các cơ quan, đơn vị', bodyIds: [culture] },
    ]);
    const inside = await t.handle.db
      .selectFrom('assignments')
      .select('id')
      .where('task_id', '=', task.id)
      .where('removed_in_version', 'is', null)
      .execute();
    expect(inside.length).toBeGreaterThan(0);
  });
});
