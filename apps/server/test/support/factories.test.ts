import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, publishSample, signInAsNewUser } from './factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './test-app.ts';

// The suites' setup helpers do what they say: a session per named actor, accounts with the grants
// asked for, a published plan.

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let hoaAn: string;

beforeAll(async () => {
  ({ t, coordinator, focal } = await signedInApp({ coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi' }));
  hoaAn = await bodyIdByCode(t.handle, '02353');
});
afterAll(async () => t?.close());

const me = async (agent: Agent) => (await agent.get('/api/auth/me')).json().user.username as string;

describe('signedInApp', () => {
  it('gives each actor a session of its own username', async () => {
    expect([await me(coordinator), await me(focal)]).toEqual(['tq.dieuphoi', 'hoaan.daumoi']);
  });
});

describe('createUser and signInAsNewUser', () => {
  it('make an account with one grant at its home body, named after its username unless told', async () => {
    const user = await createUser(t, { username: 'hoaan.xem', bodyId: hoaAn, role: 'viewer' });
    expect(user).toMatchObject({
      username: 'hoaan.xem',
      disabled: false,
      roles: [expect.objectContaining({ role: 'viewer', scopeBodyId: hoaAn })],
    });
    const row = await t.handle.db
      .selectFrom('users')
      .select('full_name')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.full_name).toBe('hoaan.xem');
  });

  it('make an account with the grants given, and sign it in', async () => {
    const province = await bodyIdByCode(t.handle, '08');
    const agent = await signInAsNewUser(t, {
      username: 'hoaan.hai.vai',
      bodyId: hoaAn,
      fullName: 'Nguyễn Văn Hai',
      roles: [
        { role: 'focal_point', scopeBodyId: hoaAn },
        { role: 'viewer', scopeBodyId: province },
      ],
    });
    expect(await me(agent)).toBe('hoaan.hai.vai');
    const { user } = (await agent.get('/api/auth/me')).json();
    expect(user.fullName).toBe('Nguyễn Văn Hai');
    expect(user.roles.map((r: { role: string }) => r.role).sort()).toEqual(['focal_point', 'viewer']);
  });
});

describe('publishSample', () => {
  it('publishes a sample plan with every lead mapped, its tasks assigned', async () => {
    const published = await publishSample(t, coordinator, '02353', 'hoa-an-2026.txt');
    expect(published.tasks).toBeGreaterThan(0);
    expect(published.assignments).toBeGreaterThanOrEqual(published.tasks);
    const plan = await coordinator.get(`/api/plans/${published.planId}`);
    expect(plan.statusCode).toBe(200);
  });
});
