import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  bodyIdByCode,
  neighbourCommunes,
  signedInApp,
  type TestApp,
} from './support/test-app.ts';

// Ready to be spoken (issue 19, item 4): a body's pronunciation list, the readiness check that shows
// a text as the engine will say it, and the speech job reading a bulletin with that list.

let t: TestApp;
let broadcaster: Agent;
let coordinator: Agent;
let hoaAn: string;
let province: string;
let neighbour: string;
let otherProvince: string;

beforeAll(async () => {
  ({ t, broadcaster, coordinator } = await signedInApp({
    broadcaster: 'hoaan.truyenthanh',
    coordinator: 'tq.dieuphoi',
  }));
  hoaAn = await bodyIdByCode(t.handle, '02353');
  province = await bodyIdByCode(t.handle, '08');
  const [first] = await neighbourCommunes(t.handle, province, hoaAn, 1);
  if (!first) throw new Error('no neighbour commune');
  neighbour = first.id;
  const other = await t.handle.db
    .selectFrom('bodies')
    .select('id')
    .where('kind', '=', 'province')
    .where('id', '<>', province)
    .executeTakeFirstOrThrow();
  otherProvince = other.id;
});
afterAll(async () => t?.close());

const TEXT = 'BQL thôn Nà Pò mời bà con dự buổi giới thiệu mô hình startup tại nhà văn hóa.';
const readiness = (agent: Agent, text: string, bodyId = hoaAn) =>
  agent.post('/api/speech/readiness', { text, bodyId });
const save = (agent: Agent, bodyId: string, written: unknown, spoken: unknown) =>
  agent.post(`/api/bodies/${bodyId}/pronunciations`, { written, spoken });
const list = async (agent: Agent, bodyId: string) =>
  (await agent.get(`/api/bodies/${bodyId}/pronunciations`)).json();
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

