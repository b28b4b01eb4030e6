// The plan's years are the reviewer's to set: the review shows the years the plan will cover, a save
// may change them (first ≤ last, 30 years at most), and publishing uses them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlan, uploadPlan } from './support/factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let coordinator: Agent;
let tuyenQuang: string;

beforeAll(async () => {
  ({ t, coordinator } = await signedInApp({ coordinator: 'tq.dieuphoi' }));
  tuyenQuang = await bodyIdByCode(t.handle, '08');
});
afterAll(async () => t?.close());

describe("the plan's years in review", () => {
  it('are shown as read, refused when reversed or too long, saved when set, and used on publish', async () => {
    const file = 'tuyen-quang-2026.txt';
    const uploaded = await uploadPlan(
      t,
      coordinator,
      { bodyId: tuyenQuang },
      { name: file, content: samplePlan(file) },
    );
    const draft = (await coordinator.get(`/api/plan-imports/${uploaded.id}`)).json();
    expect(draft.years.first).toBeGreaterThanOrEqual(2025);
    expect(draft.extract.document.years ?? null).toBeNull();

    const withYears = (first: number, last: number) => ({
      ...draft.extract,
      document: { ...draft.extract.document, years: { first, last } },
    });
    const reversed = await coordinator.patch(`/api/plan-imports/${draft.id}`, {
      extract: withYears(2030, 2026),
      version: draft.version,
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('Năm bắt đầu phải trước hoặc bằng năm kết thúc');
    const tooLong = await coordinator.patch(`/api/plan-imports/${draft.id}`, {
      extract: withYears(2026, 2090),
      version: draft.version,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('tối đa 30 năm');

    const saved = await coordinator.patch(`/api/plan-imports/${draft.id}`, {
      extract: withYears(2026, 2030),
      version: draft.version,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().years).toEqual({ first: 2026, last: 2030 });
    expect(saved.json().extract.document.years).toEqual({ first: 2026, last: 2030 });

    // Unmapped leads go to the province, so the draft can be published.
    const leads: string[] = saved.json().extract.tasks.flatMap((task: { lead: string[] }) => task.lead);
    const mapping = Object.fromEntries(
      leads.filter((n) => !saved.json().mapping[n]?.length).map((n) => [n, [tuyenQuang]]),
    );
    const ready = (
      await coordinator.patch(`/api/plan-imports/${draft.id}`, { mapping, version: saved.json().version })
    ).json();
    const published = await coordinator.post(`/api/plan-imports/${draft.id}/publish`, {
      version: ready.version,
    });
    expect(published.statusCode).toBe(201);
    const plan = (await coordinator.get(`/api/plans/${published.json().planId}`)).json();
    expect(plan.plan).toMatchObject({ startYear: 2026, endYear: 2030 });
  });
});
