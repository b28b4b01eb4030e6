// The outputs register, channels, pushed library items, and the indicators that read the register:
// a body records what it published (a link once), registers its channels, the province pushes an
// approved poster to its communes and a commune ticks where it placed it, and the plan's "bodies with
// an active section", "about local efforts" and "stations that rebroadcast" targets move by
// themselves. Another province reads none of it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from './support/clock.ts';
import { publishSample, signInAsNewUser, uploadPoster } from './support/factories.ts';
import { type Agent, bodyIdByCode, childBodyId, signedInApp, type TestApp } from './support/test-app.ts';

pinClock('2026-08-20T09:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let viewer: Agent;
let outsider: Agent;
let province: string;
let hoaAn: string;
let press: string;

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });
const del = (agent: Agent, url: string) => agent.request({ method: 'DELETE', url });

beforeAll(async () => {
  ({ t, coordinator, focal, viewer, outsider } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    focal: 'hoaan.daumoi',
    viewer: 'tq.lanhdao',
    outsider: 'admin',
  }));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  press = await childBodyId(t.handle, province, 'press_agency');
});
afterAll(async () => t?.close());

let otherProvince: Agent | undefined;
/** A coordinator of another province: reads and changes nothing of Tuyên Quang's. */
async function otherProvinceCoordinator(): Promise<Agent> {
  if (otherProvince) return otherProvince;
  const other = await t.handle.db
    .selectFrom('bodies')
    .select('id')
    .where('kind', '=', 'province')
    .where('id', '<>', province)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  otherProvince = await signInAsNewUser(
    t,
    { username: 'tinhkhac.dieuphoi', bodyId: other.id, role: 'coordinator' },
    outsider,
  );
  return otherProvince;
}

describe('the outputs register', () => {
  let outputId: string;

  it('records what a body published, once per link, and finds it without diacritics', async () => {
    const article = {
      kind: 'article',
      title: 'Hòa An đưa chữ ký số đến từng thôn',
      publishedOn: '2026-08-18',
      channelKind: 'portal',
      channelName: 'Trang thông tin điện tử xã Hòa An',
      url: 'https://hoaan.tuyenquang.gov.vn/tin/chu-ky-so',
      topics: ['chuyển đổi số'],
      aboutLocal: true,
    };
    const res = await focal.post(`/api/bodies/${hoaAn}/outputs`, article);
    expect(res.statusCode).toBe(201);
    outputId = res.json().id;
    const again = await focal.post(`/api/bodies/${hoaAn}/outputs`, { ...article, title: 'Bản khác' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/đã ghi nhận sản phẩm có đường dẫn này/);

    const found = (await coordinator.get('/api/outputs?q=chu ky so')).json();
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({ title: article.title, aboutLocal: true, source: 'manual' });
    expect(found.aboutLocal).toBe(1);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', outputId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['output.create']);
  });

  it('refuses links that are not web addresses, and channels of another body', async () => {
    const script = await focal.post(`/api/bodies/${hoaAn}/outputs`, {
      kind: 'social_post',
      title: 'Bài đăng',
      publishedOn: '2026-08-18',
      channelKind: 'fanpage',
      url: 'javascript:alert(1)',
    });
    expect(script.statusCode).toBe(400);
    const channel = await coordinator.post(`/api/bodies/${press}/channels`, {
      kind: 'press',
      name: 'Chuyên mục Khoa học và Đời sống',
    });
    expect(channel.statusCode).toBe(201);
    const borrowed = await focal.post(`/api/bodies/${hoaAn}/outputs`, {
      kind: 'article',
      title: 'Mượn kênh',
      publishedOn: '2026-08-18',
      channelKind: 'press',
      channelId: channel.json().id,
    });
    expect(borrowed.statusCode).toBe(400);
    expect(borrowed.json().error.message).toMatch(/không thuộc đơn vị này/);
  });

  it('corrects and removes an output on its version; a viewer and another province change nothing', async () => {
    const [row] = (await focal.get(`/api/outputs?bodyId=${hoaAn}`)).json().items;
    const change = { ...row, channelId: null, libraryItemId: null, pressReleaseId: null, taskId: null };
    for (const key of [
      'id',
      'body',
      'channel',
      'libraryItem',
      'pressRelease',
      'pushId',
      'source',
      'createdAt',
    ])
      delete change[key];
    const updated = await put(focal, `/api/outputs/${outputId}`, { ...change, commissioned: true });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ commissioned: true, version: 2 });
    const stale = await put(focal, `/api/outputs/${outputId}`, { ...change, title: 'Cũ' });
    expect(stale.statusCode).toBe(409);
    expect((await put(viewer, `/api/outputs/${outputId}`, { ...change, version: 2 })).statusCode).toBe(404);
    const other = await otherProvinceCoordinator();
    expect((await other.get(`/api/outputs?bodyId=${hoaAn}`)).statusCode).toBe(404);
    expect((await other.get('/api/outputs?q=chu ky so')).json().total).toBe(0);
    expect((await del(other, `/api/outputs/${outputId}?version=2`)).statusCode).toBe(404);
    expect((await other.post(`/api/bodies/${hoaAn}/outputs`, { ...change, url: '' })).statusCode).toBe(404);
    expect((await del(focal, `/api/outputs/${outputId}?version=1`)).statusCode).toBe(409);
    expect((await del(focal, `/api/outputs/${outputId}?version=2`)).statusCode).toBe(204);
    expect((await focal.get(`/api/outputs?bodyId=${hoaAn}`)).json().total).toBe(0);
  });
});

