import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit } from './support/audit.ts';
import { bodyIdByCode, bodyIdByName, createTestApp, signIn, type TestApp } from './support/test-app.ts';

let t: TestApp;
let hoaAn: string;
let tuyenQuang: string;
beforeAll(async () => {
  t = await createTestApp();
  hoaAn = await bodyIdByCode(t.handle, '02353');
  tuyenQuang = await bodyIdByCode(t.handle, '08');
});
afterAll(async () => t?.close());

describe('the organisation tree', () => {
  it('starts a coordinator at the province, with departments before communes', async () => {
    const agent = await signIn(t.app, 'tq.dieuphoi');
    const roots = (await agent.get('/api/bodies/roots')).json().items;
    expect(roots.map((b: { name: string }) => b.name)).toEqual(['Tỉnh Tuyên Quang']);
    const children = (await agent.get(`/api/bodies/${tuyenQuang}/children`)).json().items;
    const communes = children.filter((b: { kind: string }) => b.kind === 'commune');
    expect(communes).toHaveLength(124);
    expect(children.map((b: { name: string }) => b.name)).toContain('Sở Khoa học và Công nghệ');
    expect(children.findIndex((b: { kind: string }) => b.kind === 'department')).toBeLessThan(
      children.findIndex((b: { kind: string }) => b.kind === 'commune'),
    );
  });

  it('finds "Hoà An" from "hoa an" with its path', async () => {
    const agent = await signIn(t.app, 'tq.dieuphoi');
    const items = (await agent.get('/api/bodies/search?q=hoa%20an')).json().items;
    const hit = items.find((b: { id: string }) => b.id === hoaAn);
    expect(hit).toMatchObject({ name: 'Xã Hòa An', code: '02353' });
    expect(hit.path.map((b: { name: string }) => b.name)).toEqual(['Tỉnh Tuyên Quang']);
  });

  it('shows a body with its ancestors and the actor’s abilities', async () => {
    const agent = await signIn(t.app, 'tq.lanhdao');
    const res = (await agent.get(`/api/bodies/${hoaAn}`)).json();
    expect(res.body.name).toBe('Xã Hòa An');
    expect(res.ancestors.map((b: { name: string }) => b.name)).toEqual(['Tỉnh Tuyên Quang']);
    expect(res.abilities).toEqual({ update: false, createChild: false, manageUsers: false });
  });

  it('lets a coordinator add a village and edit it, each change on the audit trail with before and after', async () => {
    const agent = await signIn(t.app, 'tq.dieuphoi');
    const created = await agent.post('/api/bodies', {
      parentId: hoaAn,
      kind: 'village',
      name: 'Thôn  Nà Hoà',
    });
    expect(created.statusCode).toBe(201);
    const village = created.json().body;
    expect(village.name).toBe('Thôn Nà Hòa');
    const edited = await agent.patch(`/api/bodies/${village.id}`, {
      aliases: ['Bản Nà Hòa'],
      version: village.version,
    });
    expect(edited.statusCode).toBe(200);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', village.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['body.create', 'body.update']);
    expect(audit[1]?.before).toMatchObject({ aliases: [] });
    expect(audit[1]?.after).toMatchObject({ aliases: ['Bản Nà Hòa'] });
  });

  it('refuses an edit made on a stale version instead of overwriting', async () => {
    const agent = await signIn(t.app, 'tq.dieuphoi');
    const id = await bodyIdByName(t.handle, 'Sở Y tế', '08');
    const { body } = (await agent.get(`/api/bodies/${id}`)).json();
    expect(
      (await agent.patch(`/api/bodies/${id}`, { shortNames: ['SYT'], version: body.version })).statusCode,
    ).toBe(200);
    const stale = await agent.patch(`/api/bodies/${id}`, { shortNames: ['Sở YT'], version: body.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/tải lại/);
  });

  it('refuses a duplicate official code and a hand-made province', async () => {
    const agent = await signIn(t.app, 'admin');
    const dup = await agent.post('/api/bodies', {
      parentId: tuyenQuang,
      kind: 'commune',
      name: 'Xã Trùng',
      code: '02353',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.field).toBe('code');
    const province = await agent.post('/api/bodies', {
      parentId: tuyenQuang,
      kind: 'province',
      name: 'Tỉnh Mới',
    });
    expect(province.statusCode).toBe(400);
  });

  it('does not let a viewer change a body', async () => {
    const agent = await signIn(t.app, 'tq.lanhdao');
    const res = await agent.post('/api/bodies', { parentId: hoaAn, kind: 'village', name: 'Thôn Lạ' });
    expect(res.statusCode).toBe(404);
  });
});

describe('matching names written in a document', () => {
  it('maps the names of a provincial plan to bodies and groups with a confidence', async () => {
    const agent = await signIn(t.app, 'tq.dieuphoi');
    const texts = [
      'Sở KH&CN',
      'Sở Văn hoá, Thể thao và Du lịch',
      'UBND các xã, phường',
      'Báo và Phát thanh, Truyền hình Tuyên Quang',
      'Xã Hoà An',
      'Công ty Không Tồn Tại',
    ];
    const res = await agent.post('/api/bodies/match', { contextId: tuyenQuang, texts });
    expect(res.statusCode).toBe(200);
    const [khcn, vhttdl, communes, press, hoaAnMatch, unknown] = res
      .json()
      .items.map((i: { match: unknown }) => i.match);
    expect(khcn).toMatchObject({ type: 'body', body: { name: 'Sở Khoa học và Công nghệ' } });
    expect(vhttdl).toMatchObject({ type: 'body', body: { name: 'Sở Văn hóa, Thể thao và Du lịch' } });
    expect(communes.type).toBe('group');
    expect(communes.bodies).toHaveLength(124);
    expect(press).toMatchObject({ type: 'body', body: { kind: 'press_agency' } });
    expect(hoaAnMatch).toMatchObject({ type: 'body', body: { id: hoaAn } });
    expect(hoaAnMatch.confidence).toBeGreaterThan(0.8);
    expect(unknown.type).toBe('none');
  });
});

describe('accounts', () => {
  it('lets a provincial administrator create an account for Hòa An, which can then sign in', async () => {
    const admin = await signIn(t.app, 'tq.quantri');
    const res = await admin.post('/api/users', {
      bodyId: hoaAn,
      username: 'HoaAn.CanBo',
      fullName: 'Nông Văn Bình',
      email: 'binh@hoaan.example',
      password: 'Bien-xanh-cat-trang-26',
      roles: [{ role: 'focal_point', scopeBodyId: hoaAn }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ username: 'hoaan.canbo', body: { name: 'Xã Hòa An' } });
    const agent = await signIn(t.app, 'hoaan.canbo', 'Bien-xanh-cat-trang-26');
    expect((await agent.get(`/api/bodies/${hoaAn}`)).statusCode).toBe(200);
    const audit = await lastAudit(t.handle, 'user.create', res.json().user.id);
    expect(JSON.stringify(audit.after)).not.toMatch(/argon2|Bien-xanh/);
  });

  it('refuses a duplicate username and a grant outside the administrator’s scope', async () => {
    const admin = await signIn(t.app, 'tq.quantri');
    const base = { bodyId: hoaAn, fullName: 'A', password: 'Bien-xanh-cat-trang-26' };
    const dup = await admin.post('/api/users', { ...base, username: 'hoaan.daumoi', roles: [] });
    expect(dup.statusCode).toBe(409);
    const sonLa = await bodyIdByCode(t.handle, '14');
    const outside = await admin.post('/api/users', {
      ...base,
      username: 'vuot.pham.vi',
      roles: [{ role: 'viewer', scopeBodyId: sonLa }],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.field).toBe('roles');
    const none = await t.handle.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'vuot.pham.vi')
      .execute();
    expect(none).toEqual([]);
  });

  it('disables an account, which ends its sessions, and refuses a stale edit', async () => {
    const admin = await signIn(t.app, 'admin');
    const target = await signIn(t.app, 'tq.lanhdao');
    const list = (await admin.get('/api/users?q=lanhdao')).json();
    const user = list.items[0];
    expect(
      (await admin.patch(`/api/users/${user.id}`, { disabled: true, version: user.version })).statusCode,
    ).toBe(200);
    expect((await target.get('/api/auth/me')).statusCode).toBe(401);
    const stale = await admin.patch(`/api/users/${user.id}`, { disabled: false, version: user.version });
    expect(stale.statusCode).toBe(409);
  });
});

describe('the audit trail', () => {
  it('lists entries of the actor’s subtree, filtered by body, person and date', async () => {
    const coordinator = await signIn(t.app, 'tq.dieuphoi');
    const all = (await coordinator.get('/api/audit?pageSize=200')).json();
    expect(all.total).toBeGreaterThan(0);
    // The nationwide import is not in a provincial coordinator's subtree.
    expect(all.items.map((i: { action: string }) => i.action)).not.toContain('orgs.import_units');
    const forHoaAn = (await coordinator.get(`/api/audit?bodyId=${hoaAn}`)).json();
    expect(forHoaAn.items.length).toBeGreaterThan(0);
    expect(forHoaAn.items.every((i: { body: { name: string } }) => i.body.name !== 'Sở Y tế')).toBe(true);
    const me = (await coordinator.get('/api/auth/me')).json();
    const mine = (await coordinator.get(`/api/audit?userId=${me.user.id}`)).json();
    expect(mine.items.every((i: { actor: { username: string } }) => i.actor.username === 'tq.dieuphoi')).toBe(
      true,
    );
    const future = (await coordinator.get('/api/audit?from=2099-01-01')).json();
    expect(future.total).toBe(0);
  });

  it('is not readable by a focal point', async () => {
    const agent = await signIn(t.app, 'hoaan.truyenthanh');
    expect((await agent.get('/api/audit')).json().total).toBe(0);
  });
});
