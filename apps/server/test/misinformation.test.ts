// Reports of false information: a citizen reports a post on the province's public page (a link, a
// screenshot, or both; never neither), a commune's officer reports one from the app; the province's
// coordinator gives the case to the culture department, which triages it, publishes a correction
// (shown publicly without anything of the reporter) and sends it in one step as a priority bulletin
// to two communes, whose stations then air it. Another province's commune reads none of it.

import { vietnamToday } from '@lantoa/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoMisinformation } from '../src/seed/demo-misinformation.ts';
import { lastAudit } from './support/audit.ts';
import { pinClock } from './support/clock.ts';
import { signInAsNewUser } from './support/factories.ts';
import { NO_FILE, png, sendPublicForm } from './support/public-form.ts';
import {
  type Agent,
  bodyIdByCode,
  createTestApp,
  multipart,
  signedInApp,
  type TestApp,
} from './support/test-app.ts';

pinClock('2026-05-12T09:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let culture: Agent;
let focal: Agent;
let broadcaster: Agent;
let admin: Agent;
let province: string;
let hoaAn: string;

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });

beforeAll(async () => {
  ({ t, coordinator, culture, focal, broadcaster, admin } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    culture: 'tq.vanhoa',
    focal: 'hoaan.daumoi',
    broadcaster: 'hoaan.truyenthanh',
    admin: 'admin',
  }));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
});
afterAll(async () => {
  await t?.worker.idle();
  await t?.close();
});

/** Sends the report form of a site (Tuyên Quang's unless `code`). */
const sendReport = (
  app: TestApp,
  fields: Record<string, string>,
  file: { name: string; type: string; content: Uint8Array } = NO_FILE,
  code = '08',
) => sendPublicForm(app, `/cong-khai/${code}/tin-sai`, fields, file);