describe('ready to be spoken', () => {
  it('finds an unknown abbreviation and a foreign word; a saved pronunciation fixes each', async () => {
    const before = await readiness(broadcaster, TEXT);
    expect(before.statusCode).toBe(200);
    expect(before.json().findings.map((f: { kind: string; written: string }) => [f.kind, f.written])).toEqual(
      [
        ['abbreviation', 'BQL'],
        ['foreign_word', 'startup'],
      ],
    );
    expect(before.json().findings[0]).toMatchObject({ start: 0, end: 3, suggestion: 'bê quờ lờ' });
    expect(before.json().spoken).toContain('bê quờ lờ thôn Nà Pò');

    const saved = await save(broadcaster, hoaAn, 'BQL', 'Ban quản lý');
    expect(saved.statusCode).toBe(200);
    expect(saved.json().pronunciation).toMatchObject({ written: 'BQL', spoken: 'Ban quản lý', own: true });

    const after = (await readiness(broadcaster, TEXT)).json();
    expect(after.findings.map((f: { written: string }) => f.written)).toEqual(['startup']);
    expect(after.spoken.startsWith('Ban quản lý thôn Nà Pò')).toBe(true);
  });

  it("applies a province's entries to its communes, the commune's own winning", async () => {
    expect((await save(coordinator, province, 'startup', 'khởi nghiệp')).statusCode).toBe(200);
    const fromAbove = (await readiness(broadcaster, TEXT)).json();
    expect(fromAbove.findings).toEqual([]);
    expect(fromAbove.spoken).toContain('mô hình khởi nghiệp');
    const inherited = await list(broadcaster, hoaAn);
    expect(inherited.canChange).toBe(true);
    expect(inherited.items.find((p: { written: string }) => p.written === 'startup')).toMatchObject({
      own: false,
      body: { id: province },
    });

    expect((await save(broadcaster, hoaAn, 'Startup', 'khởi nghiệp sáng tạo')).statusCode).toBe(200);
    const own = await list(broadcaster, hoaAn);
    const startups = own.items.filter((p: { written: string }) => p.written.toLowerCase() === 'startup');
    expect(startups).toEqual([expect.objectContaining({ own: true, spoken: 'khởi nghiệp sáng tạo' })]);
    expect((await readiness(broadcaster, TEXT)).json().spoken).toContain('mô hình khởi nghiệp sáng tạo');
    // The province's own list is untouched, and the commune cannot change it.
    const provinceList = await list(coordinator, province);
    const provinceEntry = provinceList.items.find((p: { written: string }) => p.written === 'startup');
    expect(provinceEntry).toMatchObject({ own: true, spoken: 'khởi nghiệp' });
    const refused = await broadcaster.request({
      method: 'DELETE',
      url: `/api/pronunciations/${provinceEntry.id}?version=${provinceEntry.version}`,
    });
    expect(refused.statusCode).toBe(404);
    expect((await save(broadcaster, province, 'BQL', 'x')).statusCode).toBe(404);
  });

  it('replaces an entry of the same written form instead of adding another', async () => {
    const first = (await list(broadcaster, hoaAn)).items.find(
      (p: { written: string }) => p.written === 'BQL',
    );
    const again = await save(broadcaster, hoaAn, '  BQL ', 'Ban  quản lý dự án');
    expect(again.statusCode).toBe(200);
    expect(again.json().pronunciation).toMatchObject({
      id: first.id,
      version: first.version + 1,
      spoken: 'Ban quản lý dự án',
    });
    const entries = (await list(broadcaster, hoaAn)).items.filter(
      (p: { written: string }) => p.written === 'BQL',
    );
    expect(entries).toHaveLength(1);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity_id', '=', first.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['pronunciation.save', 'pronunciation.save']);
  });

  it('keeps each body to its own list: another commune or province is not found', async () => {
    expect((await broadcaster.get(`/api/bodies/${neighbour}/pronunciations`)).statusCode).toBe(404);
    expect((await save(broadcaster, neighbour, 'Nà Pò', 'Na Po')).statusCode).toBe(404);
    expect((await readiness(broadcaster, TEXT, neighbour)).statusCode).toBe(404);
    expect((await readiness(coordinator, TEXT, otherProvince)).statusCode).toBe(404);
    expect((await coordinator.get(`/api/bodies/${otherProvince}/pronunciations`)).statusCode).toBe(404);
    // The province reads the communes below it.
    expect((await coordinator.get(`/api/bodies/${hoaAn}/pronunciations`)).statusCode).toBe(200);
  });

  it.each([
    ['an empty written form', { written: '   ', spoken: 'x' }],
    ['a written form of punctuation only', { written: '--', spoken: 'gạch' }],
    ['a written form too long', { written: 'A'.repeat(101), spoken: 'a' }],
    ['a spoken form too long', { written: 'HTX', spoken: 'hợp tác xã '.repeat(40) }],
    ['a spoken form without letters', { written: 'HTX', spoken: '123' }],
    ['a number for a written form', { written: 5, spoken: 'năm' }],
    ['no spoken form', { written: 'HTX' }],
    ['two lines', { written: 'HTX\nDV', spoken: 'hợp tác xã' }],
  ])('refuses %s with a Vietnamese message', async (_, body) => {
    const res = await broadcaster.post(`/api/bodies/${hoaAn}/pronunciations`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(VIETNAMESE);
  });

  it('refuses a readiness check of a text longer than a bulletin or of the wrong type', async () => {
    for (const body of [
      { text: 'a'.repeat(20_001), bodyId: hoaAn },
      { text: 42, bodyId: hoaAn },
      { text: 'Xin chào', bodyId: 'not-an-id' },
      { text: '   ', bodyId: hoaAn },
    ]) {
      const res = await broadcaster.post('/api/speech/readiness', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(VIETNAMESE);
    }
  });

  it('reads a bulletin with the list; a change of the list makes its recording stale', async () => {
    const created = await broadcaster.post('/api/broadcast/bulletins', {
      title: 'Thông báo',
      text: 'HTXDV thôn Nà Pò mời bà con đến họp.',
      priority: 'normal',
      targetBodyId: hoaAn,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().bulletin.id;
    const read = async () => {
      expect((await broadcaster.post(`/api/broadcast/bulletins/${id}/synthesis`)).statusCode).toBe(202);
      await t.worker.idle();
      return (await broadcaster.get(`/api/broadcast/bulletins/${id}`)).json().bulletin.audio;
    };
    const spelled = await read();
    expect(spelled).toMatchObject({ status: 'ready', stale: false });

    const long = 'hợp tác xã dịch vụ nông nghiệp tổng hợp thôn Nà Pò của xã Hòa An tỉnh Tuyên Quang';
    const saved = await save(broadcaster, hoaAn, 'HTXDV', long);
    expect(saved.json().staleRecordings).toBe(1);
    const afterSave = (await broadcaster.get(`/api/broadcast/bulletins/${id}`)).json().bulletin.audio;
    expect(afterSave).toMatchObject({ status: 'ready', stale: true });

    // Read again, it says the long form: about fifteen syllables more than the five spelled letters.
    const listed = await read();
    expect(listed).toMatchObject({ status: 'ready', stale: false });
    expect(listed.durationSeconds).toBeGreaterThan(spelled.durationSeconds + 1.5);

    const entry = saved.json().pronunciation;
    const stale = await broadcaster.request({
      method: 'DELETE',
      url: `/api/pronunciations/${entry.id}?version=${entry.version + 1}`,
    });
    expect(stale.statusCode).toBe(409);
    const removed = await broadcaster.request({
      method: 'DELETE',
      url: `/api/pronunciations/${entry.id}?version=${entry.version}`,
    });
    expect(removed.statusCode).toBe(204);
    expect((await broadcaster.get(`/api/broadcast/bulletins/${id}`)).json().bulletin.audio.stale).toBe(true);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', entry.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['pronunciation.delete', 'pronunciation.save']);
  });
});
