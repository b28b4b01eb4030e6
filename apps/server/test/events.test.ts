// Events (issue 18, part 1): the province organises its festival for the National Innovation Day,
// corrects it (a stale edit is refused), invites communes that answer; the people counted there are
// informed like at a briefing and move the plan's indicator; models are showcased with photos that
// only the event's readers get; the register's outputs are linked as coverage; the key-day calendar
// asks every commune to hold its own event (once, even when asked twice at the same moment) and
// counts where each stands. Another province's people find none of it.

import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoEvents } from '../src/seed/demo-events.ts';
import { pinClock } from './support/clock.ts';
import { publishSample, signInAsNewUser } from './support/factories.ts';
import {
  type Agent,
  bodyIdByCode,
  multipart,
  neighbourCommunes,
  signedInApp,
  type TestApp,
} from './support/test-app.ts';

// Four days after the National Innovation Day (01/10/2026): the festival is past, December is ahead.
pinClock('2026-10-05T09:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let viewer: Agent;
let admin: Agent;
let outsider: Agent;
let province: string;
let hoaAn: string;
type Commune = { id: string; name: string };
let neighbours: Commune[];
let sonLaCommune: string;

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });
const del = (agent: Agent, url: string) => agent.request({ method: 'DELETE', url });

interface EventJson {
  id: string;
  version: number;
  status: string;
  title: string;
  parentEventId: string | null;
  parent: { id: string; organiser: { id: string } } | null;
  invitations: {
    body: { id: string };
    response: string;
    attendeesExpected: number | null;
    canRespond: boolean;
  }[];
  counts: { body: { id: string }; audience: string; attended: number }[];
  models: { id: string; title: string; hasPhoto: boolean; presenterName: string }[];
  coverage: { output: { id: string; title: string; url: string } }[];
  children: { id: string; organiser: { id: string }; status: string; title: string }[];
  completeness: {
    summary: Record<string, number | null>;
    bodies: { body: { id: string }; standing: string; event: { id: string } | null }[];
  } | null;
  canManage: boolean;
  countsOpen: boolean;
  countableBodies: { id: string }[];
}

const festival = {
  kind: 'festival',
  title: 'Ngày hội Đổi mới sáng tạo tỉnh Tuyên Quang năm 2026',
  keyDay: 'innovation_day',
  startsOn: '2026-10-01',
  endsOn: '2026-10-02',
  place: 'Quảng trường Nguyễn Tất Thành, phường Minh Xuân',
  programme: 'Khai mạc; trưng bày mô hình, sản phẩm đổi mới sáng tạo; tọa đàm với doanh nghiệp.',
};

