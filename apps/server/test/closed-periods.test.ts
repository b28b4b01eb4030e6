import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pinClock } from './support/clock.ts';
import { publishSample } from './support/factories.ts';
import { planOccurrences } from './support/plan-work.ts';
import { type Agent, bodyIdByCode, createTestApp, signIn, type TestApp } from './support/test-app.ts';

// The clock is pinned (it runs on from these instants): the 2026 plan's first half-year
// (data 15/12/2025 – 14/6/2026, report due 01/06/2026) is open on 20/05 and closed on 01/07.
const MAY_20 = '2026-05-20T09:00:00+07:00';
const JULY_1 = '2026-07-01T09:00:00+07:00';
pinClock(MAY_20);

let t: TestApp;
let coordinator: Agent;
let broadcaster: Agent;
let hoaAnFocal: Agent;
let planId: string;
let hoaAn: string;
let hoaAnStation: { id: string; version: number };
let otherStation: { id: string; body: { id: string } };
let reachId: string;
let onTimeId: string;
const periods: Record<string, { id: string; dueOn: string }> = {};

/** Sessions last 12 hours: after a jump of the clock everyone signs in again. */
async function signInAll() {
  coordinator = await signIn(t.app, 'tq.dieuphoi');
  broadcaster = await signIn(t.app, 'hoaan.truyenthanh');
  hoaAnFocal = await signIn(t.app, 'hoaan.daumoi');
}

const value = async (indicatorId: string, periodKey: string, bodyId?: string) => {
  const res = await coordinator.get(
    `/api/indicators/${indicatorId}/rollup?periodId=${periods[periodKey]?.id}${bodyId ? `&bodyId=${bodyId}` : ''}`,
  );
  expect(res.statusCode).toBe(200);
  return res.json().value as {
    numerator: number;
    denominator: number;
    value: number | null;
    asOf: string | null;
  };
};
const reach = (periodKey: string, bodyId?: string) => value(reachId, periodKey, bodyId);
const onTime = (periodKey: string) => value(onTimeId, periodKey);

const air = (agent: Agent, stationId: string, body: object) =>
  agent.post(`/api/broadcast/stations/${stationId}/log`, { title: 'Bản tin chuyển đổi số', ...body });

beforeAll(async () => {
  t = await createTestApp();
  await signInAll();
  planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  hoaAn = await bodyIdByCode(t.handle, '02353');
  for (const p of (await coordinator.get(`/api/plans/${planId}/periods`)).json().items)
    periods[p.key] = { id: p.id, dueOn: p.dueOn };
  const indicators = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
  reachId = indicators.find((i: { computedKind: string }) => i.computedKind === 'broadcast_reach').id;
  onTimeId = indicators.find((i: { computedKind: string }) => i.computedKind === 'tasks_on_time').id;
  const stations = (await coordinator.get('/api/broadcast/stations')).json().items;
  hoaAnStation = stations.find((s: { body: { id: string } }) => s.body.id === hoaAn);
  otherStation = stations.find((s: { body: { id: string } }) => s.body.id !== hoaAn);
});
afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});

/** Occurrences of the plan due in the first half-year up to its deadline (01/06), not done yet. */
const openH1Occurrences = () =>
  planOccurrences(t.handle, planId)
    .select(['o.id', 'o.due_on', 'o.version'])
    .where('o.due_on', '>=', '2025-12-15')
    .where('o.due_on', '<=', '2026-06-01')
    .where('o.completed_on', 'is', null)
    .orderBy('o.due_on')
    .execute();

