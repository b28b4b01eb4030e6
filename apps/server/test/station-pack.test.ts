import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from './support/clock.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

// The offline pack airs what was approved (issue 20): audio numbered in airing order, a recording of
// an earlier text left out with the reason, a bulletin without audio listed as missing, UTF-8 .m3u8
// playlists, file names cut between words, zip entries dated in Vietnam time.

// 06:00 in Vietnam is 23:00 UTC the day before: a zip dated in UTC would show 01/06 23:00.
const NOW = '2026-06-02T06:00:00+07:00';
const DAY = '2026-06-03';
pinClock(NOW);

let t: TestApp;
let broadcaster: Agent;
let coordinator: Agent;
let hoaAn: string;
let stationId: string;
const ids: Record<'early' | 'long' | 'province' | 'stale' | 'missing', string> = {
  early: '',
  long: '',
  province: '',
  stale: '',
  missing: '',
};

const write = async (agent: Agent, title: string, body: object = {}) => {
  const res = await agent.post('/api/broadcast/bulletins', {
    title,
    text: 'UBND xã đề nghị bà con tham gia các lớp Bình dân học vụ số tại nhà văn hóa thôn.',
    priority: 'normal',
    targetBodyId: hoaAn,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().bulletin.id as string;
};
const place = async (bulletinId: string, start: string) => {
  const res = await broadcaster.post(`/api/broadcast/stations/${stationId}/placements`, {
    bulletinId,
    sessionIds: [`${stationId}:${DAY}:${start}`],
  });
  expect(res.statusCode, res.body).toBe(200);
};
const synthesise = async (agent: Agent, bulletinId: string) => {
  expect((await agent.post(`/api/broadcast/bulletins/${bulletinId}/synthesis`)).statusCode).toBe(202);
  await t.worker.idle();
};

beforeAll(async () => {
  ({ t, broadcaster, coordinator } = await signedInApp({
    broadcaster: 'hoaan.truyenthanh',
    coordinator: 'tq.dieuphoi',
  }));
  hoaAn = await bodyIdByCode(t.handle, '02353');
  const province = await bodyIdByCode(t.handle, '08');
  const stations = (await broadcaster.get('/api/broadcast/stations')).json().items;
  stationId = stations.find((s: { body: { id: string } }) => s.body.id === hoaAn).id;

  // Written and read out first, aired last: the database's order is not the airing order.
  ids.early = await write(broadcaster, 'Lịch tiêm chủng tháng Sáu');
  await synthesise(broadcaster, ids.early);
  await place(ids.early, '17:00');
  ids.long = await write(broadcaster, 'Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam 2026 tại xã Hòa An');
  await synthesise(broadcaster, ids.long);
  await place(ids.long, '06:00');
  ids.stale = await write(broadcaster, 'Thông báo lịch cắt điện');
  await synthesise(broadcaster, ids.stale);
  await place(ids.stale, '06:00');
  const read = (await broadcaster.get(`/api/broadcast/bulletins/${ids.stale}`)).json().bulletin;
  const edited = await broadcaster.patch(`/api/broadcast/bulletins/${ids.stale}`, {
    text: 'Lịch cắt điện đổi sang thứ Năm, từ 7 giờ đến 11 giờ.',
    version: read.version,
  });
  expect(edited.json().bulletin.audio.stale).toBe(true);
  ids.missing = await write(broadcaster, 'Tin họp thôn');
  await place(ids.missing, '17:00');
  // Aired first in both sessions of the day.
  ids.province = await write(coordinator, 'Thông báo của tỉnh về chuyển đổi số', {
    priority: 'priority',
    targetBodyId: province,
    validFrom: DAY,
    validUntil: DAY,
  });
  await synthesise(coordinator, ids.province);
  // A priority bulletin airs in the sessions after it was written, and the row's created_at comes from
  // the database's clock: PostgreSQL's is real time, not this file's pinned one. Written "now" as pinned.
  await sql`update bulletins set created_at = ${new Date()} where id = ${ids.province}`.execute(t.handle.db);
}, 120_000);
afterAll(async () => t?.close());

interface ManifestItem {
  position: number;
  bulletinId: string;
  title: string;
  file: string | null;
  sha256: string | null;
  leftOut: { kind: string; reason: string } | null;
}
interface Manifest {
  generatedAt: string;
  sessions: { id: string; start: string; items: ManifestItem[] }[];
  leftOut: { bulletinId: string; kind: string; sessions: string[]; reason: string }[];
}

const download = async (url: string, headers: Record<string, string> = {}) => {
  const res = await (Object.keys(headers).length
    ? t.app.inject({ method: 'GET', url, headers })
    : broadcaster.get(url));
  expect(res.statusCode, res.body).toBe(200);
  const zip = new Uint8Array(res.rawPayload);
  const files = unzipSync(zip);
  const manifest: Manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array));
  return { zip, files, manifest };
};