const receiptCode = (html: string) => /(TS-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(html)?.[1] ?? '';
const caseByCode = (code: string) =>
  t.handle.db
    .selectFrom('misinformation_reports')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
const caseCount = async () =>
  Number(
    (
      await t.handle.db
        .selectFrom('misinformation_reports')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const POST_TEXT = 'Bài đăng nói xã Hòa An thu phí 500.000 đồng mỗi hộ để lắp loa truyền thanh.';

describe('the public report form', () => {
  it('is a light page with a labelled form that posts without script', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/cong-khai/08/tin-sai',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.byteLength).toBeLessThan(60 * 1024);
    const html = (await t.app.inject({ method: 'GET', url: '/cong-khai/08/tin-sai' })).body;
    expect(html).toContain('enctype="multipart/form-data"');
    for (const id of ['link', 'seen_where', 'description', 'contact_name', 'contact_phone', 'screenshot']) {
      expect(html).toContain(`<label for="${id}">`);
    }
    // The text fields come before the file input: the server reads them in that order.
    expect(html.indexOf('name="description"')).toBeLessThan(html.indexOf('name="screenshot"'));
    expect(html).not.toContain('<script');
    const unknown = await t.app.inject({ method: 'GET', url: '/cong-khai/99999/tin-sai' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('text/html');
  });

  let publicCode = '';

  it('takes a link without a screenshot, gives a receipt code and audits it with no actor', async () => {
    const res = await sendReport(t, {
      link: 'facebook.com/groups/tin-nong/posts/123',
      seen_where: 'facebook',
      description: POST_TEXT,
      contact_name: 'Nguyễn Văn Bình',
      contact_phone: '0912 345 678',
      contact_email: '',
    });
    expect(res.statusCode, res.body).toBe(200);
    publicCode = receiptCode(res.body);
    expect(publicCode).not.toBe('');
    const row = await caseByCode(publicCode);
    expect(row).toMatchObject({
      site_body_id: province,
      reporter_body_id: null,
      link: 'https://facebook.com/groups/tin-nong/posts/123',
      screenshot_file_id: null,
      contact_phone: '+84912345678',
      status: 'new',
    });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['actor_id', 'after'])
      .where('action', '=', 'misinformation.report')
      .where('entity_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBeNull();
    // The audit keeps what was reported, not who the citizen is.
    expect(JSON.stringify(audit.after)).not.toContain('0912');
  });

  it('takes a screenshot without a link, checked as a picture', async () => {
    const res = await sendReport(
      t,
      {
        link: '',
        seen_where: 'zalo',
        description: 'Tin nhắn Zalo nói sắp thu hồi đất làm khu công nghệ cao.',
      },
      { name: 'chup-man-hinh.png', type: 'image/png', content: await png() },
    );
    expect(res.statusCode, res.body).toBe(200);
    const row = await caseByCode(receiptCode(res.body));
    expect(row.link).toBe('');
    const file = await t.handle.db
      .selectFrom('files')
      .select(['media_type', 'body_id'])
      .where('id', '=', row.screenshot_file_id ?? '')
      .executeTakeFirstOrThrow();
    expect(file).toEqual({ media_type: 'image/png', body_id: province });
  });

  it('refuses neither link nor screenshot, a corrupt picture and a filled honeypot, keeping what was typed', async () => {
    const before = await caseCount();
    const neither = await sendReport(t, {
      link: '',
      seen_where: 'tiktok',
      description: 'Video bịa đặt.',
    });
    expect(neither.statusCode).toBe(400);
    expect(neither.body).toContain('ít nhất một trong hai');
    expect(neither.body).toContain('Video bịa đặt.');
    expect(neither.body).toContain('role="alert"');

    const corrupt = await sendReport(
      t,
      { link: '', seen_where: 'tiktok', description: 'Ảnh hỏng.' },
      { name: 'anh.png', type: 'image/png', content: new TextEncoder().encode('not a picture at all') },
    );
    expect([400, 415]).toContain(corrupt.statusCode);
    expect(corrupt.body).toContain('role="alert"');

    const svg = await sendReport(
      t,
      { link: '', seen_where: 'tiktok', description: 'Ảnh SVG.' },
      {
        name: 'anh.svg',
        type: 'image/svg+xml',
        content: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      },
    );
    expect(svg.statusCode).toBe(415);

    const honeypot = await sendReport(t, {
      link: 'https://example.com/bai-viet',
      seen_where: 'website',
      description: 'Điền bởi máy.',
      website: 'https://spam.example',
    });
    expect(honeypot.statusCode).toBe(400);
    expect(honeypot.body).toContain('Hãy tải lại trang');

    const badPhone = await sendReport(t, {
      link: 'https://example.com/bai-viet',
      seen_where: 'website',
      description: 'Số điện thoại sai.',
      contact_phone: '12345',
    });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.body).toContain('aria-invalid="true"');
    // Bodies the form never sends are the client's fault, answered as pages, never a server fault.
    for (const [type, payload] of [
      ['application/x-www-form-urlencoded', 'link=https%3A%2F%2Fexample.com&seen_where=website'],
      ['application/json', '{"link":"https://example.com"}'],
      [
        'multipart/form-data; boundary=xyz',
        '--xyz\r\nContent-Disposition: form-data; name="link"\r\n\r\nabc',
      ],
    ]) {
      const odd = await t.app.inject({
        method: 'POST',
        url: '/cong-khai/08/tin-sai',
        headers: { 'content-type': type },
        payload,
      });
      const what = `${type}: ${odd.statusCode} ${odd.body.slice(0, 400)}`;
      expect(odd.statusCode, what).toBeGreaterThanOrEqual(400);
      expect(odd.statusCode, what).toBeLessThan(500);
      expect(odd.headers['content-type']).toContain('text/html');
    }
    expect(await caseCount()).toBe(before);
  });

  it('limits how many reports one address sends in an hour', async () => {
    const limited = await createTestApp({ publicSubmitsPerHour: 2 });
    try {
      const fields = { link: 'https://example.com/a', seen_where: 'website', description: 'Tin sai.' };
      expect((await sendReport(limited, fields)).statusCode).toBe(200);
      expect((await sendReport(limited, fields)).statusCode).toBe(200);
      const third = await sendReport(limited, fields);
      expect(third.statusCode).toBe(429);
      expect(third.headers['content-type']).toContain('text/html');
    } finally {
      await limited.close();
    }
  });

  it('is reported to the province from a commune’s page too', async () => {
    await t.handle.db.insertInto('public_sites').values({ body_id: hoaAn, enabled: true }).execute();
    const res = await sendReport(
      t,
      { link: 'https://youtube.com/watch?v=abc', seen_where: 'youtube', description: 'Video cắt ghép.' },
      NO_FILE,
      '02353',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect((await caseByCode(receiptCode(res.body))).site_body_id).toBe(province);
  });

  describe('the case, from report to bulletins', () => {
    let caseId = '';
    let version = 0;

    it('lets any body report one from the app, with a screenshot', async () => {
      const res = await focal.request({
        method: 'POST',
        url: '/api/misinformation',
        ...multipart(
          { link: '', seenWhere: 'facebook', description: 'Trang giả mạo UBND xã đăng tin sai về học phí.' },
          { name: 'trang-gia.png', type: 'image/png', content: await png() },
        ),
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().code).toMatch(/^TS-/);
      const json = await focal.post('/api/misinformation', {
        link: 'https://tiktok.com/@gia/video/1',
        seenWhere: 'tiktok',
        description: 'Video nói xã bỏ trợ cấp.',
      });
      expect(json.statusCode).toBe(201);
      const neither = await focal.post('/api/misinformation', {
        seenWhere: 'tiktok',
        description: 'Không có gì kèm theo.',
      });
      expect(neither.statusCode).toBe(400);
      const row = await caseByCode(res.json().code);
      expect(row).toMatchObject({ site_body_id: province, reporter_body_id: hoaAn });
      // The commune follows what it reported; the screenshot comes with it.
      const seen = await focal.get(`/api/misinformation/${row.id}`);
      expect(seen.statusCode).toBe(200);
      expect(seen.json().can).toEqual({ assign: false, handle: false });
      const picture = await focal.get(`/api/misinformation/${row.id}/screenshot`);
      expect(picture.statusCode).toBe(200);
      expect(picture.headers['content-type']).toBe('image/png');
    });

    it('lists cases by status and age for the province, with counts per status', async () => {
      type Item = {
        id: string;
        code: string;
        status: string;
        age: string;
        handler: unknown;
        reporter: unknown;
      };
      const items = async (agent: Agent, query = '') =>
        (await agent.get(`/api/misinformation${query}`)).json().items as Item[];
      const list = (await coordinator.get('/api/misinformation?status=new')).json();
      expect(list.counts.new).toBeGreaterThanOrEqual(5);
      expect(list.items.every((c: Item) => c.status === 'new')).toBe(true);
      const found = await items(coordinator, `?q=${encodeURIComponent('trợ cấp')}`);
      expect(found).toHaveLength(1);
      expect(found[0]?.age).toBe('day');
      // Two days old, it moves to the 1–3 days bucket.
      await sql`update misinformation_reports set created_at = ${new Date(Date.now() - 2 * 86_400_000)}
        where id = ${found[0]?.id}`.execute(t.handle.db);
      expect((await items(coordinator, '?age=days')).map((c) => c.id)).toContain(found[0]?.id);
      expect((await items(coordinator, '?age=day')).map((c) => c.id)).not.toContain(found[0]?.id);
      expect((await items(coordinator, '?age=day')).every((c) => c.age === 'day')).toBe(true);
      // The culture department sees only what is given to it; the commune only what it reported.
      expect((await items(culture)).every((c) => c.handler !== null)).toBe(true);
      const own = await items(focal);
      expect(own.every((c) => (c.reporter as { id: string } | null)?.id === hoaAn)).toBe(true);
      expect(own.length).toBeGreaterThanOrEqual(2);
    });

    it('assigns the citizen’s case to the culture department by default', async () => {
      const row = await t.handle.db
        .selectFrom('misinformation_reports')
        .select(['id', 'version'])
        .where('description', '=', POST_TEXT)
        .executeTakeFirstOrThrow();
      caseId = row.id;
      expect(
        (await culture.post(`/api/misinformation/${caseId}/assign`, { version: row.version })).statusCode,
      ).toBe(404);
      const assigned = await coordinator.post(`/api/misinformation/${caseId}/assign`, {
        version: row.version,
      });
      expect(assigned.statusCode, assigned.body).toBe(200);
      expect(assigned.json().handler.name).toBe('Sở Văn hóa, Thể thao và Du lịch');
      version = assigned.json().version;
      // The citizen's contact details: to the province's coordinator and the handler, not to others.
      expect(assigned.json().contact).toMatchObject({ name: 'Nguyễn Văn Bình', phone: '+84912345678' });
      const viewer = await signInAsNewUser(
        t,
        { username: 'tq.xem', bodyId: province, role: 'viewer' },
        admin,
      );
      const asViewer = (await viewer.get(`/api/misinformation/${caseId}`)).json();
      expect(asViewer.contact).toBeNull();
      expect(await lastAudit(t.handle, 'misinformation.assign', caseId)).toMatchObject({
        before: { handler: null },
      });
    });

    it('lets the culture department triage it, and refuses a stale version', async () => {
      const seen = await culture.get(`/api/misinformation/${caseId}`);
      expect(seen.json()).toMatchObject({ can: { assign: false, handle: true } });
      expect(seen.json().contact.name).toBe('Nguyễn Văn Bình');
      const triaged = await culture.post(`/api/misinformation/${caseId}/triage`, {
        verdict: 'false',
        verification: 'UBND xã xác nhận không thu bất kỳ khoản phí nào để lắp loa.',
        version,
      });
      expect(triaged.statusCode, triaged.body).toBe(200);
      expect(triaged.json()).toMatchObject({
        status: 'verifying',
        verdict: 'false',
        triagedBy: 'Đỗ Minh Tuấn',
      });
      const stale = await culture.post(`/api/misinformation/${caseId}/triage`, {
        verdict: 'hostile',
        version,
      });
      expect(stale.statusCode).toBe(409);
      version = triaged.json().version;
      // A commune cannot handle what it does not handle.
      expect(
        (await focal.post(`/api/misinformation/${caseId}/triage`, { verdict: 'not_false', version }))
          .statusCode,
      ).toBe(404);
    });

    it('publishes the correction without personal data, and without the reporter or a link to the post', async () => {
      const early = await culture.post(`/api/misinformation/${caseId}/bulletins`, {
        communeIds: [hoaAn],
        version,
      });
      expect(early.statusCode).toBe(409);
      const responded = await put(culture, `/api/misinformation/${caseId}/response`, {
        response: 'Đã đăng tin cải chính và báo Facebook gỡ bài.',
        correctionTitle: 'Cải chính: Hòa An không thu phí lắp loa truyền thanh',
        correctionText:
          'Thông tin xã Hòa An thu 500.000 đồng mỗi hộ để lắp loa là sai sự thật. Mọi thắc mắc xin gọi 0987 654 321.',
        publishCorrection: true,
        platformNotifiedOn: vietnamToday(),
        platformNote: 'Báo cáo bài viết qua công cụ báo cáo của Facebook.',
        version,
      });
      expect(responded.statusCode, responded.body).toBe(200);
      const body = responded.json();
      expect(body.status).toBe('responded');
      expect(body.correction.text).toContain('[đã ẩn]');
      expect(body.correction.text).not.toContain('0987');
      expect(body.correction.publicPath).toBe(`/cong-khai/08/tin-sai/${caseId}`);
      version = body.version;

      for (const url of ['/cong-khai/08/tin-sai', `/cong-khai/08/tin-sai/${caseId}`]) {
        const html = (await t.app.inject({ method: 'GET', url })).body;
        expect(html).toContain('Cải chính: Hòa An không thu phí lắp loa truyền thanh');
        expect(html).toContain('facebook.com');
        expect(html).not.toContain('https://facebook.com/groups');
        expect(html).not.toContain('Nguyễn Văn Bình');
        expect(html).not.toContain('912345678');
        expect(html).not.toContain(POST_TEXT);
      }
      const hidden = await t.handle.db
        .selectFrom('misinformation_reports')
        .select('id')
        .where('status', '=', 'new')
        .executeTakeFirstOrThrow();
      expect(
        (await t.app.inject({ method: 'GET', url: `/cong-khai/08/tin-sai/${hidden.id}` })).statusCode,
      ).toBe(404);
      expect(await lastAudit(t.handle, 'misinformation.respond', caseId)).toMatchObject({
        after: { status: 'responded' },
      });
    });

    it('sends it in one step as a priority bulletin to two communes, whose stations air it', async () => {
      const stations = (await coordinator.get('/api/broadcast/stations')).json().items as {
        id: string;
        body: { id: string; name: string };
      }[];
      const hoaAnStation = stations.find((s) => s.body.id === hoaAn);
      const neighbour = stations.find((s) => s.body.id !== hoaAn);
      if (!hoaAnStation || !neighbour) throw new Error('demo stations missing');
      const communes = (await culture.get(`/api/misinformation/${caseId}/communes`)).json().items as {
        id: string;
        stations: number;
      }[];
      expect(communes.find((c) => c.id === hoaAn)?.stations).toBe(1);
      const countBulletins = async () =>
        Number(
          (
            await t.handle.db
              .selectFrom('bulletins')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('title', '=', 'Cải chính: Hòa An không thu phí lắp loa truyền thanh')
              .executeTakeFirstOrThrow()
          ).n,
        );

      // A stale version rolls the whole step back: no bulletin is left behind.
      const stale = await culture.post(`/api/misinformation/${caseId}/bulletins`, {
        communeIds: [hoaAn, neighbour.body.id],
        version: version - 1,
      });
      expect(stale.statusCode).toBe(409);
      expect(await countBulletins()).toBe(0);
      const outside = await culture.post(`/api/misinformation/${caseId}/bulletins`, {
        communeIds: [hoaAn, province],
        version,
      });
      expect(outside.statusCode).toBe(400);

      const sent = await culture.post(`/api/misinformation/${caseId}/bulletins`, {
        communeIds: [hoaAn, neighbour.body.id],
        version,
      });
      expect(sent.statusCode, sent.body).toBe(200);
      const bulletins = sent.json().bulletins as {
        id: string;
        target: { id: string };
        audioStatus: string;
      }[];
      // Each is read out by the speech job, queued with it.
      expect(bulletins.every((b) => ['queued', 'running', 'ready'].includes(b.audioStatus))).toBe(true);
      expect(bulletins.map((b) => b.target.id).sort()).toEqual([hoaAn, neighbour.body.id].sort());
      expect(await countBulletins()).toBe(2);
      version = sent.json().version;
      const rows = await t.handle.db
        .selectFrom('bulletins')
        .select(['priority', 'body_id', 'valid_until'])
        .where(
          'id',
          'in',
          bulletins.map((b) => b.id),
        )
        .execute();
      expect(rows.every((r) => r.priority === 'priority')).toBe(true);
      const again = await culture.post(`/api/misinformation/${caseId}/bulletins`, {
        communeIds: [hoaAn],
        version,
      });
      expect(again.statusCode).toBe(409);

      // The culture department follows its bulletins; each commune's station places them by itself.
      expect((await culture.get(`/api/broadcast/bulletins/${bulletins[0]?.id}`)).statusCode).toBe(200);
      for (const station of [hoaAnStation, neighbour]) {
        const programme = (
          await coordinator.get(`/api/broadcast/stations/${station.id}/programme?days=2`)
        ).json();
        const placed = programme.sessions.flatMap((s: { items: { bulletinId: string; reason: string }[] }) =>
          s.items.filter((i) => bulletins.some((b) => b.id === i.bulletinId)),
        );
        expect(placed.length).toBeGreaterThan(0);
        expect(placed.every((i: { reason: string }) => i.reason === 'priority')).toBe(true);
      }
      // Hòa An's broadcaster sees the bulletin aimed at the commune.
      const mine = (
        await broadcaster.get(`/api/broadcast/stations/${hoaAnStation.id}/programme?days=1`)
      ).json();
      expect(JSON.stringify(mine)).toContain(bulletins.find((b) => b.target.id === hoaAn)?.id);
      expect(await lastAudit(t.handle, 'misinformation.bulletin', caseId)).toMatchObject({
        after: { bulletinIds: bulletins.map((b) => b.id) },
      });
      const created = await t.handle.db
        .selectFrom('audit_log')
        .select('entity_id')
        .where('action', '=', 'bulletin.create')
        .where(
          'entity_id',
          'in',
          bulletins.map((b) => b.id),
        )
        .execute();
      expect(created).toHaveLength(2);
    });

    it('closes the case, audited, and then leaves it as closed', async () => {
      const closed = await culture.post(`/api/misinformation/${caseId}/close`, { version });
      expect(closed.statusCode).toBe(200);
      expect(closed.json().status).toBe('closed');
      const late = await culture.post(`/api/misinformation/${caseId}/triage`, {
        verdict: 'hostile',
        version: closed.json().version,
      });
      expect(late.statusCode).toBe(409);
      expect(await lastAudit(t.handle, 'misinformation.close', caseId)).toMatchObject({
        before: { status: 'responded' },
        after: { status: 'closed' },
      });
    });

    it('hides every case of the province from another province’s commune (404)', async () => {
      const other = await t.handle.db
        .selectFrom('bodies as commune')
        .innerJoin('bodies as province', 'province.id', 'commune.parent_id')
        .select('commune.id')
        .where('commune.kind', '=', 'commune')
        .where('province.id', '<>', province)
        .orderBy('commune.code')
        .executeTakeFirstOrThrow();
      const outsider = await signInAsNewUser(
        t,
        { username: 'xakhac.daumoi', bodyId: other.id, role: 'focal_point' },
        admin,
      );
      for (const url of [
        `/api/misinformation/${caseId}`,
        `/api/misinformation/${caseId}/screenshot`,
        `/api/misinformation/${caseId}/communes`,
      ]) {
        expect((await outsider.get(url)).statusCode).toBe(404);
      }
      expect((await outsider.post(`/api/misinformation/${caseId}/close`, { version: 1 })).statusCode).toBe(
        404,
      );
      expect((await outsider.get('/api/misinformation')).json().total).toBe(0);
    });
  });
});

describe('the demo cases', () => {
  it('seeds a new public report and an answered case with its correction, at Tuyên Quang', async () => {
    const demo = await createTestApp();
    try {
      await seedDemoMisinformation(demo.handle.db);
      const rows = await demo.handle.db
        .selectFrom('misinformation_reports')
        .select(['status', 'reporter_body_id', 'correction_published_at', 'created_at', 'contact_name'])
        .execute();
      const dayMs = 86_400_000;
      // Answered: reported by Hòa An days ago, its correction published.
      expect(
        rows.some(
          (r) =>
            r.status === 'responded' &&
            r.reporter_body_id === hoaAn &&
            r.correction_published_at !== null &&
            r.created_at.getTime() < Date.now() - 2 * dayMs,
        ),
      ).toBe(true);
      // New: from the public page, hours ago, with the citizen's contact.
      expect(
        rows.some(
          (r) =>
            r.status === 'new' &&
            r.reporter_body_id === null &&
            r.contact_name !== '' &&
            r.created_at.getTime() > Date.now() - dayMs,
        ),
      ).toBe(true);
      const page = await demo.app.inject({ method: 'GET', url: '/cong-khai/08/tin-sai' });
      expect(page.body).toContain('Tin cải chính đã công bố');
    } finally {
      await demo.close();
    }
  });
});