async function createEvent(agent: Agent, bodyId: string, input: object): Promise<EventJson> {
  const res = await agent.post(`/api/bodies/${bodyId}/events`, input);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const getEvent = async (agent: Agent, id: string): Promise<EventJson> => {
  const res = await agent.get(`/api/events/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const auditActions = async (entityId: string) =>
  (
    await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'event')
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute()
  ).map((row) => row.action);

async function png(width = 64, height = 48): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: '#1f6f43' } })
      .png()
      .toBuffer(),
  );
}

const storedCounts = async () => ({
  files: Number(
    (
      await t.handle.db
        .selectFrom('files')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  models: Number(
    (
      await t.handle.db
        .selectFrom('event_models')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

const addModel = (
  agent: Agent,
  eventId: string,
  fields: Record<string, string>,
  file?: { name: string; type: string; content: Uint8Array },
) =>
  file
    ? agent.request({ method: 'POST', url: `/api/events/${eventId}/models`, ...multipart(fields, file) })
    : agent.post(`/api/events/${eventId}/models`, fields);

beforeAll(async () => {
  ({ t, coordinator, focal, viewer, admin } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    focal: 'hoaan.daumoi',
    viewer: 'tq.lanhdao',
    admin: 'admin',
  }));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  neighbours = await neighbourCommunes(t.handle, province, hoaAn, 2);
  const sonLa = await bodyIdByCode(t.handle, '14');
  sonLaCommune = (
    await t.handle.db
      .selectFrom('bodies')
      .select('id')
      .where('parent_id', '=', sonLa)
      .where('kind', '=', 'commune')
      .orderBy('name')
      .executeTakeFirstOrThrow()
  ).id;
  outsider = await signInAsNewUser(
    t,
    { username: 'sonla.sukien', bodyId: sonLa, role: 'coordinator' },
    admin,
  );
});
afterAll(async () => t?.close());

describe('an event and its invitations', () => {
  let event: EventJson;

  it('is organised by the province, corrected on its version, and a stale edit is refused', async () => {
    event = await createEvent(coordinator, province, festival);
    expect(event).toMatchObject({
      status: 'planned',
      year: 2026,
      keyDay: 'innovation_day',
      canManage: true,
      countsOpen: true,
      organiser: { id: province },
      parentEventId: null,
    });
    const edited = await put(coordinator, `/api/events/${event.id}`, {
      ...festival,
      place: 'Quảng trường Nguyễn Tất Thành',
      version: event.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      place: 'Quảng trường Nguyễn Tất Thành',
      version: event.version + 1,
    });
    const stale = await put(coordinator, `/api/events/${event.id}`, { ...festival, version: event.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/vừa được người khác sửa/);
    event = edited.json();
    expect(await auditActions(event.id)).toEqual(['event.create', 'event.update']);

    // Found without diacritics, by year, key day and status.
    const found = (
      await coordinator.get('/api/events?q=doi moi sang tao&year=2026&keyDay=innovation_day&status=planned')
    ).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([event.id]);
    expect(found.canCreate).toBe(true);
    expect((await coordinator.get('/api/events?year=2025')).json().total).toBe(0);
  });

  it('refuses wrong types, impossible dates and bodies it may not organise for', async () => {
    const bad = [
      { ...festival, title: 42 },
      { ...festival, kind: 'party' },
      { ...festival, keyDay: 'tet' },
      { ...festival, startsOn: '2026-02-30' },
      { ...festival, taskId: 'not-a-uuid' },
      { ...festival, title: '   ' },
    ];
    for (const input of bad) {
      expect((await coordinator.post(`/api/bodies/${province}/events`, input)).statusCode).toBe(400);
    }
    const backwards = await coordinator.post(`/api/bodies/${province}/events`, {
      ...festival,
      endsOn: '2026-09-30',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error).toMatchObject({ field: 'endsOn' });
    expect(backwards.json().error.message).toMatch(/Ngày kết thúc/);
    expect(
      (await put(coordinator, `/api/events/${event.id}`, { ...festival, version: 'one' })).statusCode,
    ).toBe(400);
    // A commune's focal point and a viewer organise nothing at the province; a task of another
    // province's plan does not exist for it.
    expect((await focal.post(`/api/bodies/${province}/events`, festival)).statusCode).toBe(404);
    expect((await viewer.post(`/api/bodies/${province}/events`, festival)).statusCode).toBe(404);
    expect(
      (
        await coordinator.post(`/api/bodies/${province}/events`, {
          ...festival,
          taskId: '00000000-0000-4000-8000-000000000000',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('invites communes of its own subtree, each once', async () => {
    const first = neighbours[0] as Commune;
    const second = neighbours[1] as Commune;
    const invited = await coordinator.post(`/api/events/${event.id}/invitations`, {
      bodyIds: [hoaAn, first.id],
    });
    expect(invited.statusCode, invited.body).toBe(200);
    expect(invited.json().invitations).toHaveLength(2);
    const again = await coordinator.post(`/api/events/${event.id}/invitations`, { bodyIds: [hoaAn] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/đã được mời/);
    // Another province's commune does not exist for it; the province itself is not below itself.
    expect(
      (await coordinator.post(`/api/events/${event.id}/invitations`, { bodyIds: [sonLaCommune] })).statusCode,
    ).toBe(404);
    const itself = await coordinator.post(`/api/events/${event.id}/invitations`, { bodyIds: [province] });
    expect(itself.statusCode).toBe(400);
    expect(itself.json().error.message).toMatch(/trực thuộc/);
    expect(
      (await coordinator.post(`/api/events/${event.id}/invitations`, { bodyIds: ['x'] })).statusCode,
    ).toBe(400);
    // Taken back before anyone answered, then invited again.
    const withSecond = await coordinator.post(`/api/events/${event.id}/invitations`, {
      bodyIds: [second.id],
    });
    expect(withSecond.json().invitations).toHaveLength(3);
    expect(
      (await del(coordinator, `/api/events/${event.id}/invitations/${second.id}`)).json().invitations,
    ).toHaveLength(2);
    expect((await del(coordinator, `/api/events/${event.id}/invitations/${second.id}`)).statusCode).toBe(404);
  });

  it('is answered by the invited commune, which sees only its own invitation', async () => {
    const first = neighbours[0] as Commune;
    const seen = await getEvent(focal, event.id);
    expect(seen).toMatchObject({ canManage: false, title: festival.title });
    expect(seen.invitations.map((i) => i.body.id)).toEqual([hoaAn]);
    expect(seen.invitations[0]).toMatchObject({ response: 'pending', canRespond: true });
    const listed = (await focal.get('/api/events?year=2026')).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toContain(event.id);

    const answer = await put(focal, `/api/events/${event.id}/invitations/${hoaAn}`, {
      response: 'confirmed',
      attendeesExpected: 30,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const organiserView = await getEvent(coordinator, event.id);
    expect(organiserView.invitations.find((i) => i.body.id === hoaAn)).toMatchObject({
      response: 'confirmed',
      attendeesExpected: 30,
    });
    expect(organiserView).toMatchObject({ invited: 2, confirmed: 1 });
    // Not for a neighbour, not as a viewer, and nothing else of the event is the commune's to change.
    expect(
      (await put(focal, `/api/events/${event.id}/invitations/${first.id}`, { response: 'declined' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await put(viewer, `/api/events/${event.id}/invitations/${hoaAn}`, { response: 'declined' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await put(focal, `/api/events/${event.id}/invitations/${hoaAn}`, { response: 'maybe' })).statusCode,
    ).toBe(400);
    expect(
      (await put(focal, `/api/events/${event.id}`, { ...festival, version: organiserView.version }))
        .statusCode,
    ).toBe(404);
    expect((await focal.post(`/api/events/${event.id}/invitations`, { bodyIds: [hoaAn] })).statusCode).toBe(
      404,
    );
    expect(await auditActions(event.id)).toContain('event.respond');
  });

  it('is none of another province’s business: 404 on every route', async () => {
    const model = await addModel(coordinator, event.id, {
      title: 'Mô hình chè xanh truy xuất nguồn gốc',
      presenterKind: 'business',
      presenterName: 'Hợp tác xã Chè Tân Trào',
    });
    expect(model.statusCode, model.body).toBe(201);
    const modelId = (model.json() as EventJson).models[0]?.id as string;
    const id = event.id;
    const probes: [string, string, object | undefined][] = [
      ['GET', `/api/events/${id}`, undefined],
      ['PUT', `/api/events/${id}`, { ...festival, version: 2 }],
      ['POST', `/api/events/${id}/hold`, { version: 2, resultsNote: 'Xong' }],
      ['POST', `/api/events/${id}/cancel`, { version: 2, reason: 'Mưa bão' }],
      ['POST', `/api/events/${id}/invitations`, { bodyIds: [sonLaCommune] }],
      ['PUT', `/api/events/${id}/invitations/${hoaAn}`, { response: 'declined' }],
      ['DELETE', `/api/events/${id}/invitations/${hoaAn}`, undefined],
      ['PUT', `/api/events/${id}/counts`, { bodyId: hoaAn, audience: 'officials', attended: 5 }],
      ['POST', `/api/events/${id}/models`, { title: 'Khác', presenterKind: 'other', presenterName: 'Ai đó' }],
      ['DELETE', `/api/events/${id}/models/${modelId}`, undefined],
      ['GET', `/api/events/${id}/models/${modelId}/photo`, undefined],
      ['POST', `/api/events/${id}/coverage`, { outputId: '00000000-0000-4000-8000-000000000000' }],
      ['DELETE', `/api/events/${id}/coverage/00000000-0000-4000-8000-000000000000`, undefined],
      ['GET', `/api/bodies/${province}/key-days?year=2026`, undefined],
      [
        'POST',
        `/api/bodies/${province}/key-days`,
        { year: 2026, keyDay: 'innovation_day', kinds: ['commune'] },
      ],
      ['POST', `/api/bodies/${province}/events`, festival],
    ];
    for (const [method, url, payload] of probes) {
      const res = await outsider.request({
        method: method as 'GET',
        url,
        ...(payload ? { payload } : {}),
      });
      expect([url, method, res.statusCode]).toEqual([url, method, 404]);
    }
    expect((await outsider.get('/api/events')).json().total).toBe(0);
    // Nothing changed by the attempts.
    expect((await getEvent(coordinator, id)).models).toHaveLength(1);
  });
});

describe('people counted at an event', () => {
  let planId: string;
  let periodId: string;
  let officialsId: string;

  const informedAtHoaAn = async () => {
    const res = await coordinator.get(
      `/api/indicators/${officialsId}/rollup?periodId=${periodId}&bodyId=${hoaAn}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json().value;
  };

  beforeAll(async () => {
    planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
    const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
    periodId = periods.find(
      (p: { dataFrom: string; dataTo: string }) => p.dataFrom <= '2026-10-05' && p.dataTo >= '2026-10-05',
    ).id;
    const { items } = (await coordinator.get(`/api/plans/${planId}/indicators`)).json();
    const officials = items.find(
      (i: { proposedBinding: { kind: string; audience: string } | null }) =>
        i.proposedBinding?.kind === 'audience_informed' && i.proposedBinding.audience === 'officials',
    );
    officialsId = officials.id;
    const bound = await put(coordinator, `/api/indicators/${officials.id}/binding`, {
      binding: officials.proposedBinding,
      version: officials.version,
    });
    expect(bound.statusCode).toBe(204);
    const headcount = await put(focal, `/api/bodies/${hoaAn}/headcounts`, {
      audience: 'officials',
      year: 2026,
      headcount: 40,
    });
    expect(headcount.statusCode).toBe(200);
  });

  it('moves the informed indicator like a briefing: the largest count per body, never added', async () => {
    const conference = await createEvent(coordinator, province, {
      kind: 'conference',
      title: 'Hội nghị phổ biến Nghị quyết 57-NQ/TW về đổi mới sáng tạo',
      startsOn: '2026-10-03',
      endsOn: '2026-10-03',
      taskId: null,
    });
    await coordinator.post(`/api/events/${conference.id}/invitations`, { bodyIds: [hoaAn] });
    expect(await informedAtHoaAn()).toMatchObject({ numerator: 0, denominator: 40 });

    const counted = await put(focal, `/api/events/${conference.id}/counts`, {
      bodyId: hoaAn,
      audience: 'officials',
      attended: 25,
    });
    expect(counted.statusCode, counted.body).toBe(200);
    expect((counted.json() as EventJson).counts).toEqual([
      expect.objectContaining({
        body: expect.objectContaining({ id: hoaAn }),
        audience: 'officials',
        attended: 25,
      }),
    ]);
    expect(await informedAtHoaAn()).toMatchObject({ numerator: 25, denominator: 40, value: 62.5 });
    const people = (await focal.get(`/api/bodies/${hoaAn}/people?on=2026-10-05`)).json();
    expect(people.audiences.find((a: { audience: string }) => a.audience === 'officials')).toMatchObject({
      informed: 25,
      trained: 0,
    });

    // A second event of 20 officials: people counted are not named, so the two are not added.
    const workshop = await createEvent(coordinator, province, {
      kind: 'workshop',
      title: 'Hội thảo ứng dụng trí tuệ nhân tạo trong cải cách hành chính',
      startsOn: '2026-10-04',
      endsOn: '2026-10-04',
    });
    await coordinator.post(`/api/events/${workshop.id}/invitations`, { bodyIds: [hoaAn] });
    await put(coordinator, `/api/events/${workshop.id}/counts`, {
      bodyId: hoaAn,
      audience: 'officials',
      attended: 20,
    });
    expect(await informedAtHoaAn()).toMatchObject({ numerator: 25 });
    // Counted again: the new count replaces the old one, capped at the head-count.
    await put(focal, `/api/events/${conference.id}/counts`, {
      bodyId: hoaAn,
      audience: 'officials',
      attended: 55,
    });
    expect(await informedAtHoaAn()).toMatchObject({ numerator: 40, denominator: 40, value: 100 });
    expect(await auditActions(conference.id)).toEqual([
      'event.create',
      'event.invite',
      'event.count',
      'event.count',
    ]);

    // The first half-year closed on 01/06: a May event counted now does not move its figure.
    const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
    const firstHalf = periods.find(
      (p: { dataFrom: string; dataTo: string }) => p.dataFrom <= '2026-05-20' && p.dataTo >= '2026-05-20',
    );
    const may = await createEvent(coordinator, province, {
      kind: 'conference',
      title: 'Hội nghị triển khai Kế hoạch chuyển đổi số năm 2026',
      startsOn: '2026-05-20',
      endsOn: '2026-05-20',
    });
    await coordinator.post(`/api/events/${may.id}/invitations`, { bodyIds: [hoaAn] });
    await put(focal, `/api/events/${may.id}/counts`, { bodyId: hoaAn, audience: 'officials', attended: 33 });
    const closed = await coordinator.get(
      `/api/indicators/${officialsId}/rollup?periodId=${firstHalf.id}&bodyId=${hoaAn}`,
    );
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().value?.numerator ?? 0).toBe(0);
  });

  it('counts only from the event’s day, only for bodies it may, never for a cancelled event', async () => {
    const december = await createEvent(coordinator, province, {
      kind: 'exhibition',
      title: 'Triển lãm sản phẩm số tiêu biểu',
      startsOn: '2026-12-01',
      endsOn: '2026-12-03',
    });
    await coordinator.post(`/api/events/${december.id}/invitations`, { bodyIds: [hoaAn] });
    const early = await put(focal, `/api/events/${december.id}/counts`, {
      bodyId: hoaAn,
      audience: 'citizens',
      attended: 100,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/chưa diễn ra.*01\/12\/2026/);
    const hold = await coordinator.post(`/api/events/${december.id}/hold`, {
      version: december.version,
      resultsNote: 'Đã tổ chức',
    });
    expect(hold.statusCode).toBe(409);
    expect(hold.json().error.message).toMatch(/chưa đến ngày tổ chức/);
    // Its own people the organiser counts; a commune not invited, nobody.
    const first = neighbours[0] as Commune;
    expect(
      (
        await put(focal, `/api/events/${december.id}/counts`, {
          bodyId: first.id,
          audience: 'citizens',
          attended: 3,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await put(focal, `/api/events/${december.id}/counts`, {
          bodyId: hoaAn,
          audience: 'aliens',
          attended: 3,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await put(focal, `/api/events/${december.id}/counts`, {
          bodyId: hoaAn,
          audience: 'citizens',
          attended: -1,
        })
      ).statusCode,
    ).toBe(400);

    const cancelled = await coordinator.post(`/api/events/${december.id}/cancel`, {
      version: december.version,
      reason: 'Dời sang năm sau do trùng lịch tiếp công dân.',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', countsOpen: false });
    // Cancelled: its people are never counted, whatever the day.
    const late = await put(focal, `/api/events/${december.id}/counts`, {
      bodyId: hoaAn,
      audience: 'citizens',
      attended: 100,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/đã hủy/);
    const edit = await put(coordinator, `/api/events/${december.id}`, {
      kind: 'exhibition',
      title: 'Triển lãm',
      startsOn: '2026-12-01',
      endsOn: '2026-12-03',
      version: cancelled.json().version,
    });
    expect(edit.statusCode).toBe(409);
    expect(await auditActions(december.id)).toEqual(['event.create', 'event.invite', 'event.cancel']);
  });

  it('is held with a note of its results; an event with people counted is not cancelled', async () => {
    const { items } = (await coordinator.get('/api/events?q=nghi quyet 57')).json();
    const conference = await getEvent(coordinator, items[0].id);
    const cancel = await coordinator.post(`/api/events/${conference.id}/cancel`, {
      version: conference.version,
      reason: 'Nhầm',
    });
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().error.message).toMatch(/đã có số người tham dự/);
    expect(
      (
        await coordinator.post(`/api/events/${conference.id}/hold`, {
          version: conference.version,
          resultsNote: '',
        })
      ).statusCode,
    ).toBe(400);
    const held = await coordinator.post(`/api/events/${conference.id}/hold`, {
      version: conference.version,
      resultsNote: '120 đại biểu dự; 5 xã đăng ký mô hình điểm.',
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({
      status: 'held',
      resultsNote: '120 đại biểu dự; 5 xã đăng ký mô hình điểm.',
    });
    expect(held.json().heldAt).not.toBeNull();
    const twice = await coordinator.post(`/api/events/${conference.id}/hold`, {
      version: held.json().version,
      resultsNote: 'Lần hai',
    });
    expect(twice.statusCode).toBe(409);
  });
});

describe('models showcased and coverage', () => {
  let eventId: string;

  beforeAll(async () => {
    const { items } = (await coordinator.get('/api/events?q=ngay hoi')).json();
    eventId = items[0].id;
  });

  it('keeps a photo with its thumbnail, served only through the event to those who see it', async () => {
    const added = await addModel(
      coordinator,
      eventId,
      {
        title: 'Ứng dụng bản đồ số du lịch cộng đồng',
        presenterKind: 'body',
        presenterBodyId: hoaAn,
        description: 'Bản đồ số các điểm du lịch cộng đồng của xã, có mã QR tại từng điểm.',
      },
      { name: 'ban-do.png', type: 'image/png', content: await png(800, 600) },
    );
    expect(added.statusCode, added.body).toBe(201);
    const model = (added.json() as EventJson).models.find((m) => m.title.startsWith('Ứng dụng bản đồ'));
    expect(model).toMatchObject({ hasPhoto: true });
    const photoUrl = `/api/events/${eventId}/models/${model?.id}/photo`;
    const photo = await focal.get(photoUrl);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    const thumbnail = await focal.get(`${photoUrl}?size=thumbnail`);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    expect((await sharp(thumbnail.rawPayload).metadata()).width).toBeLessThanOrEqual(480);
    // Never by the files route, which reads the organiser's files only.
    const row = await t.handle.db
      .selectFrom('event_models')
      .select(['photo_file_id', 'thumbnail_file_id'])
      .where('id', '=', model?.id as string)
      .executeTakeFirstOrThrow();
    expect((await coordinator.get(`/api/files/${row.photo_file_id}`)).statusCode).toBe(404);
    // A presenter named by the form: a body needs its id, a business its name.
    expect(
      (await addModel(coordinator, eventId, { title: 'Thiếu đơn vị', presenterKind: 'body' })).statusCode,
    ).toBe(400);
    expect(
      (await addModel(coordinator, eventId, { title: 'Thiếu tên', presenterKind: 'business' })).statusCode,
    ).toBe(400);
    expect(
      (
        await addModel(coordinator, eventId, {
          title: 'Đơn vị tỉnh khác',
          presenterKind: 'body',
          presenterBodyId: sonLaCommune,
        })
      ).statusCode,
    ).toBe(404);
    // The invited commune sees the models, and removes none.
    expect((await del(focal, `/api/events/${eventId}/models/${model?.id}`)).statusCode).toBe(404);
    const removed = await del(coordinator, `/api/events/${eventId}/models/${model?.id}`);
    expect(removed.statusCode).toBe(200);
    const gone = await t.handle.db
      .selectFrom('files')
      .select('id')
      .where('id', 'in', [row.photo_file_id as string, row.thumbnail_file_id as string])
      .execute();
    expect(gone).toEqual([]);
    expect((await coordinator.get(photoUrl)).statusCode).toBe(404);
  });

  it('refuses an oversized or corrupt photo in Vietnamese, storing nothing', async () => {
    const before = await storedCounts();
    const fields = {
      title: 'Mô hình có ảnh hỏng',
      presenterKind: 'other',
      presenterName: 'Đoàn thanh niên xã',
    };
    const huge = new Uint8Array(11 * 1024 * 1024);
    huge.set(await png(), 0);
    const tooLarge = await addModel(coordinator, eventId, fields, {
      name: 'anh-lon.png',
      type: 'image/png',
      content: huge,
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.message).toMatch(/Tệp quá lớn/);
    const real = await png();
    const corrupt = new Uint8Array(real.length);
    corrupt.set(real.subarray(0, 33), 0);
    corrupt.fill(0x5a, 33);
    const broken = await addModel(coordinator, eventId, fields, {
      name: 'anh-hong.png',
      type: 'image/png',
      content: corrupt,
    });
    expect(broken.statusCode).toBeGreaterThanOrEqual(400);
    expect(broken.statusCode).toBeLessThan(500);
    expect(broken.json().error.message).toMatch(/[àáảãạăâđêôơưý]/);
    const script = await addModel(coordinator, eventId, fields, {
      name: 'anh.svg',
      type: 'image/svg+xml',
      content: new TextEncoder().encode(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
    });
    expect(script.statusCode).toBe(415);
    expect(await storedCounts()).toEqual(before);
  });

  it('links outputs of the register the organiser reads, each once', async () => {
    const output = await focal.post(`/api/bodies/${hoaAn}/outputs`, {
      kind: 'article',
      title: 'Xã Hòa An mang bản đồ số đến Ngày hội Đổi mới sáng tạo',
      publishedOn: '2026-10-02',
      channelKind: 'portal',
      channelName: 'Trang thông tin điện tử xã Hòa An',
      url: 'https://hoaan.tuyenquang.gov.vn/tin/ngay-hoi-doi-moi-sang-tao',
    });
    expect(output.statusCode, output.body).toBe(201);
    const outputId = output.json().id;
    const linked = await coordinator.post(`/api/events/${eventId}/coverage`, { outputId });
    expect(linked.statusCode, linked.body).toBe(200);
    expect((linked.json() as EventJson).coverage).toEqual([
      expect.objectContaining({
        output: expect.objectContaining({
          id: outputId,
          url: 'https://hoaan.tuyenquang.gov.vn/tin/ngay-hoi-doi-moi-sang-tao',
        }),
      }),
    ]);
    expect((await coordinator.post(`/api/events/${eventId}/coverage`, { outputId })).statusCode).toBe(409);
    expect((await focal.post(`/api/events/${eventId}/coverage`, { outputId })).statusCode).toBe(404);
    expect((await coordinator.post(`/api/events/${eventId}/coverage`, { outputId: 42 })).statusCode).toBe(
      400,
    );
    expect((await del(coordinator, `/api/events/${eventId}/coverage/${outputId}`)).json().coverage).toEqual(
      [],
    );
    expect((await del(coordinator, `/api/events/${eventId}/coverage/${outputId}`)).statusCode).toBe(404);
    expect(await auditActions(eventId)).toEqual(expect.arrayContaining(['event.model', 'event.coverage']));
  });
});

describe('the key-day calendar', () => {
  let festivalId: string;
  let hoaAnOwn: EventJson;
  let communes: { id: string; name: string }[];

  beforeAll(async () => {
    festivalId = (await coordinator.get('/api/events?q=ngay hoi doi moi')).json().items[0].id;
    communes = await t.handle.db
      .selectFrom('bodies')
      .select(['id', 'name'])
      .where('parent_id', '=', province)
      .where('kind', '=', 'commune')
      .execute();
  });

  it('hangs a commune’s own event for the day under the province’s', async () => {
    hoaAnOwn = await createEvent(focal, hoaAn, {
      kind: 'exhibition',
      title: 'Xã Hòa An hưởng ứng Ngày Đổi mới sáng tạo',
      keyDay: 'innovation_day',
      startsOn: '2026-10-01',
      endsOn: '2026-10-01',
      place: 'Nhà văn hóa xã',
    });
    expect(hoaAnOwn.parentEventId).toBe(festivalId);
    expect(hoaAnOwn.parent).toMatchObject({ id: festivalId, organiser: { id: province } });
    // The commune sees the province's event above its own, and only its own under it.
    const above = await getEvent(focal, festivalId);
    expect(above.children.map((c) => c.id)).toEqual([hoaAnOwn.id]);
    expect(above.completeness).toBeNull();
    // Its key day is the calendar's now: it keeps it.
    const moved = await put(focal, `/api/events/${hoaAnOwn.id}`, {
      kind: 'exhibition',
      title: hoaAnOwn.title,
      keyDay: 'digital_day',
      startsOn: '2026-10-01',
      endsOn: '2026-10-01',
      version: hoaAnOwn.version,
    });
    expect(moved.statusCode).toBe(409);
  });

  it('asks every commune to hold one, once even when asked twice at the same moment', async () => {
    const ask = () =>
      coordinator.post(`/api/bodies/${province}/key-days`, {
        year: 2026,
        keyDay: 'innovation_day',
        kinds: ['commune'],
      });
    const [one, two] = await Promise.all([ask(), ask()]);
    expect([one.statusCode, two.statusCode]).toEqual([200, 200]);
    expect(one.json().eventId).toBe(festivalId);
    expect(two.json().eventId).toBe(festivalId);
    // Hòa An already has its own: every other commune gets one shell, made by one of the two calls.
    expect(one.json().created + two.json().created).toBe(communes.length - 1);
    const under = await t.handle.db
      .selectFrom('events')
      .select(['organiser_body_id', 'title', 'starts_on', 'status', 'key_day'])
      .where('parent_event_id', '=', festivalId)
      .execute();
    expect(under).toHaveLength(communes.length);
    expect(new Set(under.map((e) => e.organiser_body_id)).size).toBe(communes.length);
    const first = neighbours[0] as Commune;
    expect(under.find((e) => e.organiser_body_id === first.id)).toEqual({
      organiser_body_id: first.id,
      title: `Hưởng ứng Ngày Đổi mới sáng tạo Việt Nam 01/10/2026 – ${first.name}`,
      starts_on: '2026-10-01',
      status: 'planned',
      key_day: 'innovation_day',
    });
    // The list puts the province's event before the communes' own on the day, or leaves them out.
    const listed = (await coordinator.get('/api/events?keyDay=innovation_day&pageSize=5')).json();
    expect(listed.total).toBe(communes.length + 1);
    expect(listed.items[0].id).toBe(festivalId);
    const topLevel = (await coordinator.get('/api/events?keyDay=innovation_day&underParent=false')).json();
    expect(topLevel.items.map((i: { id: string }) => i.id)).toEqual([festivalId]);
    expect((await coordinator.get('/api/events?underParent=maybe')).statusCode).toBe(400);
    // A focal point of a commune asks nothing of the province.
    expect(
      (
        await focal.post(`/api/bodies/${province}/key-days`, {
          year: 2026,
          keyDay: 'innovation_day',
          kinds: ['commune'],
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await coordinator.post(`/api/bodies/${province}/key-days`, {
          year: 2026,
          keyDay: 'tet',
          kinds: ['commune'],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await coordinator.post(`/api/bodies/${province}/key-days`, {
          year: 2026,
          keyDay: 'innovation_day',
          kinds: [],
        })
      ).statusCode,
    ).toBe(400);
  });

  it('counts where each commune stands, like reports’ completeness', async () => {
    const first = neighbours[0] as Commune;
    const second = neighbours[1] as Commune;
    // Hòa An held its own; a neighbour's was cancelled; another's moved to a later day; then a
    // commune created after the calendar asked has none.
    const held = await focal.post(`/api/events/${hoaAnOwn.id}/hold`, {
      version: hoaAnOwn.version,
      resultsNote: 'Trưng bày 12 sản phẩm OCOP và chuyển đổi số.',
    });
    expect(held.statusCode, held.body).toBe(200);
    const shellOf = async (bodyId: string) =>
      t.handle.db
        .selectFrom('events')
        .select(['id', 'version', 'title', 'kind'])
        .where('parent_event_id', '=', festivalId)
        .where('organiser_body_id', '=', bodyId)
        .executeTakeFirstOrThrow();
    const firstShell = await shellOf(first.id);
    expect(
      (
        await coordinator.post(`/api/events/${firstShell.id}/cancel`, {
          version: firstShell.version,
          reason: 'Sáp nhập',
        })
      ).statusCode,
    ).toBe(200);
    const secondShell = await shellOf(second.id);
    const later = await put(coordinator, `/api/events/${secondShell.id}`, {
      kind: secondShell.kind,
      title: secondShell.title,
      keyDay: 'innovation_day',
      startsOn: '2026-10-08',
      endsOn: '2026-10-08',
      version: secondShell.version,
    });
    expect(later.statusCode, later.body).toBe(200);
    const created = await coordinator.post('/api/bodies', {
      parentId: province,
      kind: 'commune',
      name: 'Xã Thử Nghiệm Mới',
    });
    expect(created.statusCode, created.body).toBe(201);

    const parent = await getEvent(coordinator, festivalId);
    const expected = communes.length + 1;
    expect(parent.completeness?.summary).toEqual({
      expected,
      held: 1,
      planned: 1,
      overdue: expected - 4,
      cancelled: 1,
      missing: 1,
      rate: 1 / expected,
    });
    const standing = (bodyId: string) =>
      parent.completeness?.bodies.find((b) => b.body.id === bodyId)?.standing;
    expect([standing(hoaAn), standing(first.id), standing(second.id)]).toEqual([
      'held',
      'cancelled',
      'planned',
    ]);

    const calendar = await coordinator.get(`/api/bodies/${province}/key-days?year=2026`);
    expect(calendar.statusCode, calendar.body).toBe(200);
    const days = calendar.json().days as {
      keyDay: string;
      date: string;
      event: { id: string } | null;
      summary: unknown;
    }[];
    expect(days.map((d) => [d.keyDay, d.date])).toEqual([
      ['science_day', '2026-05-18'],
      ['innovation_day', '2026-10-01'],
      ['digital_day', '2026-10-10'],
    ]);
    expect(days[1]).toMatchObject({ event: { id: festivalId }, summary: parent.completeness?.summary });
    expect(days[0]).toMatchObject({ event: null, summary: null });
    expect(calendar.json()).toMatchObject({ canSchedule: true });
    expect(calendar.json().kinds).toEqual(expect.arrayContaining([{ kind: 'commune', count: expected }]));
    // The viewer reads it; the commune reads its own calendar, not the province's shells' counts.
    expect((await viewer.get(`/api/bodies/${province}/key-days?year=2026`)).json().canSchedule).toBe(false);
    expect((await focal.get(`/api/bodies/${province}/key-days?year=2026`)).statusCode).toBe(404);
    expect((await coordinator.get(`/api/bodies/${province}/key-days?year=twenty`)).statusCode).toBe(400);
  });

  it('creates the province’s own event for a day that had none', async () => {
    const asked = await coordinator.post(`/api/bodies/${province}/key-days`, {
      year: 2026,
      keyDay: 'digital_day',
      kinds: ['commune'],
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const made = await getEvent(coordinator, asked.json().eventId);
    expect(made).toMatchObject({
      title: 'Kỷ niệm Ngày Chuyển đổi số quốc gia 10/10/2026',
      startsOn: '2026-10-10',
      keyDay: 'digital_day',
      requiresKinds: ['commune'],
      status: 'planned',
    });
    expect(made.completeness?.summary).toMatchObject({
      expected: communes.length + 1,
      planned: communes.length + 1,
    });
    expect(await auditActions(made.id)).toEqual(['event.create', 'event.schedule']);
    const shell = await t.handle.db
      .selectFrom('events')
      .select('id')
      .where('parent_event_id', '=', made.id)
      .where('organiser_body_id', '=', hoaAn)
      .executeTakeFirstOrThrow();
    expect(await auditActions(shell.id)).toEqual(['event.schedule']);
    // The commune sees its shell and the province's event above it, read only.
    const own = await getEvent(focal, shell.id);
    expect(own).toMatchObject({ canManage: true, parentEventId: made.id });
    expect((await getEvent(focal, made.id)).canManage).toBe(false);
  });
});

describe('the demo’s events', () => {
  it('holds the province’s 18/5 conference with Hòa An’s own event under it, and shells for the others', async () => {
    await seedDemoEvents(t.handle.db);
    const communes = Number(
      (
        await t.handle.db
          .selectFrom('bodies')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('parent_id', '=', province)
          .where('kind', '=', 'commune')
          .executeTakeFirstOrThrow()
      ).n,
    );
    const found = (
      await coordinator.get('/api/events?keyDay=science_day&year=2026&q=hoi nghi ky niem')
    ).json();
    expect(found.total).toBe(1);
    const conference = await getEvent(coordinator, found.items[0].id);
    expect(conference).toMatchObject({
      status: 'held',
      startsOn: '2026-05-18',
      organiser: { id: province },
      task: expect.objectContaining({ title: expect.stringMatching(/hội nghị, hội thảo/) }),
    });
    expect(conference.invitations.find((i) => i.body.id === hoaAn)).toMatchObject({ response: 'confirmed' });
    expect(conference.counts).toEqual([
      expect.objectContaining({
        body: expect.objectContaining({ id: hoaAn }),
        audience: 'officials',
        attended: 12,
      }),
    ]);
    const own = conference.children.find((c) => c.organiser.id === hoaAn);
    expect(own).toMatchObject({ status: 'held' });
    const hoaAnEvent = await getEvent(focal, own?.id as string);
    expect(hoaAnEvent.counts.map((c) => [c.audience, c.attended])).toEqual([
      ['citizens', 120],
      ['digital_team', 12],
    ]);
    expect(hoaAnEvent.models).toEqual([expect.objectContaining({ hasPhoto: true, presenterKind: 'body' })]);
    const photo = await focal.get(`/api/events/${hoaAnEvent.id}/models/${hoaAnEvent.models[0]?.id}/photo`);
    expect(photo.headers['content-type']).toBe('image/webp');
    // Every other commune of the province has its shell, overdue since 18/5.
    expect(conference.completeness?.summary).toMatchObject({
      expected: communes,
      held: 1,
      overdue: communes - 1,
    });
    expect(await auditActions(conference.id)).toEqual([
      'event.create',
      'event.invite',
      'event.respond',
      'event.schedule',
      'event.count',
      'event.model',
      'event.hold',
    ]);
  });
});
