import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit } from './support/audit.ts';
import { pinClock } from './support/clock.ts';
import { publishSample } from './support/factories.ts';
import { planOccurrences } from './support/plan-work.ts';
import { type Agent, createTestApp, signIn, type TestApp } from './support/test-app.ts';

// Pinned inside the 2026 plan's first half-year (data 15/12/2025 – 14/6/2026).
pinClock('2026-05-20T09:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signIn(t.app, 'tq.dieuphoi');
  planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
});
afterAll(async () => t?.close());

describe('progress and targets can be cleared', () => {
  it('takes back a completion date and a note, audited before → after', async () => {
    const occurrence = await planOccurrences(t.handle, planId)
      .select(['o.id', 'o.version'])
      .where('o.due_on', '<=', '2026-06-01')
      .orderBy('o.due_on')
      .executeTakeFirstOrThrow();
    const url = `/api/occurrences/${occurrence.id}/progress`;
    const done = await coordinator.post(url, {
      completedOn: '2026-05-20',
      note: 'Đã tổ chức hội nghị.',
      version: occurrence.version,
    });
    expect(done.json().occurrence).toMatchObject({ completedOn: '2026-05-20' });
    const cleared = await coordinator.post(url, {
      completedOn: null,
      note: '',
      version: done.json().occurrence.version,
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().occurrence).toMatchObject({ completedOn: null, note: null });
    const audit = await lastAudit(t.handle, 'occurrence.progress', occurrence.id);
    expect(audit.before).toEqual({ note: 'Đã tổ chức hội nghị.', completedOn: '2026-05-20' });
    expect(audit.after).toEqual({ note: null, completedOn: null });
  });

  it('clears an indicator’s yearly target', async () => {
    const { items } = (await coordinator.get(`/api/plans/${planId}/indicators`)).json();
    const i = items.find((x: { targets: unknown[] }) => x.targets.length > 0);
    const edit = {
      name: i.name,
      numeratorLabel: i.numeratorLabel,
      denominatorLabel: i.denominatorLabel,
      unit: i.unit,
      targets: [],
      version: i.version,
    };
    expect((await coordinator.patch(`/api/indicators/${i.id}`, edit)).statusCode).toBe(204);
    const after = (await coordinator.get(`/api/plans/${planId}/indicators`)).json();
    expect(after.items.find((x: { id: string }) => x.id === i.id).targets).toEqual([]);
    const audit = await lastAudit(t.handle, 'indicator.update', i.id);
    expect(audit.before).toMatchObject({ targets: i.targets });
    expect(audit.after).toMatchObject({ targets: [] });
  });
});