describe('a period whose deadline has passed keeps its computed figures', () => {
  let h1AtProvince: Awaited<ReturnType<typeof reach>>;
  let h1OnTime: Awaited<ReturnType<typeof onTime>>;

  it('counts airings and progress live while the period is open', async () => {
    expect(periods['2026-H1']?.dueOn).toBe('2026-06-01');
    const aired = await air(broadcaster, hoaAnStation.id, {});
    expect(aired.statusCode).toBe(201);
    expect(await reach('2026-H1', hoaAn)).toMatchObject({
      numerator: 8600,
      denominator: 8600,
      value: 100,
      asOf: null,
    });
    const [first] = await openH1Occurrences();
    if (!first) throw new Error('the sample plan has no occurrence due in the first half-year');
    const done = await coordinator.post(`/api/occurrences/${first.id}/progress`, {
      completedOn: '2026-05-20',
      version: first.version,
    });
    expect(done.statusCode).toBe(200);
    expect((await onTime('2026-H1')).asOf).toBeNull();
  });

  it('reads the period as it stood at the end of its due day once that has passed', async () => {
    vi.setSystemTime(new Date(JULY_1));
    await signInAll();
    h1AtProvince = await reach('2026-H1');
    expect(h1AtProvince.asOf).toBe(new Date('2026-06-02T00:00:00+07:00').toISOString());
    expect(h1AtProvince.numerator).toBe(8600);
    expect(await reach('2026-H1', hoaAn)).toMatchObject({ numerator: 8600, denominator: 8600 });
    h1OnTime = await onTime('2026-H1');
    expect(h1OnTime.asOf).not.toBeNull();
    // Occurrences due up to the deadline count, not the rest of the data window.
    expect(h1OnTime.denominator).toBeGreaterThan(0);
    // The completion recorded on 20/05 counts (its audit entry carries the server's time).
    expect(h1OnTime.numerator).toBe(1);
  });

  it('does not count an airing back-dated into the closed period, though the log keeps it', async () => {
    const before = await reach('2026-H1', otherStation.body.id);
    expect(before.numerator).toBe(0);
    const backdated = await air(coordinator, otherStation.id, { airedAt: '2026-05-15T06:00:00+07:00' });
    expect(backdated.statusCode).toBe(201);
    // Aired in the closed period's window after its deadline (data run to 14/06): not counted either.
    const late = await air(coordinator, otherStation.id, { airedAt: '2026-06-10T06:00:00+07:00' });
    expect(late.statusCode).toBe(201);
    expect(await reach('2026-H1', otherStation.body.id)).toEqual(before);
    expect(await reach('2026-H1')).toEqual(h1AtProvince);
    const log = (await coordinator.get(`/api/broadcast/stations/${otherStation.id}/log`)).json().items;
    expect(log).toHaveLength(2);
  });

  it('keeps the listeners of its time when a station’s listeners change; the open period uses the new figure', async () => {
    const changed = await broadcaster.patch(`/api/broadcast/stations/${hoaAnStation.id}`, {
      listeners: 20_000,
      version: hoaAnStation.version,
    });
    expect(changed.statusCode).toBe(200);
    expect(await reach('2026-H1', hoaAn)).toMatchObject({ numerator: 8600, denominator: 8600 });
    expect(await reach('2026-H1')).toEqual(h1AtProvince);
    const h2 = await reach('2026-H2', hoaAn);
    expect(h2).toMatchObject({ numerator: 0, denominator: 20_000, value: 0, asOf: null });
  });

  it('does not count progress back-dated into the closed period, though the task shows it done', async () => {
    const [target] = await openH1Occurrences();
    if (!target) throw new Error('no open occurrence left in the first half-year');
    const backdated = await coordinator.post(`/api/occurrences/${target.id}/progress`, {
      completedOn: '2026-05-31',
      version: target.version,
    });
    expect(backdated.statusCode).toBe(200);
    expect(backdated.json().occurrence).toMatchObject({ completedOn: '2026-05-31', state: 'done_on_time' });
    expect(await onTime('2026-H1')).toEqual(h1OnTime);
  });

  it('refuses airings before the plan’s first data window or in the future, in Vietnamese', async () => {
    for (const airedAt of ['1970-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '2025-12-14T12:00:00+07:00']) {
      const res = await air(broadcaster, hoaAnStation.id, { airedAt });
      expect(res.statusCode, airedAt).toBe(400);
      expect(res.json().error.field).toBe('airedAt');
    }
    const early = await air(broadcaster, hoaAnStation.id, { airedAt: '1970-01-01T00:00:00Z' });
    expect(early.json().error.message).toContain('15/12/2025');
    const future = await air(broadcaster, hoaAnStation.id, { airedAt: '2026-07-02T09:00:00+07:00' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toContain('tương lai');
    // The first day of the window is accepted (and, recorded now, left out of the closed figure).
    const first = await air(broadcaster, hoaAnStation.id, { airedAt: '2025-12-15T00:00:00+07:00' });
    expect(first.statusCode).toBe(201);
  });
});

describe('an accepted report keeps its computed figures until a coordinator unlocks it', () => {
  const formUrl = () => `/api/periods/${periods['2026-H2']?.id}/reports/${hoaAn}`;

  it('freezes the body’s figure at acceptance while its province’s still moves', async () => {
    const saved = await hoaAnFocal.request({
      method: 'PUT',
      url: formUrl(),
      payload: { results: 'Đài xã phát đều hai buổi mỗi ngày.', version: 0 },
    });
    expect(saved.statusCode).toBe(200);
    const submitted = await hoaAnFocal.post(`${formUrl()}/submit`, { version: saved.json().version });
    const accepted = await coordinator.post(`${formUrl()}/accept`, { version: submitted.json().version });
    expect(accepted.json().status).toBe('accepted');
    const atAcceptance = await reach('2026-H2', hoaAn);
    expect(atAcceptance).toMatchObject({ numerator: 0, denominator: 20_000 });
    expect(atAcceptance.asOf).not.toBeNull();
    const provinceBefore = await reach('2026-H2');

    expect((await air(broadcaster, hoaAnStation.id, {})).statusCode).toBe(201);
    expect(await reach('2026-H2', hoaAn)).toEqual(atAcceptance);
    // The province has not been accepted: its figure is live.
    expect((await reach('2026-H2')).numerator).toBe(provinceBefore.numerator + 20_000);

    const form = (await coordinator.get(formUrl())).json();
    const unlocked = await coordinator.post(`${formUrl()}/unlock`, {
      comment: 'Đài xã đã phát sau khi duyệt, cần cập nhật.',
      version: form.report.version,
    });
    expect(unlocked.json().status).toBe('returned');
    expect(await reach('2026-H2', hoaAn)).toMatchObject({
      numerator: 20_000,
      denominator: 20_000,
      asOf: null,
    });
  });
});
