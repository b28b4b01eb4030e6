import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit } from './support/audit.ts';
import { createUser, NEW_USER_PASSWORD, type NewUser, type UserJson } from './support/factories.ts';
import { type Agent, bodyIdByCode, bodyIdByName, signedInApp, type TestApp } from './support/test-app.ts';

// Findings 1 and 10 of the security review: an administrator manages an account only when every
// grant it holds (and its home body) lies inside the administrator's own scopes, a grant edit never
// strips what the administrator could not give, and nobody resets their own password without the
// current one.

const TAKEOVER = 'Chiem-quyen-quoc-gia-2026';

let t: TestApp;
let nationalAdmin: Agent;
let tqAdmin: Agent;
let country: string;
let tuyenQuang: string;
let sonLa: string;
let hoaAn: string;
let soKhcn: string;
const accounts = {} as Record<'quocgia' | 'kiemnhiem' | 'canbo', UserJson>;

const grantsOf = async (username: string) =>
  (
    await t.handle.db
      .selectFrom('role_grants as g')
      .innerJoin('users as u', 'u.id', 'g.user_id')
      .select(['g.role', 'g.scope_body_id'])
      .where('u.username', '=', username)
      .orderBy('g.scope_body_id')
      .execute()
  ).map((g) => `${g.role}@${g.scope_body_id}`);

const signInRaw = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password } });

beforeAll(async () => {
  ({ t, nationalAdmin, tqAdmin } = await signedInApp(
    { nationalAdmin: 'admin', tqAdmin: 'tq.quantri' },
    { apiPerMinute: 10_000 },
  ));
  country = (
    await t.handle.db
      .selectFrom('bodies')
      .select('id')
      .where('kind', '=', 'country')
      .executeTakeFirstOrThrow()
  ).id;
  tuyenQuang = await bodyIdByCode(t.handle, '08');
  sonLa = await bodyIdByCode(t.handle, '14');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  soKhcn = await bodyIdByName(t.handle, 'Sở Khoa học và Công nghệ', '08');
  const create = (username: string, bodyId: string, roles: NonNullable<NewUser['roles']>) =>
    createUser(t, { username, bodyId, roles }, nationalAdmin);
  // The review's accounts: a national administrator working in the province's department, and a
  // coordinator of two provinces.
  accounts.quocgia = await create('tq.quocgia', soKhcn, [{ role: 'admin', scopeBodyId: country }]);
  accounts.kiemnhiem = await create('tq.kiemnhiem', soKhcn, [
    { role: 'coordinator', scopeBodyId: tuyenQuang },
    { role: 'coordinator', scopeBodyId: sonLa },
  ]);
  accounts.canbo = await create('hoaan.canbo', hoaAn, [{ role: 'viewer', scopeBodyId: hoaAn }]);
});
afterAll(async () => t?.close());

