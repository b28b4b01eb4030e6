import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishSample } from './support/factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

// The dashboard asks for an indicator without naming a body: each person gets the body they may
// read (the plan's issuer, else their own), never a permission error, and never more than before.
let t: TestApp;
let coordinator: Agent;
let hoaAnFocal: Agent;
let broadcaster: Agent;
let province: string;
let hoaAn: string;
let periodId: string;
let indicatorId: string;

beforeAll(async () => {
  ({ t, coordinator, hoaAnFocal, broadcaster } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    hoaAnFocal: 'hoaan.daumoi',
    broadcaster: 'hoaan.truyenthanh',
  }));
  const { planId } = await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt');
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
  periodId = periods.find((p: { key: string }) => p.key === '2026-H2').id;
  const indicators = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
  indicatorId = indicators.find((i: { source: string }) => i.source === 'reported').id;
});
afterAll(async () => t?.close());

const rollup = (bodyId?: string) =>
  `/api/indicators/${indicatorId}/rollup?periodId=${periodId}${bodyId ? `&bodyId=${bodyId}` : ''}`;
const series = (bodyId?: string) =>
  `/api/indicators/${indicatorId}/series${bodyId ? `?bodyId=${bodyId}` : ''}`;

describe('an indicator shown without a body named', () => {
  it('is shown at the plan’s issuer to whoever may read it', async () => {
    expect((await coordinator.get(rollup())).json().body.id).toBe(province);
    expect((await coordinator.get(series())).json().body.id).toBe(province);
  });

  it('is shown at a commune’s own body to its staff, who may not read the province', async () => {
    for (const agent of [hoaAnFocal, broadcaster]) {
      const r = await agent.get(rollup());
      expect(r.statusCode).toBe(200);
      expect(r.json().body.id).toBe(hoaAn);
      const s = await agent.get(series());
      expect(s.statusCode).toBe(200);
      expect(s.json().body.id).toBe(hoaAn);
    }
  });

  it('still refuses the province to the commune’s staff when they name it', async () => {
    expect((await hoaAnFocal.get(rollup(province))).statusCode).toBe(404);
    expect((await hoaAnFocal.get(series(province))).statusCode).toBe(404);
  });
});
