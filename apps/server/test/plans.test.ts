import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlan, uploadPlan } from './support/factories.ts';
import {
  type Agent,
  bodyIdByCode,
  bodyIdByName,
  multipart,
  signedInApp,
  type TestApp,
} from './support/test-app.ts';

// A real picture: evidence is decoded and checked, not only sniffed by its first bytes.
const PNG = new Uint8Array(
  await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 180, g: 35, b: 42 } } })
    .png()
    .toBuffer(),
);

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let tuyenQuang: string;
let hoaAn: string;

async function upload(agent: Agent, bodyId: string, name: string, content: Uint8Array, type = 'text/plain') {
  const form = multipart({ bodyId }, { name, type, content });
  return agent.request({ method: 'POST', url: '/api/plan-imports', ...form });
}

/** Uploads, waits for the parsing job, and returns the draft. */
async function importDraft(agent: Agent, bodyId: string, name: string, content: Uint8Array) {
  const uploaded = await uploadPlan(t, agent, { bodyId }, { name, content });
  const draft = await agent.get(`/api/plan-imports/${uploaded.id}`);
  expect(draft.statusCode).toBe(200);
  return draft.json();
}

beforeAll(async () => {
  ({ t, coordinator, focal } = await signedInApp({ coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi' }));
  tuyenQuang = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
});
afterAll(async () => t?.close());

describe('importing, reviewing and publishing a plan', () => {
  let importId: string;
  let planId: string;

  it('reads an uploaded plan in the background into a draft with each name mapped to bodies', async () => {
    const draft = await importDraft(
      coordinator,
      tuyenQuang,
      'tuyen-quang-2026.txt',
      samplePlan('tuyen-quang-2026.txt'),
    );
    importId = draft.id;
    expect(draft).toMatchObject({ status: 'ready', progress: 100, fileName: 'tuyen-quang-2026.txt' });
    expect(draft.text).toMatch(/KẾ HOẠCH/);
    expect(draft.extract.tasks.length).toBeGreaterThan(5);
    const communes = draft.names.find((n: { text: string }) => /xã, phường/.test(n.text));
    expect(communes.match.type).toBe('group');
    expect(draft.mapping[communes.text]).toHaveLength(124);
    const khcn = draft.names.find((n: { text: string }) => n.text === 'Sở Khoa học và Công nghệ');
    expect(khcn.match).toMatchObject({ type: 'body', confidence: expect.any(Number) });
  });

  it('saves a corrected lead body, and refuses a save on a stale version', async () => {
    const draft = (await coordinator.get(`/api/plan-imports/${importId}`)).json();
    const lead = draft.extract.tasks[0].lead[0];
    const soVhttdl = await bodyIdByName(t.handle, 'Sở Văn hóa, Thể thao và Du lịch', '08');
    const saved = await coordinator.patch(`/api/plan-imports/${importId}`, {
      mapping: { [lead]: [soVhttdl] },
      version: draft.version,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().mapping[lead]).toEqual([soVhttdl]);
    const stale = await coordinator.patch(`/api/plan-imports/${importId}`, {
      mapping: {},
      version: draft.version,
    });
    expect(stale.statusCode).toBe(409);
    const flood = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`Cơ quan ${i}`, []]));
    const flooded = await coordinator.patch(`/api/plan-imports/${importId}`, {
      mapping: flood,
      version: saved.json().version,
    });
    expect(flooded.statusCode).toBe(400);
    expect(flooded.json().error.field).toBe('mapping');
  });

  it('refuses to publish while a task has no lead body', async () => {
    const draft = (await coordinator.get(`/api/plan-imports/${importId}`)).json();
    const leads: string[] = draft.extract.tasks[1].lead;
    const empty = Object.fromEntries(leads.map((name) => [name, []]));
    const cleared = (
      await coordinator.patch(`/api/plan-imports/${importId}`, { mapping: empty, version: draft.version })
    ).json();
    const res = await coordinator.post(`/api/plan-imports/${importId}/publish`, { version: cleared.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/chưa có cơ quan chủ trì/);
    const restored = Object.fromEntries(leads.map((name) => [name, draft.mapping[name]]));
    await coordinator.patch(`/api/plan-imports/${importId}`, { mapping: restored, version: cleared.version });
  });

  it('publishes the plan once, with tasks, assignments and occurrences, on the audit trail', async () => {
    const draft = (await coordinator.get(`/api/plan-imports/${importId}`)).json();
    const [first, second] = await Promise.all([
      coordinator.post(`/api/plan-imports/${importId}/publish`, { version: draft.version }),
      coordinator.post(`/api/plan-imports/${importId}/publish`, { version: draft.version }),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([201, 409]);
    const summary = (first.statusCode === 201 ? first : second).json();
    planId = summary.planId;
    expect(summary.tasks).toBe(draft.extract.tasks.length);
    expect(summary.assignments).toBeGreaterThan(124);
    expect(summary.occurrences).toBeGreaterThan(summary.assignments);
    const plans = await t.handle.db.selectFrom('plans').select('id').execute();
    expect(plans).toHaveLength(1);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'plan.publish')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('shows the plan with counts per state and per body, filtered by body', async () => {
    const res = (await coordinator.get(`/api/plans/${planId}`)).json();
    expect(res.plan.body.name).toBe('Tỉnh Tuyên Quang');
    expect(res.targets.length).toBeGreaterThan(0);
    const total = Object.values(res.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    const forHoaAn = (await coordinator.get(`/api/plans/${planId}?bodyId=${hoaAn}`)).json();
    expect(forHoaAn.bodies.map((b: { body: { id: string } }) => b.body.id)).toEqual([hoaAn]);
  });

  it('lets Hòa An’s focal point see its tasks, record progress with evidence, and the coordinator see both', async () => {
    const mine = (await focal.get('/api/my-tasks')).json().items;
    expect(mine.length).toBeGreaterThan(0);
    const item = mine[0];
    const detail = (await focal.get(`/api/assignments/${item.assignmentId}`)).json();
    expect(detail.assignment.canUpdate).toBe(true);
    const occurrence = detail.occurrences.find((o: { id: string }) => o.id === item.next.occurrenceId);
    const today = detail.today;
    const done = await focal.post(`/api/occurrences/${occurrence.id}/progress`, {
      note: 'Đã đăng tin trên cổng thông tin xã',
      completedOn: today,
      version: occurrence.version,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().occurrence.state).toMatch(/^done_/);
    const stale = await focal.post(`/api/occurrences/${occurrence.id}/progress`, {
      note: 'x',
      version: occurrence.version,
    });
    expect(stale.statusCode).toBe(409);
    const form = multipart({}, { name: 'ảnh-minh-chứng.png', type: 'image/png', content: PNG });
    const evidence = await focal.request({
      method: 'POST',
      url: `/api/occurrences/${occurrence.id}/evidence`,
      ...form,
    });
    expect(evidence.statusCode).toBe(201);
    const link = await focal.post(`/api/occurrences/${occurrence.id}/evidence`, {
      url: 'https://hoaan.example/tin-57',
    });
    expect(link.statusCode).toBe(201);
    // Only web addresses: a script or data address is not evidence.
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const refused = await focal.post(`/api/occurrences/${occurrence.id}/evidence`, { url });
      expect(refused.statusCode, url).toBe(400);
    }

    const seen = (await coordinator.get(`/api/assignments/${item.assignmentId}`)).json();
    const updated = seen.occurrences.find((o: { id: string }) => o.id === occurrence.id);
    expect(updated.state).toBe(done.json().occurrence.state);
    expect(updated.evidence).toHaveLength(2);
    const fileId = updated.evidence.find((e: { file: unknown }) => e.file).file.id;
    const download = await coordinator.get(`/api/files/${fileId}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.subarray(0, PNG.length)).toEqual(Buffer.from(PNG));
  });

  it('lists due dates grouped by task with key days and peaks, and the overdue list', async () => {
    const calendar = (await coordinator.get('/api/calendar?from=2026-01-01&to=2026-12-31')).json();
    expect(calendar.items.length).toBeGreaterThan(0);
    expect(calendar.items[0]).toMatchObject({ dueOn: expect.any(String), bodies: expect.any(Number) });
    expect(calendar.keyDays.map((d: { date: string }) => d.date)).toEqual(
      expect.arrayContaining(['2026-05-18', '2026-10-01', '2026-10-10']),
    );
    const tooWide = await coordinator.get('/api/calendar?from=2026-01-01&to=2028-12-31');
    expect(tooWide.statusCode).toBe(400);
    const overdue = (await coordinator.get('/api/overdue')).json();
    expect(overdue.items.every((i: { dueOn: string }) => i.dueOn < overdue.today)).toBe(true);
    const forHoaAn = (await coordinator.get(`/api/overdue?bodyId=${hoaAn}`)).json();
    expect(forHoaAn.items.every((i: { body: { id: string } }) => i.body.id === hoaAn)).toBe(true);
  });

  it('refuses evidence that is not a document or picture, a picture that is not one, and an oversized file', async () => {
    const item = (await focal.get('/api/my-tasks')).json().items[0];
    const detail = (await focal.get(`/api/assignments/${item.assignmentId}`)).json();
    const url = `/api/occurrences/${detail.occurrences[0].id}/evidence`;
    const send = (name: string, content: Uint8Array) =>
      focal.request({
        method: 'POST',
        url,
        ...multipart({}, { name, type: 'application/octet-stream', content }),
      });
    const exe = await send('cai-dat.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0]));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.field).toBe('file');
    const fake = await send('anh.png', new TextEncoder().encode('<svg onload="alert(1)"></svg>'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.message).toMatch(/[ăâđêôơư]/);
    const huge = await send('bao-cao.pdf', new Uint8Array(t.config.maxEvidenceBytes + 1));
    expect(huge.statusCode).toBe(413);
    const stored = await t.handle.db
      .selectFrom('files')
      .select('name')
      .where('name', 'in', ['cai-dat.exe', 'anh.png', 'bao-cao.pdf'])
      .execute();
    expect(stored).toEqual([]);
  });

  it('refuses a completion date in the future, or before the plan’s first year, and a stale version', async () => {
    const item = (await focal.get('/api/my-tasks')).json().items.find((i: { next: unknown }) => i.next);
    const detail = (await focal.get(`/api/assignments/${item.assignmentId}`)).json();
    const o = detail.occurrences.find((x: { completedOn: string | null }) => !x.completedOn);
    for (const completedOn of ['2999-01-01', '0001-01-01', '2020-12-31']) {
      const res = await focal.post(`/api/occurrences/${o.id}/progress`, { completedOn, version: o.version });
      expect(res.statusCode, completedOn).toBe(400);
      expect(res.json().error.field).toBe('completedOn');
    }
    const stale = await focal.post(`/api/occurrences/${o.id}/progress`, {
      note: 'x',
      version: o.version + 1,
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('plan imports with bad input', () => {
  it('refuses a corrupt .docx at upload with a clear Vietnamese reason, keeping nothing', async () => {
    const corrupt = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const res = await upload(
      coordinator,
      tuyenQuang,
      'ke-hoach-hong.docx',
      corrupt,
      'application/octet-stream',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/[ăâđêôơư]/);
    const stored = await t.handle.db
      .selectFrom('files')
      .select('id')
      .where('name', '=', 'ke-hoach-hong.docx')
      .execute();
    expect(stored).toEqual([]);
  });

  it('refuses an upload over the size limit with 413 and keeps nothing', async () => {
    const { t: small, coordinator: agent } = await signedInApp(
      { coordinator: 'tq.dieuphoi' },
      { maxPlanBytes: 1024 },
    );
    try {
      const tq = await bodyIdByCode(small.handle, '08');
      const res = await upload(agent, tq, 'lon.txt', new Uint8Array(5000).fill(65));
      expect(res.statusCode).toBe(413);
      expect(res.json().error.message).toMatch(/quá lớn/);
      expect(await small.handle.db.selectFrom('plan_imports').select('id').execute()).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('refuses the same document uploaded twice for the same body, saying what to do', async () => {
    const again = await upload(
      coordinator,
      tuyenQuang,
      'tuyen-quang-2026.txt',
      samplePlan('tuyen-quang-2026.txt'),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/đã được nhập và công bố/);
  });

  it('refuses a file that is not a plan document type', async () => {
    const res = await upload(coordinator, tuyenQuang, 'virus.exe', new Uint8Array([0x4d, 0x5a, 1, 2]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('file');
  });

  it('lets a commune’s focal point import its own body’s plan, not the province’s, nor read the province’s imports', async () => {
    const own = await upload(focal, hoaAn, 'ke-hoach.txt', samplePlan('hoa-an-2026.txt'));
    expect(own.statusCode, own.body).toBe(202);
    const above = await upload(focal, tuyenQuang, 'ke-hoach.txt', samplePlan('tuyen-quang-2026.txt'));
    expect(above.statusCode).toBe(404);
    const provinces = await t.handle.db
      .selectFrom('plan_imports')
      .select('id')
      .where('body_id', '=', tuyenQuang)
      .executeTakeFirstOrThrow();
    expect((await focal.get(`/api/plan-imports/${provinces.id}`)).statusCode).toBe(404);
  });
});