describe('an account holding a grant beyond the administrator (finding 1)', () => {
  // What the provincial administrator tries on such an account, at the version it was created with.
  const attempts: [string, (user: UserJson) => ReturnType<Agent['get']>][] = [
    ['reads', (u) => tqAdmin.get(`/api/users/${u.id}`)],
    ['renames', (u) => tqAdmin.patch(`/api/users/${u.id}`, { fullName: 'Đổi tên', version: u.version })],
    [
      'resets the password of',
      (u) => tqAdmin.post(`/api/users/${u.id}/reset-password`, { newPassword: TAKEOVER }),
    ],
    ['disables', (u) => tqAdmin.patch(`/api/users/${u.id}`, { disabled: true, version: u.version })],
    ['strips the grants of', (u) => tqAdmin.patch(`/api/users/${u.id}`, { roles: [], version: u.version })],
    [
      'narrows to the province the grants of',
      (u) =>
        tqAdmin.patch(`/api/users/${u.id}`, {
          roles: [{ role: 'coordinator', scopeBodyId: tuyenQuang }],
          version: u.version,
        }),
    ],
  ];
  for (const target of ['quocgia', 'kiemnhiem'] as const) {
    for (const [what, attempt] of attempts) {
      it(`is not found when the provincial administrator ${what} tq.${target}`, async () => {
        const res = await attempt(accounts[target]);
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      });
    }
  }

  it('is left as it was by these attempts: grants, password, name and state', async () => {
    for (const username of ['tq.quocgia', 'tq.kiemnhiem']) {
      expect((await signInRaw(username, TAKEOVER)).statusCode).toBe(401);
    }
    expect((await signInRaw('tq.quocgia', NEW_USER_PASSWORD)).statusCode).toBe(200);
    expect(await grantsOf('tq.quocgia')).toEqual([`admin@${country}`]);
    expect(await grantsOf('tq.kiemnhiem')).toEqual(
      [`coordinator@${tuyenQuang}`, `coordinator@${sonLa}`].sort(),
    );
    const rows = await t.handle.db
      .selectFrom('users')
      .select(['username', 'full_name', 'disabled', 'version'])
      .where('id', 'in', [accounts.quocgia.id, accounts.kiemnhiem.id])
      .orderBy('username')
      .execute();
    expect(rows).toEqual([
      { username: 'tq.kiemnhiem', full_name: 'tq.kiemnhiem', disabled: false, version: 1 },
      { username: 'tq.quocgia', full_name: 'tq.quocgia', disabled: false, version: 1 },
    ]);
  });

  it('stays manageable by the national administrator', async () => {
    const res = await nationalAdmin.get(`/api/users/${accounts.quocgia.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.roles).toEqual([
      expect.objectContaining({ role: 'admin', scopeBodyId: country, scopeBodyName: 'Việt Nam' }),
    ]);
  });

  it('is left out of the provincial administrator’s account list, with the total to match', async () => {
    const list = (await tqAdmin.get('/api/users?pageSize=200')).json();
    const names = list.items.map((u: UserJson) => u.username);
    expect(names).toContain('hoaan.canbo');
    expect(names).toContain('tq.dieuphoi');
    expect(names).not.toContain('tq.quocgia');
    expect(names).not.toContain('tq.kiemnhiem');
    // The administrator itself holds nothing beyond its scope, so it is listed.
    expect(names).toContain('tq.quantri');
    expect(list.total).toBe(list.items.length);
    const ofDepartment = (await tqAdmin.get(`/api/users?bodyId=${soKhcn}`)).json();
    expect(ofDepartment.items.map((u: UserJson) => u.username)).toEqual(['tq.dieuphoi']);
    const national = (await nationalAdmin.get(`/api/users?bodyId=${soKhcn}`)).json();
    expect(national.items.map((u: UserJson) => u.username)).toEqual([
      'tq.dieuphoi',
      'tq.kiemnhiem',
      'tq.quocgia',
    ]);
  });

  it('lists exactly the accounts that answer to the administrator', async () => {
    const listed = (await tqAdmin.get('/api/users?pageSize=200')).json().items as UserJson[];
    const all = await t.handle.db.selectFrom('users').select(['id', 'username']).execute();
    for (const user of all) {
      const reachable = (await tqAdmin.get(`/api/users/${user.id}`)).statusCode === 200;
      expect([user.username, reachable]).toEqual([user.username, listed.some((u) => u.id === user.id)]);
    }
  });
});

describe('grant edits (finding 10)', () => {
  it('cannot strip or disable a coordinator who also holds another province', async () => {
    const version = (await nationalAdmin.get(`/api/users/${accounts.kiemnhiem.id}`)).json().user.version;
    const strip = await tqAdmin.patch(`/api/users/${accounts.kiemnhiem.id}`, {
      roles: [{ role: 'coordinator', scopeBodyId: tuyenQuang }],
      version,
    });
    expect(strip.statusCode).toBe(404);
    const disable = await tqAdmin.patch(`/api/users/${accounts.kiemnhiem.id}`, { disabled: true, version });
    expect(disable.statusCode).toBe(404);
    expect(await grantsOf('tq.kiemnhiem')).toEqual(
      [`coordinator@${tuyenQuang}`, `coordinator@${sonLa}`].sort(),
    );
  });

  it('adds and removes grants inside the administrator’s scope, refuses one outside', async () => {
    let user = (await tqAdmin.get(`/api/users/${accounts.canbo.id}`)).json().user as UserJson;
    const added = await tqAdmin.patch(`/api/users/${accounts.canbo.id}`, {
      roles: [
        { role: 'viewer', scopeBodyId: hoaAn },
        { role: 'focal_point', scopeBodyId: hoaAn },
      ],
      version: user.version,
    });
    expect(added.statusCode).toBe(200);
    user = added.json().user;
    expect(user.roles.map((r) => r.role).sort()).toEqual(['focal_point', 'viewer']);
    const outside = await tqAdmin.patch(`/api/users/${accounts.canbo.id}`, {
      roles: [{ role: 'viewer', scopeBodyId: sonLa }],
      version: user.version,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.field).toBe('roles');
    const removed = await tqAdmin.patch(`/api/users/${accounts.canbo.id}`, {
      roles: [{ role: 'focal_point', scopeBodyId: hoaAn }],
      version: user.version,
    });
    expect(removed.statusCode).toBe(200);
    expect(await grantsOf('hoaan.canbo')).toEqual([`focal_point@${hoaAn}`]);
    const audit = await lastAudit(t.handle, 'user.update', accounts.canbo.id);
    expect(audit.before).toMatchObject({
      roles: expect.arrayContaining([{ role: 'viewer', scopeBodyId: hoaAn }]),
    });
    expect(audit.after).toMatchObject({ roles: [{ role: 'focal_point', scopeBodyId: hoaAn }] });
  });

  it('keeps a grant in another province when the national administrator’s request repeats it', async () => {
    const user = (await nationalAdmin.get(`/api/users/${accounts.kiemnhiem.id}`)).json().user as UserJson;
    const res = await nationalAdmin.patch(`/api/users/${accounts.kiemnhiem.id}`, {
      roles: user.roles.map(({ role, scopeBodyId }) => ({ role, scopeBodyId })),
      fullName: 'Lò Văn Kiêm',
      version: user.version,
    });
    expect(res.statusCode).toBe(200);
    expect(await grantsOf('tq.kiemnhiem')).toHaveLength(2);
  });
});

describe('one’s own account', () => {
  it('cannot have its password reset through the administration route: that takes the current one', async () => {
    const me = (await tqAdmin.get('/api/auth/me')).json().user;
    const res = await tqAdmin.post(`/api/users/${me.id}/reset-password`, { newPassword: TAKEOVER });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Đổi mật khẩu.*mật khẩu hiện tại/);
    expect((await signInRaw('tq.quantri', TAKEOVER)).statusCode).toBe(401);
    expect((await tqAdmin.get('/api/auth/me')).statusCode).toBe(200);
    const national = (await nationalAdmin.get('/api/auth/me')).json().user;
    expect(
      (await nationalAdmin.post(`/api/users/${national.id}/reset-password`, { newPassword: TAKEOVER }))
        .statusCode,
    ).toBe(400);
  });

  it('can be renamed as the edit dialog sends it, but not disabled or given other roles', async () => {
    const me = (await tqAdmin.get('/api/auth/me')).json().user;
    const user = (await tqAdmin.get(`/api/users/${me.id}`)).json().user as UserJson;
    const roles = user.roles.map(({ role, scopeBodyId }) => ({ role, scopeBodyId }));
    const renamed = await tqAdmin.patch(`/api/users/${me.id}`, {
      fullName: 'Quản trị tỉnh (đổi tên)',
      email: null,
      roles,
      disabled: false,
      version: user.version,
    });
    expect(renamed.statusCode).toBe(200);
    const version = renamed.json().user.version;
    const disable = await tqAdmin.patch(`/api/users/${me.id}`, { disabled: true, version });
    expect(disable.statusCode).toBe(400);
    expect(disable.json().error.field).toBe('disabled');
    const grant = await tqAdmin.patch(`/api/users/${me.id}`, {
      roles: [...roles, { role: 'focal_point', scopeBodyId: hoaAn }],
      version,
    });
    expect(grant.statusCode).toBe(400);
    expect(grant.json().error.field).toBe('roles');
    expect(grant.json().error.message).toMatch(/quản trị viên khác/);
    expect(await grantsOf('tq.quantri')).toEqual([`admin@${tuyenQuang}`]);
  });
});
