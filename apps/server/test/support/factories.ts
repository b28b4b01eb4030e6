import { readFileSync } from 'node:fs';
import { type BodyKind, type Role, reportsIndicator } from '@lantoa/domain';
import sharp from 'sharp';
import { expect } from 'vitest';
import { type Agent, bodyIdByCode, multipart, signIn, type TestApp } from './test-app.ts';

// The data a test makes for itself, on top of the demo data: an account with a role, a published
// plan. Each goes through the API, as a user would make it, so what the test reads afterwards is
// what the app wrote.

/** The password of the accounts {@link createUser} makes, unless the test gives one. */
export const NEW_USER_PASSWORD = 'Nui-Pac-Ta-mua-xuan-26';

export interface UserJson {
  id: string;
  username: string;
  version: number;
  disabled: boolean;
  roles: { role: string; scopeBodyId: string }[];
}

export interface NewUser {
  username: string;
  /** The home body of the account. */
  bodyId: string;
  /** One grant scoped at the home body; `roles` gives any others instead. */
  role?: Role;
  roles?: { role: Role; scopeBodyId: string }[];
  /** The username unless given. */
  fullName?: string;
  password?: string;
}

/**
 * Creates an account through the API, as `by` (the demo's national administrator unless given),
 * and returns it as the API answers.
 */