describe('channels', () => {
  it('keeps one name per kind in a body and shows the silent ones', async () => {
    const portal = await focal.post(`/api/bodies/${hoaAn}/channels`, {
      kind: 'portal',
      name: 'Chuyên mục Chuyển đổi số',
      url: 'https://hoaan.tuyenquang.gov.vn/chuyen-doi-so',
    });
    expect(portal.statusCode).toBe(201);
    expect(portal.json()).toMatchObject({ silent: true, lastOutputOn: null });
    const twice = await focal.post(`/api/bodies/${hoaAn}/channels`, {
      kind: 'portal',
      name: 'Chuyên mục Chuyển đổi số',
    });
    expect(twice.statusCode).toBe(409);
    await focal.post(`/api/bodies/${hoaAn}/outputs`, {
      kind: 'portal_post',
      title: 'Xã Hòa An ra mắt Tổ công nghệ số',
      publishedOn: '2026-08-10',
      channelKind: 'portal',
      channelId: portal.json().id,
    });
    const silent = (await focal.get(`/api/channels?bodyId=${hoaAn}&silent=true`)).json().items;
    expect(silent).toEqual([]);
    const all = (await focal.get(`/api/channels?bodyId=${hoaAn}`)).json().items;
    expect(all[0]).toMatchObject({ lastOutputOn: '2026-08-10', silent: false });
    const renamed = await put(focal, `/api/channels/${portal.json().id}`, {
      kind: 'portal',
      name: 'Chuyên mục Chuyển đổi số xã',
      version: 1,
    });
    expect(renamed.statusCode).toBe(200);
    const other = await otherProvinceCoordinator();
    expect((await other.get(`/api/channels?bodyId=${hoaAn}`)).statusCode).toBe(404);
    expect(
      (await put(other, `/api/channels/${portal.json().id}`, { kind: 'portal', name: 'X', version: 2 }))
        .statusCode,
    ).toBe(404);
  });
});

