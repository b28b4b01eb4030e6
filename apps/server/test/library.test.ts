import { strToU8, zipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit } from './support/audit.ts';
import { signInAsNewUser } from './support/factories.ts';
import { type Agent, bodyIdByCode, multipart, signedInApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let focal: Agent;
let coordinator: Agent;
let broadcaster: Agent;
let national: Agent;
let outsider: Agent;
let province: string;
let png: Uint8Array;

const fields = (overrides: Record<string, string> = {}) => ({
  title: 'Bình dân học vụ số',
  summary: 'Áp phích hướng dẫn người dân học kỹ năng số cơ bản',
  topics: JSON.stringify(['Chuyển đổi số', 'Kỹ năng số']),
  audience: 'Người dân',
  language: 'vi',
  kind: 'poster',
  usageRights: 'Tự do sử dụng, ghi nguồn',
  shareBodyId: province,
  ...overrides,
});

const upload = (agent: Agent, file: { name: string; type: string; content: Uint8Array }, extra = {}) =>
  agent.request({ method: 'POST', url: '/api/library/items', ...multipart(fields(extra), file) });

beforeAll(async () => {
  ({ t, focal, coordinator, broadcaster, national } = await signedInApp(
    {
      focal: 'hoaan.daumoi',
      coordinator: 'tq.dieuphoi',
      broadcaster: 'hoaan.truyenthanh',
      national: 'admin',
    },
    {
      uploadLimits: {
        maxImageBytes: 2 * 1024 * 1024,
        maxDocumentBytes: 5 * 1024 * 1024,
        maxAudioBytes: 5 * 1024 * 1024,
        maxVideoBytes: 5 * 1024 * 1024,
        maxImagePixels: 50_000_000,
        maxZipEntries: 5_000,
        maxZipUncompressedBytes: 300 * 1024 * 1024,
        maxZipRatio: 200,
      },
    },
  ));
  province = await bodyIdByCode(t.handle, '08');
  const other = await bodyIdByCode(t.handle, '00700');
  outsider = await signInAsNewUser(
    t,
    { username: 'khac.daumoi', bodyId: other, role: 'focal_point' },
    national,
  );
  png = new Uint8Array(
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c0392b' } })
      .png()
      .toBuffer(),
  );
});
afterAll(async () => t?.close());

describe('library', () => {
  let id: string;

  it('uploads a poster with a thumbnail; it waits for approval before other bodies see it', async () => {
    const res = await upload(focal, { name: 'ap-phich.png', type: 'image/png', content: png });
    expect(res.statusCode).toBe(201);
    const item = res.json().item;
    id = item.id;
    expect(item).toMatchObject({
      status: 'pending',
      mediaKind: 'image',
      hasThumbnail: true,
      canReview: false,
    });
    const thumb = await focal.get(`/api/library/items/${id}/thumbnail`);
    expect(thumb.headers['content-type']).toBe('image/webp');
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(480);

    expect((await outsider.get(`/api/library/items/${id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/library/items?q=binh dan')).json().total).toBe(0);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['library.upload']);
  });

  it('a coordinator approves; then the province finds it by typing without diacritics', async () => {
    const pending = (await coordinator.get(`/api/library/items/${id}`)).json().item;
    expect(pending.canReview).toBe(true);
    const rejectBare = await coordinator.post(`/api/library/items/${id}/review`, { decision: 'reject' });
    expect(rejectBare.statusCode).toBe(400);
    const approved = await coordinator.post(`/api/library/items/${id}/review`, { decision: 'approve' });
    expect(approved.json().item.status).toBe('approved');
    for (const q of ['binh dan hoc vu so', 'BÌNH DÂN', 'hoc vu', 'chuyen doi so']) {
      const found = (await outsider.get(`/api/library/items?q=${encodeURIComponent(q)}`)).json();
      expect(found.items.map((i: { id: string }) => i.id)).toEqual([id]);
    }
    expect((await outsider.get('/api/library/items?q=khong co')).json().total).toBe(0);
    expect((await outsider.get('/api/library/items?kind=video')).json().total).toBe(0);
    expect((await outsider.get('/api/library/items?language=vi&mediaKind=image')).json().total).toBe(1);
  });

  it('counts downloads per body by an explicit POST, never by reading the file', async () => {
    const file = await outsider.get(`/api/library/items/${id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    // Reading the file (a link from another site, a preview, a retry) changes nothing.
    await outsider.get(`/api/library/items/${id}/file`);
    await focal.get(`/api/library/items/${id}/file?inline=1`);
    expect((await coordinator.get(`/api/library/items/${id}`)).json().item.downloads).toBe(0);
    const counted = await outsider.post(`/api/library/items/${id}/downloads`);
    expect(counted.statusCode).toBe(200);
    expect(counted.json()).toEqual({ downloads: 1 });
    expect((await outsider.post(`/api/library/items/${id}/downloads`)).json()).toEqual({ downloads: 2 });
    // Without the CSRF header (a form on another site) nothing is counted.
    const forged = await outsider.request({
      method: 'POST',
      url: `/api/library/items/${id}/downloads`,
      headers: { 'x-csrf-token': '' },
    });
    expect(forged.statusCode).toBe(403);
    const hoaAn = await bodyIdByCode(t.handle, '02353');
    const bulletin = await broadcaster.post('/api/broadcast/bulletins', {
      title: 'Bình dân học vụ số',
      text: 'Mời bà con tham gia lớp Bình dân học vụ số.',
      priority: 'normal',
      targetBodyId: hoaAn,
      sourceItemId: id,
    });
    expect(bulletin.statusCode).toBe(201);
    const item = (await coordinator.get(`/api/library/items/${id}`)).json().item;
    expect(item.downloads).toBe(2);
    expect(item.usage.downloads).toHaveLength(1);
    expect(item.usage.downloads[0].count).toBe(2);
    // An item the actor cannot see cannot be counted either.
    const pending = (await upload(focal, { name: 'rieng.png', type: 'image/png', content: png })).json().item;
    expect((await outsider.post(`/api/library/items/${pending.id}/downloads`)).statusCode).toBe(404);
    expect(item.usage.bulletins.map((b: { title: string }) => b.title)).toEqual(['Bình dân học vụ số']);
  });

  it('sends an approved item back to review when its content changes or its audience widens', async () => {
    const hoaAn = await bodyIdByCode(t.handle, '02353');
    const item = (await focal.get(`/api/library/items/${id}`)).json().item;
    expect(item.status).toBe('approved');
    // Narrowing the share keeps the approval…
    const narrowed = await focal.patch(`/api/library/items/${id}`, {
      shareBodyId: hoaAn,
      version: item.version,
    });
    expect(narrowed.json().item).toMatchObject({ status: 'approved', share: { id: hoaAn } });
    expect((await outsider.get(`/api/library/items/${id}`)).statusCode).toBe(404);
    // …widening it again does not, and neither does a new title: the province sees nothing new unseen.
    const widened = await focal.patch(`/api/library/items/${id}`, {
      shareBodyId: province,
      version: narrowed.json().item.version,
    });
    expect(widened.json().item).toMatchObject({ status: 'pending', reviewComment: null });
    expect((await outsider.get(`/api/library/items/${id}`)).statusCode).toBe(404);
    const reapproved = await coordinator.post(`/api/library/items/${id}/review`, {
      decision: 'approve',
      version: widened.json().item.version,
    });
    expect(reapproved.json().item.status).toBe('approved');
    const retitled = await focal.patch(`/api/library/items/${id}`, {
      title: 'NỘI DUNG ĐỔI SAU KHI DUYỆT',
      version: reapproved.json().item.version,
    });
    expect(retitled.json().item.status).toBe('pending');
    expect((await outsider.get(`/api/library/items/${id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/library/items/${id}/file`)).statusCode).toBe(404);
    const audit = await lastAudit(t.handle, 'library.update', id);
    expect(audit.before).toMatchObject({ status: 'approved' });
    expect(audit.after).toMatchObject({ status: 'pending', title: 'NỘI DUNG ĐỔI SAU KHI DUYỆT' });
    // A decision on a version the reviewer has not seen is refused.
    const blind = await coordinator.post(`/api/library/items/${id}/review`, {
      decision: 'approve',
      version: reapproved.json().item.version,
    });
    expect(blind.statusCode).toBe(409);
    const approved = await coordinator.post(`/api/library/items/${id}/review`, {
      decision: 'approve',
      version: retitled.json().item.version,
    });
    expect(approved.json().item.status).toBe('approved');
  });

  it('lets only a coordinator over the whole audience approve: a commune’s item for the country needs the country', async () => {
    const country = await t.handle.db
      .selectFrom('bodies')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const res = await upload(
      focal,
      { name: 'toan-quoc.png', type: 'image/png', content: png },
      { shareBodyId: country.id, title: 'Gửi cả nước' },
    );
    expect(res.statusCode).toBe(201);
    const item = res.json().item;
    const seen = (await coordinator.get(`/api/library/items/${item.id}`)).json().item;
    expect(seen).toMatchObject({ status: 'pending', canReview: true, canApprove: false });
    const refused = await coordinator.post(`/api/library/items/${item.id}/review`, { decision: 'approve' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('Việt Nam');
    expect((await outsider.get(`/api/library/items/${item.id}`)).statusCode).toBe(404);
    expect((await national.get(`/api/library/items/${item.id}`)).json().item.canApprove).toBe(true);
    const approved = await national.post(`/api/library/items/${item.id}/review`, { decision: 'approve' });
    expect(approved.json().item.status).toBe('approved');
    expect((await outsider.get(`/api/library/items/${item.id}`)).statusCode).toBe(200);
  });

  it('edits metadata optimistically', async () => {
    const item = (await focal.get(`/api/library/items/${id}`)).json().item;
    const body = {
      ...fields(),
      topics: ['Chuyển đổi số'],
      title: 'Bình dân học vụ số — áp phích',
      version: item.version,
    };
    expect((await focal.patch(`/api/library/items/${id}`, body)).statusCode).toBe(200);
    // A partial change keeps the rest.
    const partial = await focal.patch(`/api/library/items/${id}`, {
      audience: 'Học sinh',
      version: item.version + 1,
    });
    expect(partial.json().item).toMatchObject({
      audience: 'Học sinh',
      title: body.title,
      summary: item.summary,
    });
    const stale = await focal.patch(`/api/library/items/${id}`, body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('tải lại');
    expect(
      (await outsider.patch(`/api/library/items/${id}`, { ...body, version: item.version + 1 })).statusCode,
    ).toBe(404);
  });
});

describe('hostile uploads', () => {
  it('makes an SVG with scripts safe', async () => {
    const svg = strToU8(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" onload="alert(1)">' +
        '<script>alert(document.cookie)</script><a href="javascript:alert(2)"><rect width="100" height="100" fill="blue"/></a>' +
        '<foreignObject><iframe src="https://example.com"></iframe></foreignObject></svg>',
    );
    const res = await upload(focal, { name: 'logo.svg', type: 'image/svg+xml', content: svg });
    expect(res.statusCode).toBe(201);
    const item = res.json().item;
    expect(item.hasThumbnail).toBe(true);
    const stored = (await focal.get(`/api/library/items/${item.id}/file`)).body;
    expect(stored).toContain('<rect');
    for (const bad of ['<script', 'onload', 'javascript:', 'foreignObject', 'iframe'])
      expect(stored).not.toContain(bad);
  });

  it('refuses a file whose content does not match its name', async () => {
    const res = await upload(focal, { name: 'tai-lieu.pdf', type: 'application/pdf', content: png });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain('.pdf');
    const exe = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(120).fill(0)]);
    expect((await upload(focal, { name: 'nhac.mp3', type: 'audio/mpeg', content: exe })).statusCode).toBe(
      415,
    );
  });

  it('refuses an oversize image and a zip bomb posing as a Word file, storing nothing', async () => {
    const before = await t.handle.db
      .selectFrom('files')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const big = new Uint8Array(3 * 1024 * 1024);
    big.set(png.subarray(0, 64));
    const oversize = await upload(focal, { name: 'lon.png', type: 'image/png', content: big });
    expect(oversize.statusCode).toBe(413);
    expect(oversize.json().error.message).toContain('MB');

    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': new Uint8Array(50 * 1024 * 1024),
    });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const refused = await upload(focal, {
      name: 'hoi-dap.docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      content: bomb,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('Word');
    const after = await t.handle.db
      .selectFrom('files')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