export async function createUser(t: TestApp, user: NewUser, by?: Agent): Promise<UserJson> {
  const admin = by ?? (await signIn(t.app, 'admin'));
  const res = await admin.post('/api/users', {
    bodyId: user.bodyId,
    username: user.username,
    fullName: user.fullName ?? user.username,
    password: user.password ?? NEW_USER_PASSWORD,
    roles: user.roles ?? (user.role ? [{ role: user.role, scopeBodyId: user.bodyId }] : []),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().user as UserJson;
}

/** {@link createUser}, then a session of the new account. */
export async function signInAsNewUser(t: TestApp, user: NewUser, by?: Agent): Promise<Agent> {
  await createUser(t, user, by);
  return signIn(t.app, user.username, user.password ?? NEW_USER_PASSWORD);
}

/** The text of a plan of samples/plans. */
export const samplePlan = (file: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../../samples/plans/${file}`, import.meta.url)));

/**
 * Uploads a plan document as `agent` for the issuing body (amending a plan when `amendsPlanId` is
 * given) and waits for its reading; returns the import.
 */
export async function uploadPlan(
  t: TestApp,
  agent: Agent,
  fields: { bodyId: string; amendsPlanId?: string },
  file: { name: string; content: Uint8Array },
): Promise<{ id: string }> {
  const uploaded = await agent.request({
    method: 'POST',
    url: '/api/plan-imports',
    ...multipart(fields, { ...file, type: 'text/plain' }),
  });
  if (uploaded.statusCode !== 202) throw new Error(`upload failed: ${uploaded.body}`);
  const queued = uploaded.json().import as { id: string };
  // The reading is a job: wait until the worker has read it (a loaded machine may need several turns).
  for (let turn = 0; turn < 50; turn++) {
    await t.worker.idle();
    const status = (await agent.get(`/api/plan-imports/${queued.id}`)).json().status as string;
    if (status !== 'queued' && status !== 'parsing') break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return queued;
}

/** A task of an import's draft, as far as these helpers read it. */
export interface DraftTask {
  ref: string;
  lead: string[];
  [field: string]: unknown;
}

interface Draft {
  id: string;
  version: number;
  amendsPlanId: string | null;
  extract: { tasks: DraftTask[] };
  mapping: Record<string, string[]>;
}

/**
 * Saves the draft's `tasks` (edited by the test, or as read), gives the leads still unmapped to
 * `bodyId`, and publishes: the review steps a coordinator takes when nothing else needs fixing.
 */
async function reviewAndPublish(agent: Agent, draft: Draft, bodyId: string, tasks?: DraftTask[]) {
  const leads = (tasks ?? draft.extract.tasks).flatMap((task) => task.lead);
  const mapping = Object.fromEntries(
    leads.filter((n) => !draft.mapping[n]?.length).map((n) => [n, [bodyId]]),
  );
  const saved = await agent.patch(`/api/plan-imports/${draft.id}`, {
    ...(tasks ? { extract: { ...draft.extract, tasks } } : {}),
    mapping,
    version: draft.version,
  });
  if (saved.statusCode !== 200) throw new Error(`saving the review failed: ${saved.body}`);
  const published = await agent.post(`/api/plan-imports/${draft.id}/publish`, {
    version: saved.json().version,
  });
  if (published.statusCode !== 201) throw new Error(`publish failed: ${published.body}`);
  return published.json() as {
    planId: string;
    version: number;
    tasks: number;
    assignments: number;
    occurrences: number;
  };
}

/** Uploads a sample plan as `agent`, gives unmapped leads to the issuing body, publishes it. */
export async function publishSample(t: TestApp, agent: Agent, bodyCode: string, file: string) {
  const body = await bodyIdByCode(t.handle, bodyCode);
  const upload = await uploadPlan(t, agent, { bodyId: body }, { name: file, content: samplePlan(file) });
  const draft = (await agent.get(`/api/plan-imports/${upload.id}`)).json() as Draft;
  return reviewAndPublish(agent, draft, body);
}

/**
 * Uploads a sample plan as the amendment of `planId` (issued by `bodyId`), lets the test change its
 * tasks (`edit`), gives unmapped leads to the issuing body and publishes the new version.
 */
export async function publishAmendment(
  t: TestApp,
  agent: Agent,
  amendment: { bodyId: string; planId: string; file: string },
  edit: (tasks: DraftTask[]) => DraftTask[],
) {
  const { bodyId, planId, file } = amendment;
  const upload = await uploadPlan(
    t,
    agent,
    { bodyId, amendsPlanId: planId },
    { name: `sua-doi-${file}`, content: samplePlan(file) },
  );
  const draft = (await agent.get(`/api/plan-imports/${upload.id}`)).json() as Draft;
  expect(draft.amendsPlanId).toBe(planId);
  return reviewAndPublish(agent, draft, bodyId, edit(draft.extract.tasks));
}

/**
 * A poster (a small PNG) uploaded to the library by `agent`, shared with the subtree of `shareBodyId`,
 * waiting for review; returns its id (fails the test if refused).
 */
export async function uploadPoster(
  agent: Agent,
  poster: { title: string; summary: string; shareBodyId: string },
): Promise<string> {
  const png = await sharp({ create: { width: 64, height: 96, channels: 3, background: '#b4232a' } })
    .png()
    .toBuffer();
  const res = await agent.request({
    method: 'POST',
    url: '/api/library/items',
    ...multipart(
      {
        title: poster.title,
        summary: poster.summary,
        topics: JSON.stringify(['Chuyển đổi số']),
        audience: 'Người dân',
        language: 'vi',
        kind: 'poster',
        usageRights: 'Tự do sử dụng, ghi nguồn',
        shareBodyId: poster.shareBodyId,
      },
      { name: 'ap-phich.png', type: 'image/png', content: new Uint8Array(png) },
    ),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().item.id;
}

/** Of a plan's indicators, those a commune enters by hand: reported, by every kind of body or by communes. */
export const communeIndicators = <T extends { source: string; reportedBy: BodyKind[] }>(items: T[]): T[] =>
  items.filter((i) => i.source === 'reported' && reportsIndicator(i.reportedBy, 'commune'));

/** A course as a coordinator sets it up; a training unless said otherwise, on one day unless `endsOn`. */
export interface CourseSetup {
  kind?: 'training' | 'briefing';
  topic: string;
  audiences: string[];
  startsOn: string;
  endsOn?: string;
  onlineLink?: string;
  quotas?: { bodyId: string; quota: number }[];
}

/** Creates a course organised by `bodyId` and returns its id (fails the test if refused). */
export async function createCourse(agent: Agent, bodyId: string, course: CourseSetup): Promise<string> {
  const { kind = 'training', endsOn = course.startsOn, quotas = [], ...rest } = course;
  const res = await agent.post(`/api/bodies/${bodyId}/courses`, { ...rest, kind, endsOn, quotas });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
