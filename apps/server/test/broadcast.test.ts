import { addDays, vietnamToday } from '@lantoa/domain';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishSample, signInAsNewUser } from './support/factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let broadcaster: Agent;
let coordinator: Agent;
let hoaAn: string;
let province: string;
let stationId: string;
const tomorrow = addDays(vietnamToday(), 1);

beforeAll(async () => {
  ({ t, broadcaster, coordinator } = await signedInApp({
    broadcaster: 'hoaan.truyenthanh',
    coordinator: 'tq.dieuphoi',
  }));
  hoaAn = await bodyIdByCode(t.handle, '02353');
  province = await bodyIdByCode(t.handle, '08');
  const stations = (await broadcaster.get('/api/broadcast/stations')).json().items;
  stationId = stations.find((s: { body: { id: string } }) => s.body.id === hoaAn).id;
});
afterAll(async () => t?.close());

const bulletin = (agent: Agent, body: object) =>
  agent.post('/api/broadcast/bulletins', {
    title: 'Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam',
    text: 'Ngày 18/5 hằng năm là Ngày Khoa học và Công nghệ Việt Nam. UBND xã đề nghị bà con tham gia các lớp Bình dân học vụ số.',
    priority: 'normal',
    targetBodyId: hoaAn,
    ...body,
  });

