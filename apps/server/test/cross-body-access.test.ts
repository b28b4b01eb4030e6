import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  bodyIdByCode,
  createTestApp,
  signIn,
  type TestApp,
  userIdByName,
} from './support/test-app.ts';

// One body must never read or change another's data through any endpoint: for every route that
// takes an id (in the path, the query or the body), an actor outside the target's subtree gets 404,
// exactly as for an id that does not exist.

interface Target {
  otherCommune: string;
  otherProvince: string;
  userOfOtherProvince: string;
  missing: string;
}

type Probe = (agent: Agent, id: { body: string; user: string }) => ReturnType<Agent['get']>;

const probes: Record<string, Probe> = {
  'GET /api/bodies/:id': (a, id) => a.get(`/api/bodies/${id.body}`),
  'GET /api/bodies/:id/children': (a, id) => a.get(`/api/bodies/${id.body}/children`),
  'PATCH /api/bodies/:id': (a, id) => a.patch(`/api/bodies/${id.body}`, { name: 'Đổi tên', version: 1 }),
  'POST /api/bodies': (a, id) =>
    a.post('/api/bodies', { parentId: id.body, kind: 'village', name: 'Thôn X' }),
  'GET /api/users/:id': (a, id) => a.get(`/api/users/${id.user}`),
  'PATCH /api/users/:id': (a, id) => a.patch(`/api/users/${id.user}`, { disabled: true, version: 1 }),
  'POST /api/users/:id/reset-password': (a, id) =>
    a.post(`/api/users/${id.user}/reset-password`, { newPassword: 'MatKhau2026zz' }),
  'POST /api/users': (a, id) =>
    a.post('/api/users', {
      bodyId: id.body,
      username: 'ke.xam.nhap',
      fullName: 'X',
      password: 'MatKhau2026zz',
      roles: [],
    }),
  'GET /api/users': (a, id) => a.get(`/api/users?bodyId=${id.body}`),
  'GET /api/audit': (a, id) => a.get(`/api/audit?bodyId=${id.body}`),
  'POST /api/bodies/match': (a, id) =>
    a.post('/api/bodies/match', { contextId: id.body, texts: ['Sở Y tế'] }),
};

let t: TestApp;
let target: Target;
// One session per actor: signing in before every probe would trip the sign-in rate limit.
const agents = new Map<string, Agent>();
async function agentFor(username: string): Promise<Agent> {
  const known = agents.get(username);
  if (known) return known;
  const agent = await signIn(t.app, username);
  agents.set(username, agent);
  return agent;
}
beforeAll(async () => {
  t = await createTestApp();
  const sonLaCommune = (
    await t.handle.db
      .selectFrom('bodies')
      .select('id')
      .where('parent_id', '=', await bodyIdByCode(t.handle, '14'))
      .where('kind', '=', 'commune')
      .limit(1)
      .executeTakeFirstOrThrow()
  ).id;
  // A Sơn La account to aim at.
  const admin = await signIn(t.app, 'admin');
  const created = await admin.post('/api/users', {
    bodyId: sonLaCommune,
    username: 'sonla.daumoi',
    fullName: 'Cầm Văn Tú',
    password: 'MatKhau2026zz',
    roles: [{ role: 'focal_point', scopeBodyId: sonLaCommune }],
  });
  expect(created.statusCode).toBe(201);
  const tq = await bodyIdByCode(t.handle, '08');
  const otherCommune = (
    await t.handle.db
      .selectFrom('bodies')
      .select('id')
      .where('parent_id', '=', tq)
      .where('kind', '=', 'commune')
      .where('code', '!=', '02353')
      .limit(1)
      .executeTakeFirstOrThrow()
  ).id;
  target = {
    otherCommune,
    otherProvince: sonLaCommune,
    userOfOtherProvince: await userIdByName(t.handle, 'sonla.daumoi'),
    missing: '00000000-0000-4000-8000-000000000000',
  };
});
afterAll(async () => t?.close());

describe('cross-body access', () => {
  it('has a probe for every route that takes an id', () => {
    const takesId = t.routes.filter(
      (r) =>
        r.includes(':id') ||
        [
          'POST /api/bodies',
          'POST /api/bodies/match',
          'POST /api/users',
          'GET /api/users',
          'GET /api/audit',
        ].includes(r),
    );
    expect(Object.keys(probes).sort()).toEqual(takesId.sort());
  });

  const actors = ['hoaan.daumoi', 'hoaan.truyenthanh', 'tq.dieuphoi', 'tq.quantri', 'tq.lanhdao'];
  for (const username of actors) {
    for (const [route, probe] of Object.entries(probes)) {
      it(`${username} gets 404 from ${route} for another province’s data, as for a missing id`, async () => {
        const agent = await agentFor(username);
        const foreign = await probe(agent, { body: target.otherProvince, user: target.userOfOtherProvince });
        const missing = await probe(agent, { body: target.missing, user: target.missing });
        expect(foreign.statusCode).toBe(404);
        expect(missing.statusCode).toBe(404);
        expect(foreign.json().error.code).toBe('not_found');
      });
    }
  }

  for (const username of ['hoaan.daumoi', 'hoaan.truyenthanh']) {
    for (const route of [
      'GET /api/bodies/:id',
      'GET /api/bodies/:id/children',
      'GET /api/users',
      'GET /api/audit',
    ]) {
      it(`${username} gets 404 from ${route} for another commune of the same province`, async () => {
        const agent = await agentFor(username);
        const res = await (probes[route] as Probe)(agent, {
          body: target.otherCommune,
          user: target.missing,
        });
        expect(res.statusCode).toBe(404);
      });
    }
  }

  it('leaves the targeted data unchanged after all the attempts', async () => {
    const user = await t.handle.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'sonla.daumoi')
      .executeTakeFirstOrThrow();
    expect(user.disabled).toBe(false);
    const intruder = await t.handle.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'ke.xam.nhap')
      .execute();
    expect(intruder).toEqual([]);
    const renamed = await t.handle.db
      .selectFrom('bodies')
      .select('id')
      .where('name', '=', 'Đổi tên')
      .execute();
    expect(renamed).toEqual([]);
  });
});