describe('publish once, everywhere below', () => {
  let pushId: string;
  let itemId: string;

  it('pushes an approved poster to the communes, each of which gets a to-do', async () => {
    itemId = await uploadPoster(coordinator, {
      title: 'Áp phích Bình dân học vụ số',
      summary: 'Hướng dẫn người dân học kỹ năng số cơ bản',
      shareBodyId: province,
    });
    // Only an approved item is pushed.
    const early = await coordinator.post(`/api/library/${itemId}/pushes`, {
      targetBodyId: province,
      bodyKinds: ['commune'],
      dueOn: '2026-08-31',
    });
    expect(early.statusCode).toBe(409);
    expect(
      (await coordinator.post(`/api/library/items/${itemId}/review`, { decision: 'approve' })).statusCode,
    ).toBe(200);
    const res = await coordinator.post(`/api/library/${itemId}/pushes`, {
      targetBodyId: province,
      bodyKinds: ['commune'],
      dueOn: '2026-08-31',
      note: 'Treo áp phích tại nhà văn hóa các thôn',
    });
    expect(res.statusCode).toBe(201);
    pushId = res.json().id;
    const communes = await t.handle.db
      .selectFrom('bodies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', province)
      .where('kind', '=', 'commune')
      .executeTakeFirstOrThrow();
    expect(res.json().bodies).toBe(Number(communes.n));
    const todos = (await focal.get('/api/push-todos')).json().items;
    expect(todos).toHaveLength(1);
    expect(todos[0]).toMatchObject({ body: { id: hoaAn }, doneAt: null, overdue: false });
    // Nobody pushes to a subtree that is not theirs, nor an item still in review.
    expect(
      (
        await focal.post(`/api/library/${itemId}/pushes`, {
          targetBodyId: province,
          bodyKinds: ['commune'],
          dueOn: '2026-08-31',
        })
      ).statusCode,
    ).toBe(404);
    const none = await coordinator.post(`/api/library/${itemId}/pushes`, {
      targetBodyId: hoaAn,
      bodyKinds: ['press_agency'],
      dueOn: '2026-08-31',
    });
    expect(none.statusCode).toBe(400);
  });

  it('a commune ticks where it placed it: the register fills and the push counts it done', async () => {
    const places = [
      {
        kind: 'visual',
        channelKind: 'visual',
        channelName: 'Nhà văn hóa thôn Nà Mạ',
        publishedOn: '2026-08-19',
      },
      {
        kind: 'social_post',
        channelKind: 'fanpage',
        channelName: 'Fanpage xã Hòa An',
        url: 'https://facebook.com/hoaan/posts/1',
        publishedOn: '2026-08-19',
      },
    ];
    const other = await otherProvinceCoordinator();
    expect((await other.post(`/api/pushes/${pushId}/done`, { bodyId: hoaAn, places })).statusCode).toBe(404);
    expect((await other.get(`/api/pushes/${pushId}`)).statusCode).toBe(404);
    const done = await focal.post(`/api/pushes/${pushId}/done`, { bodyId: hoaAn, places });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ outputs: 2 });
    // The same places again record nothing new.
    expect(
      (await focal.post(`/api/pushes/${pushId}/done`, { bodyId: hoaAn, places: [places[1]] })).statusCode,
    ).toBe(409);
    const detail = (await coordinator.get(`/api/pushes/${pushId}`)).json();
    expect(detail.done).toBe(1);
    const hoaAnRow = detail.bodies.find((b: { body: { id: string } }) => b.body.id === hoaAn);
    expect(hoaAnRow.outputs).toBe(2);
    expect(hoaAnRow.doneAt).not.toBeNull();
    // Not done first.
    expect(detail.bodies[0].doneAt).toBeNull();
    const recorded = (await focal.get(`/api/outputs?bodyId=${hoaAn}&kind=visual`)).json().items;
    expect(recorded[0]).toMatchObject({ source: 'push', pushId, libraryItem: { id: itemId } });
    expect((await coordinator.get('/api/pushes')).json().items[0]).toMatchObject({ id: pushId, done: 1 });
  });
});