describe('bulletins and speech', () => {
  it('writes a bulletin, reads it out with espeak-ng as a job, and serves the audio', async () => {
    const created = await bulletin(broadcaster, {});
    expect(created.statusCode).toBe(201);
    const id = created.json().bulletin.id;
    expect(created.json().bulletin.audio.status).toBe('none');

    const queued = await broadcaster.post(`/api/broadcast/bulletins/${id}/synthesis`);
    expect(queued.statusCode).toBe(202);
    expect(['queued', 'running', 'ready']).toContain(queued.json().bulletin.audio.status);
    await t.worker.idle();
    const done = (await broadcaster.get(`/api/broadcast/bulletins/${id}`)).json().bulletin;
    expect(done.audio).toMatchObject({ status: 'ready', progress: 100, stale: false, error: null });
    // About 30 words at loudspeaker pace, the title included.
    expect(done.audio.durationSeconds).toBeGreaterThan(5);
    expect(done.audio.durationSeconds).toBeLessThan(60);
    const audio = await broadcaster.get(`/api/broadcast/bulletins/${id}/audio`);
    expect(audio.statusCode).toBe(200);
    expect(audio.headers['content-type']).toBe(done.audio.mediaType);
    const magic = audio.rawPayload.subarray(0, 4).toString('latin1');
    expect(['OggS', 'RIFF', 'ID3\u0003']).toContain(magic);

    // A changed text makes the recording stale until it is read again.
    const edited = await broadcaster.patch(`/api/broadcast/bulletins/${id}`, {
      ...done,
      text: `${done.text} Xin cảm ơn.`,
      targetBodyId: hoaAn,
      sourceItem: undefined,
      sourceBulletin: undefined,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().bulletin.audio.stale).toBe(true);
    // A partial change keeps the rest.
    const renamed = await broadcaster.patch(`/api/broadcast/bulletins/${id}`, {
      title: 'Ngày Khoa học và Công nghệ 18/5',
      version: edited.json().bulletin.version,
    });
    expect(renamed.json().bulletin).toMatchObject({ text: `${done.text} Xin cảm ơn.`, priority: 'normal' });
    const stale = await broadcaster.patch(`/api/broadcast/bulletins/${id}`, {
      title: done.title,
      text: done.text,
      priority: 'normal',
      targetBodyId: hoaAn,
      version: done.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a target outside the broadcaster’s scope and an empty text, in Vietnamese', async () => {
    const outside = await bulletin(broadcaster, { targetBodyId: province });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.message).toContain('đơn vị nhận');
    const empty = await bulletin(broadcaster, { text: '   ' });
    expect(empty.statusCode).toBe(400);
  });
});

describe('programme, log and the reach indicator', () => {
  let normalId: string;
  let priorityId: string;

  it('places a normal bulletin where the commune chose and a provincial priority bulletin first', async () => {
    normalId = (await bulletin(broadcaster, { title: 'Lịch học Bình dân học vụ số' })).json().bulletin.id;
    const session = `${stationId}:${tomorrow}:06:00`;
    const placed = await broadcaster.post(`/api/broadcast/stations/${stationId}/placements`, {
      bulletinId: normalId,
      sessionIds: [session],
    });
    expect(placed.statusCode).toBe(200);
    priorityId = (
      await bulletin(coordinator, {
        title: 'Thông báo của tỉnh về chuyển đổi số',
        priority: 'priority',
        targetBodyId: province,
        validFrom: vietnamToday(),
        validUntil: tomorrow,
      })
    ).json().bulletin.id;

    const programme = (
      await broadcaster.get(`/api/broadcast/stations/${stationId}/programme?from=${tomorrow}&days=1`)
    ).json();
    const first = programme.sessions.find((s: { id: string }) => s.id === session);
    expect(first.items.map((i: { bulletinId: string }) => i.bulletinId)).toEqual([priorityId, normalId]);
    expect(first.items[1].startOffsetSeconds).toBe(first.items[0].durationSeconds);
    // The provincial priority bulletin reaches every station of the province, not only Hòa An's.
    const stations = (await coordinator.get('/api/broadcast/stations')).json().items;
    expect(stations.length).toBeGreaterThan(1);
    const other = stations.find((s: { body: { id: string } }) => s.body.id !== hoaAn);
    const otherProgramme = (
      await coordinator.get(`/api/broadcast/stations/${other.id}/programme?from=${tomorrow}&days=1`)
    ).json();
    expect(otherProgramme.sessions[0].items.map((i: { bulletinId: string }) => i.bulletinId)).toEqual([
      priorityId,
    ]);
  });

  it('puts an emergency bulletin on air at once and refuses to hand-place it', async () => {
    const emergency = (
      await bulletin(coordinator, {
        title: 'Khẩn: phòng chống bão',
        priority: 'emergency',
        targetBodyId: province,
      })
    ).json().bulletin;
    // Every broadcaster it reaches is told to air it now.
    const alerts = (await broadcaster.get('/api/notifications')).json().items;
    expect(alerts.filter((n: { kind: string }) => n.kind === 'emergency_bulletin')).toEqual([
      expect.objectContaining({ title: 'Bản tin khẩn cấp: Khẩn: phòng chống bão' }),
    ]);
    const programme = (await broadcaster.get(`/api/broadcast/stations/${stationId}/programme`)).json();
    expect(programme.immediate.map((i: { bulletinId: string }) => i.bulletinId)).toContain(emergency.id);
    const placed = await coordinator.post(`/api/broadcast/stations/${stationId}/placements`, {
      bulletinId: emergency.id,
      sessionIds: [`${stationId}:${tomorrow}:17:00`],
    });
    expect(placed.statusCode).toBe(400);
  });

  it('reports an over-long session', async () => {
    const long = (
      await bulletin(broadcaster, { title: 'Bài dài', text: 'Chuyển đổi số. '.repeat(1200) })
    ).json().bulletin;
    const session = `${stationId}:${tomorrow}:17:00`;
    await broadcaster.post(`/api/broadcast/stations/${stationId}/placements`, {
      bulletinId: long.id,
      sessionIds: [session],
    });
    const programme = (
      await broadcaster.get(`/api/broadcast/stations/${stationId}/programme?from=${tomorrow}&days=2`)
    ).json();
    const kinds = programme.issues.map((i: { kind: string }) => i.kind);
    expect(kinds.some((k: string) => k === 'displaced' || k === 'unplaced' || k === 'overlong')).toBe(true);
    for (const issue of programme.issues)
      expect(issue.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵêệếềểễôộốồổỗơờớợởỡưừứựửữ]/);
  });

  it('records what was aired once, and the reach indicator of the plan moves', async () => {
    const { planId } = await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt');
    const indicators = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
    const reach = indicators.find((i: { computedKind: string }) => i.computedKind === 'broadcast_reach');
    expect(reach).toBeDefined();
    // A period open today whatever the day (the plan's own may be past its deadline, hence closed:
    // closed periods are tested in closed-periods.test.ts with a pinned clock).
    const today = vietnamToday();
    const period = (
      await coordinator.post(`/api/plans/${planId}/periods`, {
        label: 'Đợt kiểm tra phát thanh',
        dataFrom: addDays(today, -10),
        dataTo: addDays(today, 10),
        dueOn: addDays(today, 20),
      })
    ).json();
    const rollup = async () =>
      (
        await coordinator.get(`/api/indicators/${reach.id}/rollup?periodId=${period.id}&bodyId=${hoaAn}`)
      ).json().value;
    const before = await rollup();
    expect(before).toMatchObject({ numerator: 0, denominator: 8600, value: 0 });

    const session = `${stationId}:${today}:06:00`;
    const aired = await broadcaster.post(`/api/broadcast/stations/${stationId}/log`, {
      bulletinId: normalId,
      sessionId: session,
    });
    expect(aired.statusCode).toBe(201);
    const again = await broadcaster.post(`/api/broadcast/stations/${stationId}/log`, {
      bulletinId: normalId,
      sessionId: session,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().entry.id).toBe(aired.json().entry.id);
    expect(aired.json().entry).toMatchObject({ source: 'manual', recordedBy: 'Lý Văn Sơn' });

    expect(await rollup()).toMatchObject({ numerator: 8600, denominator: 8600, value: 100 });
    // Periods not yet begun have no value (not 0 %).
    const series = (await coordinator.get(`/api/indicators/${reach.id}/series?bodyId=${hoaAn}`)).json();
    const future = series.points.filter(
      (p: { period: { dueOn: string } }) => p.period.dueOn > addDays(today, 200),
    );
    expect(future.length).toBeGreaterThan(0);
    for (const p of future) expect(p.value).toBeNull();
    const atProvince = (
      await coordinator.get(`/api/indicators/${reach.id}/rollup?periodId=${period.id}`)
    ).json();
    expect(atProvince.value.numerator).toBe(8600);
    expect(atProvince.value.denominator).toBeGreaterThan(8600);
    expect(atProvince.children.find((c: { body: { id: string } }) => c.body.id === hoaAn).value).toBe(100);

    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'broadcast.aired')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('lets the loudspeaker system post with its key, idempotently, and refuses a wrong key', async () => {
    const key = (await broadcaster.post(`/api/broadcast/stations/${stationId}/api-key`)).json().apiKey;
    expect(key.startsWith(`${stationId}.`)).toBe(true);
    const post = (apiKey: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/station/log',
        headers: { 'x-station-key': apiKey },
        payload: { title: 'Bản tin thời sự', externalId: 'loa-42', durationSeconds: 300 },
      });
    const first = await post(key);
    expect(first.statusCode).toBe(201);
    expect(first.json().entry.source).toBe('api');
    expect((await post(key)).json().entry.id).toBe(first.json().entry.id);
    // The same bulletin in the same session under another external id is the same airing: the
    // entry already recorded, not a second one (nor a 500 from the unique index).
    const session = `${stationId}:${tomorrow}:17:00`;
    const aired = (externalId: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/station/log',
        headers: { 'x-station-key': key },
        payload: { bulletinId: normalId, sessionId: session, externalId },
      });
    const once = await aired('loa-43');
    expect(once.statusCode).toBe(201);
    const twice = await aired('loa-44');
    expect(twice.statusCode).toBe(200);
    expect(twice.json().entry.id).toBe(once.json().entry.id);
    const wrong = await post(`${stationId}.khong-dung`);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toContain('Khóa API');
    const stations = (await broadcaster.get('/api/broadcast/stations')).json().items;
    expect(stations.find((s: { id: string }) => s.id === stationId).apiKeyHint).toBe(key.slice(-4));

    const programme = await t.app.inject({
      method: 'GET',
      url: `/api/station/programme?from=${tomorrow}`,
      headers: { 'x-station-key': key },
    });
    expect(programme.statusCode).toBe(200);
    expect(programme.json().sessions.length).toBe(2);
  });

  it('downloads a day as an offline pack: audio, playlists and a manifest', async () => {
    await broadcaster.post(`/api/broadcast/bulletins/${normalId}/synthesis`);
    await t.worker.idle();
    const res = await broadcaster.get(`/api/broadcast/stations/${stationId}/pack.zip?date=${tomorrow}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array));
    expect(manifest.station.id).toBe(stationId);
    expect(manifest.date).toBe(tomorrow);
    const items = manifest.sessions.flatMap((s: { items: unknown[] }) => s.items);
    const normal = items.find((i: { bulletinId: string }) => i.bulletinId === normalId);
    expect(normal.file).toMatch(/^audio\//);
    expect(files[normal.file]?.byteLength).toBeGreaterThan(1000);
    const m3u = strFromU8(files['programme.m3u8'] as Uint8Array);
    expect(m3u.startsWith('#EXTM3U\n')).toBe(true);
    expect(m3u).toContain(normal.file);
    expect(files['session-0600.m3u8']).toBeDefined();
  });

  it('keeps another commune’s broadcaster out of Hòa An’s station', async () => {
    const other = await bodyIdByCode(t.handle, '00700');
    const outsider = await signInAsNewUser(t, {
      username: 'khac.truyenthanh',
      bodyId: other,
      role: 'broadcaster',
    });
    expect((await outsider.get(`/api/broadcast/stations/${stationId}/programme`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/broadcast/stations/${stationId}/log`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/broadcast/bulletins/${normalId}`)).statusCode).toBe(404);
    // The provincial bulletin reaches them.
    expect((await outsider.get(`/api/broadcast/bulletins/${priorityId}`)).statusCode).toBe(200);
  });

  it('changes a station’s settings partly, refuses overlapping sessions, and refuses a stale version', async () => {
    const station = (await broadcaster.get('/api/broadcast/stations'))
      .json()
      .items.find((s: { id: string }) => s.id === stationId);
    const changed = await broadcaster.patch(`/api/broadcast/stations/${stationId}`, {
      listeners: 9000,
      version: station.version,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().station).toMatchObject({
      listeners: 9000,
      sessions: station.sessions,
      name: station.name,
    });
    const overlapping = await broadcaster.patch(`/api/broadcast/stations/${stationId}`, {
      sessions: [
        { start: '06:00', maxMinutes: 30 },
        { start: '06:15', maxMinutes: 15 },
      ],
      version: station.version + 1,
    });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().error.field).toBe('sessions');
    const stale = await broadcaster.patch(`/api/broadcast/stations/${stationId}`, {
      listeners: 1,
      version: station.version,
    });
    expect(stale.statusCode).toBe(409);
  });
});