/** The date and time of each local file header, as a zip tool reads them (MS-DOS fields, no zone). */
function entryTimes(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries: { name: string; wallClock: string; unixSeconds: number | null }[] = [];
  let at = 0;
  while (at + 30 <= zip.length && view.getUint32(at, true) === 0x04034b50) {
    const time = view.getUint16(at + 10, true);
    const date = view.getUint16(at + 12, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const name = strFromU8(zip.subarray(at + 30, at + 30 + nameLength));
    let unixSeconds: number | null = null;
    for (let e = at + 30 + nameLength; e < at + 30 + nameLength + extraLength; ) {
      const id = view.getUint16(e, true);
      const length = view.getUint16(e + 2, true);
      if (id === 0x5455 && (zip[e + 4] ?? 0) & 1) unixSeconds = view.getUint32(e + 5, true);
      e += 4 + length;
    }
    const two = (n: number) => String(n).padStart(2, '0');
    const wallClock =
      `${(date >> 9) + 1980}-${two((date >> 5) & 15)}-${two(date & 31)}T` +
      `${two(time >> 11)}:${two((time >> 5) & 63)}:${two((time & 31) * 2)}`;
    entries.push({ name, wallClock, unixSeconds });
    at += 30 + nameLength + extraLength + size;
  }
  return entries;
}

describe('the offline pack', () => {
  it('numbers the audio in airing order, one file per airing, and plays only those', async () => {
    const { files, manifest } = await download(`/api/broadcast/stations/${stationId}/pack.zip?date=${DAY}`);
    const audio = Object.keys(files)
      .filter((name) => name.startsWith('audio/'))
      .sort();
    expect(audio.map((name) => name.replace(/\.[a-z0-9]+$/, ''))).toEqual([
      'audio/01-0600-thong-bao-cua-tinh-ve-chuyen-doi-so',
      // Cut at 40 characters between words, not "…-cong-nghe-vie".
      'audio/02-0600-huong-ung-ngay-khoa-hoc-va-cong-nghe',
      'audio/03-1700-thong-bao-cua-tinh-ve-chuyen-doi-so',
      'audio/04-1700-lich-tiem-chung-thang-sau',
    ]);
    // The manifest's items with a file, session by session, are the folder's name order.
    const played = manifest.sessions.flatMap((s) => s.items.filter((i) => i.file).map((i) => i.file));
    expect(played).toEqual(audio);
    for (const item of manifest.sessions.flatMap((s) => s.items).filter((i) => i.file)) {
      expect(item.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(files[item.file as string]?.byteLength).toBeGreaterThan(1000);
    }

    // Playlists are UTF-8 .m3u8 with their header, the Vietnamese titles as written.
    expect(Object.keys(files).filter((name) => /\.m3u$/.test(name))).toEqual([]);
    const day = strFromU8(files['programme.m3u8'] as Uint8Array);
    const lines = day.trimEnd().split('\n');
    expect(lines[0]).toBe('#EXTM3U');
    expect(lines.filter((line) => !line.startsWith('#'))).toEqual(audio);
    expect(lines[1]).toMatch(/^#EXTINF:\d+,Thông báo của tỉnh về chuyển đổi số$/);
    expect(day).toContain(',Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam 2026 tại xã Hòa An\n');
    const session = (start: string) =>
      strFromU8(files[`session-${start}.m3u8`] as Uint8Array)
        .split('\n')
        .filter((line) => line && !line.startsWith('#'));
    expect(session('0600')).toEqual(audio.slice(0, 2));
    expect(session('1700')).toEqual(audio.slice(2));
  });

  it('leaves out a recording of an earlier text and lists a bulletin without audio, with what to do', async () => {
    const { files, manifest } = await download(`/api/broadcast/stations/${stationId}/pack.zip?date=${DAY}`);
    const items = manifest.sessions.flatMap((s) => s.items);
    const stale = items.find((i) => i.bulletinId === ids.stale);
    expect(stale).toMatchObject({ file: null, sha256: null, leftOut: { kind: 'stale' } });
    expect(stale?.leftOut?.reason).toContain('tạo lại âm thanh');
    const missing = items.find((i) => i.bulletinId === ids.missing);
    expect(missing).toMatchObject({ file: null, sha256: null, leftOut: { kind: 'missing' } });
    expect(missing?.leftOut?.reason).toContain('chưa có âm thanh');
    expect(items.filter((i) => i.file).every((i) => i.leftOut === null)).toBe(true);
    expect(
      manifest.leftOut.map(({ bulletinId, kind, sessions }) => ({ bulletinId, kind, sessions })),
    ).toEqual([
      { bulletinId: ids.stale, kind: 'stale', sessions: ['06:00'] },
      { bulletinId: ids.missing, kind: 'missing', sessions: ['17:00'] },
    ]);
    // Neither is in any playlist, nor is the old recording anywhere in the zip.
    for (const name of Object.keys(files).filter((n) => n.endsWith('.m3u8'))) {
      const text = strFromU8(files[name] as Uint8Array);
      expect(text).not.toContain('Thông báo lịch cắt điện');
      expect(text).not.toContain('Tin họp thôn');
    }
    expect(Object.keys(files).some((name) => name.includes('cat-dien') || name.includes('hop-thon'))).toBe(
      false,
    );

    // The screen's check says the same before the download.
    const check = await broadcaster.get(`/api/broadcast/stations/${stationId}/pack-check?date=${DAY}`);
    expect(check.statusCode).toBe(200);
    expect(check.json()).toEqual({ date: DAY, audioFiles: 4, leftOut: manifest.leftOut });
    expect(check.json().leftOut[0]).toMatchObject({ title: 'Thông báo lịch cắt điện' });

    // The station's programme says it too, as an issue to fix before the session.
    const programme = (
      await broadcaster.get(`/api/broadcast/stations/${stationId}/programme?from=${DAY}&days=1`)
    ).json();
    const staleIssues = programme.issues.filter((i: { kind: string }) => i.kind === 'stale_audio');
    expect(staleIssues).toEqual([expect.objectContaining({ bulletinId: ids.stale, sessionId: null })]);
    expect(staleIssues[0].message).toContain('Thông báo lịch cắt điện');
  });

  it('names a recording being made as pending', async () => {
    await t.handle.db
      .updateTable('bulletins')
      .set({ audio_status: 'queued' })
      .where('id', '=', ids.missing)
      .execute();
    const check = (
      await broadcaster.get(`/api/broadcast/stations/${stationId}/pack-check?date=${DAY}`)
    ).json();
    expect(check.leftOut.find((l: { bulletinId: string }) => l.bulletinId === ids.missing)).toMatchObject({
      kind: 'pending',
    });
    await t.handle.db
      .updateTable('bulletins')
      .set({ audio_status: 'none' })
      .where('id', '=', ids.missing)
      .execute();
  });

  it('dates the zip entries in Vietnam time, and the loudspeaker system gets the same pack', async () => {
    const { zip, manifest } = await download(`/api/broadcast/stations/${stationId}/pack.zip?date=${DAY}`);
    expect(manifest.generatedAt).toMatch(/^2026-06-02T06:\d{2}:\d{2}\+07:00$/);
    const entries = entryTimes(zip);
    expect(entries.map((e) => e.name)).toContain('manifest.json');
    for (const entry of entries) {
      expect(entry.wallClock).toMatch(/^2026-06-02T06:/);
      // The extended timestamp holds the instant: the wall clock less seven hours.
      const instant = Date.parse(`${entry.wallClock}+07:00`) / 1000;
      expect(Math.abs((entry.unixSeconds ?? 0) - instant)).toBeLessThanOrEqual(2);
    }

    const key = (await broadcaster.post(`/api/broadcast/stations/${stationId}/api-key`)).json().apiKey;
    const fromStation = await download(`/api/station/pack.zip?date=${DAY}`, { 'x-station-key': key });
    expect(Object.keys(fromStation.files).sort()).toEqual(Object.keys(unzipSync(zip)).sort());
    expect(fromStation.manifest.leftOut).toEqual(manifest.leftOut);
  });
});