describe('indicators that read the register', () => {
  let planId: string;
  let periodId: string;

  async function figureOf(indicatorId: string, bodyId = province) {
    const res = await coordinator.get(
      `/api/indicators/${indicatorId}/rollup?periodId=${periodId}&bodyId=${bodyId}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json().value;
  }

  beforeAll(async () => {
    planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
    const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
    periodId = periods.find(
      (p: { dataFrom: string; dataTo: string }) => p.dataFrom <= '2026-08-20' && p.dataTo >= '2026-08-20',
    ).id;
  });

  it('proposes "bodies with an active section" for the press target and counts the press agency once it publishes', async () => {
    const { items } = (await coordinator.get(`/api/plans/${planId}/indicators`)).json();
    const sections = items.find((i: { targetText: string | null }) =>
      i.targetText?.includes('chuyên trang/chuyên mục'),
    );
    expect(sections.proposedBinding).toEqual({ kind: 'channels_active' });
    expect(sections.reportedBy).toEqual(['press_agency']);
    const bound = await put(coordinator, `/api/indicators/${sections.id}/binding`, {
      binding: sections.proposedBinding,
      version: sections.version,
    });
    expect(bound.statusCode, bound.body).toBe(204);
    expect(await figureOf(sections.id)).toMatchObject({ numerator: 0, denominator: 1 });
    const [channel] = (await coordinator.get(`/api/channels?bodyId=${press}`)).json().items;
    const article = await coordinator.post(`/api/bodies/${press}/outputs`, {
      kind: 'article',
      title: 'Tuyên Quang: 100% xã có Tổ công nghệ số cộng đồng',
      publishedOn: '2026-08-19',
      channelKind: 'press',
      channelId: channel.id,
    });
    expect(article.statusCode).toBe(201);
    expect(await figureOf(sections.id)).toMatchObject({ numerator: 1, denominator: 1 });
    // An article in somebody else's paper is not a section of the commune's.
    const list = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
    expect(list.find((i: { id: string }) => i.id === sections.id)).toMatchObject({
      source: 'computed',
      computedKind: 'channels_active',
      numeratorLabel: expect.stringMatching(/chuyên trang, chuyên mục/),
    });
  });

  it('measures the share about local efforts and the stations that rebroadcast', async () => {
    const { items } = (await coordinator.get(`/api/plans/${planId}/indicators`)).json();
    const reported = items.filter(
      (i: { source: string; measure: string }) => i.source === 'reported' && i.measure === 'ratio',
    );
    const [local, stations] = reported as { id: string; version: number }[];
    expect(
      (
        await put(coordinator, `/api/indicators/${local?.id}/binding`, {
          binding: { kind: 'outputs_local' },
          version: local?.version,
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await put(coordinator, `/api/indicators/${stations?.id}/binding`, {
          binding: { kind: 'stations_rebroadcast' },
          version: stations?.version,
        })
      ).statusCode,
    ).toBe(204);
    // Everything published in the period under the province: the commune's portal post, the poster's
    // two places, the press agency's article; none of them flagged about local efforts.
    const before = await figureOf(local?.id as string);
    expect(before).toMatchObject({ numerator: 0, denominator: 4 });
    await focal.post(`/api/bodies/${hoaAn}/outputs`, {
      kind: 'rebroadcast',
      title: 'Phát lại bản tin của tỉnh về Ngày Khoa học và Công nghệ',
      publishedOn: '2026-08-19',
      channelKind: 'loudspeaker',
      aboutLocal: true,
    });
    expect(await figureOf(local?.id as string)).toMatchObject({ numerator: 1, denominator: 5 });
    const reach = await figureOf(stations?.id as string, hoaAn);
    const hoaAnStations = await t.handle.db
      .selectFrom('broadcast_stations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('body_id', '=', hoaAn)
      .executeTakeFirstOrThrow();
    expect(Number(hoaAnStations.n)).toBeGreaterThan(0);
    expect(reach).toMatchObject({ numerator: Number(hoaAnStations.n), denominator: Number(hoaAnStations.n) });
  });
});
