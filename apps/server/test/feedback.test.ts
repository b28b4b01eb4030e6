// Citizens' feedback: a citizen sends feedback from Tuyên Quang's public page (with or without a
// photo; a corrupt, disguised or oversized photo, a filled honeypot, a form sent within seconds and
// too many forms from one address are refused, the text kept), gets a receipt code and follows it
// by that code; the province's coordinator routes it to Hòa An, whose focal point answers; the
// coordinator publishes the question and answer, which appear publicly without the citizen's phone
// number, e-mail or identity number; another item is refused with a reason. Another commune reads
// none of it; the deadline is reminded once before and once after it passes.

import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemoFeedback } from '../src/seed/demo-feedback.ts';
import { scanReminders } from '../src/use-cases/notifications/scan-reminders.ts';
import { lastAudit } from './support/audit.ts';
import { pinClock } from './support/clock.ts';
import { signInAsNewUser } from './support/factories.ts';
import { NO_FILE, png, sendPublicForm } from './support/public-form.ts';
import {
  type Agent,
  bodyIdByCode,
  createTestApp,
  neighbourCommunes,
  signedInApp,
  signIn,
  type TestApp,
  userIdByName,
} from './support/test-app.ts';

pinClock('2026-05-12T09:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let viewer: Agent;
let admin: Agent;
let province: string;
let hoaAn: string;

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });

beforeAll(async () => {
  ({ t, coordinator, focal, viewer, admin } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    focal: 'hoaan.daumoi',
    viewer: 'tq.lanhdao',
    admin: 'admin',
  }));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
});
afterAll(async () => {
  await t?.worker.idle();
  await t?.close();
});

/** Sends the feedback form of a site (Tuyên Quang's unless `code`), `wait` ms after opening it. */
const sendFeedback = (
  app: TestApp,
  fields: Record<string, string>,
  file: { name: string; type: string; content: Uint8Array } = NO_FILE,
  options: { code?: string; wait?: number } = {},
) => sendPublicForm(app, `/cong-khai/${options.code ?? '08'}/phan-anh`, fields, file, options.wait);

const receiptCode = (html: string) => /(PA-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(html)?.[1] ?? '';
const itemByCode = (code: string) =>
  t.handle.db.selectFrom('feedback').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
const itemCount = async () =>
  Number(
    (
      await t.handle.db
        .selectFrom('feedback')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const noticesOf = async (username: string, kind: string) =>
  t.handle.db
    .selectFrom('notifications')
    .select(['title', 'link', 'dedupe_key', 'resolved_at'])
    .where('user_id', '=', await userIdByName(t.handle, username))
    .where('kind', '=', kind)
    .execute();

// What the citizen typed into the text itself: it must never reach a public page.
// Pages are searched for '0912 345', not '0912': a page's ids are hex and may hold '0912'.
const PHONE = '0912 345 678';
const EMAIL = 'binh.nguyen@example.vn';
const CCCD = '008090001234';
const WIFI_TEXT = `Điểm Wi-Fi miễn phí ở nhà văn hóa thôn Đồng Tâm mất kết nối từ đầu tháng. Đề nghị xã sửa. Liên hệ tôi: ${PHONE}, ${EMAIL}, CCCD ${CCCD}.`;

describe('the public feedback form', () => {
  it('is a light page with a labelled form that posts without script and keeps contact details private', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/cong-khai/08/phan-anh',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.byteLength).toBeLessThan(60 * 1024);
    const html = (await t.app.inject({ method: 'GET', url: '/cong-khai/08/phan-anh' })).body;
    expect(html).toContain('enctype="multipart/form-data"');
    for (const id of [
      'topic',
      'text',
      'place',
      'place_body_id',
      'contact_name',
      'contact_phone',
      'contact_email',
      'photo',
      'ma',
    ]) {
      expect(html).toContain(`<label for="${id}">`);
    }
    // The text fields come before the file input: the server reads them in that order.
    expect(html.indexOf('name="contact_email"')).toBeLessThan(html.indexOf('name="photo"'));
    expect(html).toContain('không bao giờ được công khai');
    expect(html).toContain('Xã Hòa An');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('style="');
    const unknown = await t.app.inject({ method: 'GET', url: '/cong-khai/99999/phan-anh' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('text/html');
  });

  it('takes feedback without a photo, gives a receipt code, audits it with no actor and tells the coordinator', async () => {
    const res = await sendFeedback(t, {
      topic: 'digital_transformation',
      text: WIFI_TEXT,
      place: 'Nhà văn hóa thôn Đồng Tâm',
      place_body_id: hoaAn,
      contact_name: 'Nguyễn Văn Bình',
      contact_phone: PHONE,
      contact_email: EMAIL,
    });
    expect(res.statusCode, res.body).toBe(200);
    const code = receiptCode(res.body);
    expect(code).not.toBe('');
    expect(res.body).toContain(`/cong-khai/08/phan-anh/tra-cuu?ma=${code}`);
    const row = await itemByCode(code);
    expect(row).toMatchObject({
      site_body_id: province,
      place_body_id: hoaAn,
      topic: 'digital_transformation',
      photo_file_id: null,
      contact_name: 'Nguyễn Văn Bình',
      contact_phone: '+84912345678',
      contact_email: EMAIL,
      status: 'received',
    });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['actor_id', 'after'])
      .where('action', '=', 'feedback.submit')
      .where('entity_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBeNull();
    // The audit keeps what was sent, not the contact details given apart from it.
    expect(JSON.stringify(audit.after)).not.toContain('Nguyễn Văn Bình');
    expect((await noticesOf('tq.dieuphoi', 'feedback_received')).map((n) => n.link)).toContain(
      `/feedback/${row.id}`,
    );
  });

  it('takes a photo, checked as a picture and kept under the site, never public', async () => {
    const res = await sendFeedback(
      t,
      { topic: 'public_services', text: 'Biển chỉ dẫn ở bộ phận một cửa bị che khuất, người dân khó tìm.' },
      { name: 'anh-chup.png', type: 'image/png', content: await png() },
    );
    expect(res.statusCode, res.body).toBe(200);
    const row = await itemByCode(receiptCode(res.body));
    const file = await t.handle.db
      .selectFrom('files')
      .select(['media_type', 'body_id', 'created_by'])
      .where('id', '=', row.photo_file_id ?? '')
      .executeTakeFirstOrThrow();
    expect(file).toEqual({ media_type: 'image/png', body_id: province, created_by: null });
    const photo = await coordinator.get(`/api/feedback/${row.id}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect((await viewer.get(`/api/feedback/${row.id}/photo`)).statusCode).toBe(404);
  });

  it('refuses a corrupt, disguised or oversized photo, a honeypot and a form sent too fast, keeping what was typed', async () => {
    const before = await itemCount();
    const typed = { topic: 'policy', text: 'Nội dung tôi đã gõ cẩn thận.' };

    const corrupt = await sendFeedback(t, typed, {
      name: 'anh.png',
      type: 'image/png',
      content: new TextEncoder().encode('not a picture at all'),
    });
    expect([400, 415]).toContain(corrupt.statusCode);
    expect(corrupt.body).toContain('role="alert"');
    expect(corrupt.body).toContain('Nội dung tôi đã gõ cẩn thận.');

    // A WebP picture named and declared as a JPEG.
    const disguised = await sendFeedback(t, typed, {
      name: 'anh.jpg',
      type: 'image/jpeg',
      content: new Uint8Array(
        await sharp(await png())
          .webp()
          .toBuffer(),
      ),
    });
    expect([400, 415]).toContain(disguised.statusCode);
    expect(disguised.body).toContain('Nội dung tôi đã gõ cẩn thận.');

    const pdf = await sendFeedback(t, typed, {
      name: 'don.pdf',
      type: 'application/pdf',
      content: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
    });
    expect(pdf.statusCode).toBe(415);

    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(await png());
    const tooLarge = await sendFeedback(t, typed, { name: 'anh-lon.png', type: 'image/png', content: big });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.body).toContain('quá lớn');
    expect(tooLarge.body).toContain('Nội dung tôi đã gõ cẩn thận.');

    const honeypot = await sendFeedback(t, { ...typed, website: 'https://spam.example' });
    expect(honeypot.statusCode).toBe(400);
    expect(honeypot.body).toContain('Hãy tải lại trang');

    const fast = await sendFeedback(t, typed, NO_FILE, { wait: 0 });
    expect(fast.statusCode).toBe(400);
    expect(fast.body).toContain('quá nhanh');
    expect(fast.body).toContain('Nội dung tôi đã gõ cẩn thận.');

    const noTopic = await sendFeedback(t, { text: 'Chưa chọn lĩnh vực.' });
    expect(noTopic.statusCode).toBe(400);
    expect(noTopic.body).toContain('Hãy chọn lĩnh vực');

    const badPhone = await sendFeedback(t, { ...typed, contact_phone: '12345' });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.body).toContain('aria-invalid="true"');

    const otherCommune = await sendFeedback(t, {
      ...typed,
      place_body_id: '00000000-0000-4000-8000-000000000000',
    });
    expect(otherCommune.statusCode).toBe(400);
    expect(await itemCount()).toBe(before);
  });

  it('limits how many forms one address sends in an hour', async () => {
    const limited = await createTestApp({ publicSubmitsPerHour: 2 });
    try {
      const fields = { topic: 'other', text: 'Góp ý.' };
      expect((await sendFeedback(limited, fields)).statusCode).toBe(200);
      expect((await sendFeedback(limited, fields)).statusCode).toBe(200);
      const third = await sendFeedback(limited, fields);
      expect(third.statusCode).toBe(429);
      expect(third.headers['content-type']).toContain('text/html');
    } finally {
      await limited.close();
    }
  });
});

describe('an item from receipt to publication', () => {
  let code = '';
  let id = '';
  let version = 0;
  const follow = (typed: string, site = '08') =>
    t.app.inject({
      method: 'GET',
      url: `/cong-khai/${site}/phan-anh/tra-cuu?ma=${encodeURIComponent(typed)}`,
    });

  beforeAll(async () => {
    const res = await sendFeedback(t, {
      topic: 'digital_transformation',
      text: WIFI_TEXT,
      contact_name: 'Nguyễn Văn Bình',
      contact_phone: PHONE,
    });
    code = receiptCode(res.body);
    id = (await itemByCode(code)).id;
  });

  it('is followed by its code, typed in lower case without dashes, showing nothing personal', async () => {
    const res = await follow(code.toLowerCase().replaceAll('-', ''));
    expect(res.statusCode).toBe(200);
    // Its code box is a form: the page's policy lets it be sent.
    expect(res.headers['content-security-policy']).toContain("form-action 'self'");
    expect(res.body).toContain(code);
    expect(res.body).toContain('Đã tiếp nhận');
    expect(res.body).toContain('Ngày gửi: 12/05/2026');
    for (const personal of ['Nguyễn Văn Bình', '0912 345', EMAIL, CCCD, 'Đồng Tâm']) {
      expect(res.body).not.toContain(personal);
    }
    const unknown = await follow('PA-2222-3333');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Không tìm thấy');
  });

  it('is in the coordinator’s inbox, not in a viewer’s nor in Hòa An’s before it is routed', async () => {
    const inbox = (await coordinator.get('/api/feedback?view=new')).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(inbox.counts.new).toBeGreaterThan(0);
    const found = (await coordinator.get(`/api/feedback?q=${code.toLowerCase()}`)).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const words = (await coordinator.get(`/api/feedback?q=${encodeURIComponent('wi-fi dong tam')}`)).json();
    expect(words.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await focal.get(`/api/feedback/${id}`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/feedback/${id}`)).statusCode).toBe(404);
    expect((await viewer.get('/api/feedback')).json().total).toBe(0);
    const item = (await coordinator.get(`/api/feedback/${id}`)).json();
    expect(item.contact).toEqual({ name: 'Nguyễn Văn Bình', phone: '+84912345678', email: null });
    expect(item.can).toEqual({ route: true, answer: false, publish: false, reject: true });
    version = item.version;
  });

  it('is routed by the coordinator to Hòa An, due the site’s 15 calendar days later', async () => {
    const outside = await bodyIdByCode(t.handle, '01');
    expect(
      (await coordinator.post(`/api/feedback/${id}/route`, { handlerBodyId: outside, version })).statusCode,
    ).toBe(404);
    expect(
      (await focal.post(`/api/feedback/${id}/route`, { handlerBodyId: hoaAn, version })).statusCode,
    ).toBe(404);
    const res = await coordinator.post(`/api/feedback/${id}/route`, { handlerBodyId: hoaAn, version });
    expect(res.statusCode, res.body).toBe(200);
    const item = res.json();
    expect(item).toMatchObject({
      status: 'routed',
      handler: { id: hoaAn },
      dueOn: '2026-05-27',
      overdue: false,
    });
    version = item.version;
    expect((await lastAudit(t.handle, 'feedback.route', id)).after).toMatchObject({ dueOn: '2026-05-27' });
    const notices = await noticesOf('hoaan.daumoi', 'feedback_routed');
    expect(notices.map((n) => n.title)).toContain(`Phản ánh ${code} cần trả lời trước 27/05/2026`);
    const followed = await follow(code);
    expect(followed.body).toContain('Đang được giải quyết');
    expect(followed.body).toContain('Hạn trả lời: 27/05/2026');
  });

  it('is read and answered by Hòa An, and another commune reads nothing of it', async () => {
    const [other] = await neighbourCommunes(t.handle, province, hoaAn, 1);
    const outsider = await signInAsNewUser(
      t,
      { username: 'xakhac.daumoi', bodyId: other?.id ?? '', role: 'focal_point' },
      admin,
    );
    for (const url of [`/api/feedback/${id}`, `/api/feedback/${id}/photo`]) {
      expect((await outsider.get(url)).statusCode).toBe(404);
    }
    expect(
      (await put(outsider, `/api/feedback/${id}/answer`, { answer: 'Không.', version })).statusCode,
    ).toBe(404);
    expect((await outsider.get('/api/feedback')).json().total).toBe(0);

    const inbox = (await focal.get('/api/feedback?view=in_progress')).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(id);
    const item = (await focal.get(`/api/feedback/${id}`)).json();
    expect(item.contact.phone).toBe('+84912345678');
    expect(item.can).toEqual({ route: false, answer: true, publish: false, reject: false });
    expect(
      (await focal.post(`/api/feedback/${id}/publish`, { publicQuestion: 'x', publicAnswer: 'y', version }))
        .statusCode,
    ).toBe(404);

    const answer = `UBND xã đã thay bộ phát Wi-Fi ở nhà văn hóa thôn Đồng Tâm ngày 20/05/2026. Chúng tôi đã gọi lại số ${PHONE} để báo ông.`;
    const res = await put(focal, `/api/feedback/${id}/answer`, { answer, version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'answered', answer, answeredBy: 'Hoàng Thị Lan' });
    const stale = await put(focal, `/api/feedback/${id}/answer`, { answer: 'Bản cũ.', version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    version = res.json().version;
    expect((await lastAudit(t.handle, 'feedback.answer', id)).after).toMatchObject({ answer });
    expect(await noticesOf('tq.dieuphoi', 'feedback_answered')).toHaveLength(1);
    // The routed notice is settled by the answer.
    expect((await noticesOf('hoaan.daumoi', 'feedback_routed')).every((n) => n.resolved_at !== null)).toBe(
      true,
    );
  });

  it('is published by the coordinator with the personal data removed, even when pasted back', async () => {
    const item = (await coordinator.get(`/api/feedback/${id}`)).json();
    expect(item.can.publish).toBe(true);
    for (const personal of ['0912 345', EMAIL, CCCD]) {
      expect(item.proposedPublication.question).not.toContain(personal);
      expect(item.proposedPublication.answer).not.toContain(personal);
    }
    expect(item.proposedPublication.question).toContain('[đã ẩn]');
    const res = await coordinator.post(`/api/feedback/${id}/publish`, {
      // The coordinator pasted the citizen's whole text back by mistake.
      publicQuestion: WIFI_TEXT,
      publicAnswer: item.proposedPublication.answer,
      version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('published');
    expect(res.json().publicPath).toBe(`/cong-khai/08/phan-anh/${id}`);
    expect((await lastAudit(t.handle, 'feedback.publish', id)).after).toMatchObject({ status: 'published' });

    const list = await t.app.inject({ method: 'GET', url: '/cong-khai/08/phan-anh' });
    expect(list.body).toContain(`/cong-khai/08/phan-anh/${id}`);
    const page = await t.app.inject({ method: 'GET', url: `/cong-khai/08/phan-anh/${id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('thay bộ phát Wi-Fi');
    expect(page.body).toContain('Xã Hòa An');
    for (const html of [list.body, page.body, (await follow(code)).body]) {
      for (const personal of ['0912 345', '345 678', '+8491', EMAIL, CCCD, 'Nguyễn Văn Bình']) {
        expect(html).not.toContain(personal);
      }
    }
    const followed = await follow(code);
    expect(followed.body).toContain('Đã trả lời và được công khai');
    expect(followed.body).toContain(`/cong-khai/08/phan-anh/${id}`);
    // A published item is not routed, answered or refused any more.
    expect(
      (await coordinator.post(`/api/feedback/${id}/reject`, { reason: 'spam', version: res.json().version }))
        .statusCode,
    ).toBe(409);
  });

  it('shows a published item only on its own site', async () => {
    await t.handle.db.insertInto('public_sites').values({ body_id: hoaAn, enabled: true }).execute();
    expect((await t.app.inject({ method: 'GET', url: `/cong-khai/02353/phan-anh/${id}` })).statusCode).toBe(
      404,
    );
    expect((await follow(code, '02353')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/cong-khai/08/phan-anh/not-an-id' })).statusCode).toBe(
      404,
    );
  });
});

describe('refusals and deadlines', () => {
  it('refuses an item with a reason; the sender reads the reason, not the note', async () => {
    const res = await sendFeedback(t, { topic: 'other', text: 'Mua bán sim số đẹp giá rẻ, liên hệ ngay!' });
    const code = receiptCode(res.body);
    const row = await itemByCode(code);
    const bad = await coordinator.post(`/api/feedback/${row.id}/reject`, {
      reason: 'rude',
      version: row.version,
    });
    expect(bad.statusCode).toBe(400);
    const refused = await coordinator.post(`/api/feedback/${row.id}/reject`, {
      reason: 'spam',
      note: 'Quảng cáo bán sim, nội bộ.',
      version: row.version,
    });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({
      status: 'rejected',
      rejection: { reason: 'spam', note: 'Quảng cáo bán sim, nội bộ.', by: 'Nguyễn Thu Hà' },
    });
    expect((await lastAudit(t.handle, 'feedback.reject', row.id)).after).toMatchObject({ reason: 'spam' });
    const followed = await t.app.inject({ method: 'GET', url: `/cong-khai/08/phan-anh/tra-cuu?ma=${code}` });
    expect(followed.body).toContain('Không được tiếp nhận');
    expect(followed.body).toContain('Tin rác, quảng cáo');
    expect(followed.body).not.toContain('nội bộ');
    const tab = (await coordinator.get('/api/feedback?view=rejected')).json();
    expect(tab.items.map((i: { id: string }) => i.id)).toContain(row.id);
    expect(
      (
        await coordinator.post(`/api/feedback/${row.id}/route`, {
          handlerBodyId: hoaAn,
          version: refused.json().version,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('lists an item past its deadline as overdue and reminds Hòa An once before and once after', async () => {
    const res = await sendFeedback(t, {
      topic: 'policy',
      text: 'Xin hướng dẫn hồ sơ hỗ trợ chuyển đổi số cho hộ kinh doanh.',
    });
    const row = await itemByCode(receiptCode(res.body));
    const routed = await coordinator.post(`/api/feedback/${row.id}/route`, {
      handlerBodyId: hoaAn,
      version: row.version,
    });
    expect(routed.json().dueOn).toBe('2026-05-27');
    const options = { daysBefore: 7, mailer: null, publicUrl: 'http://lantoa.test' };
    // This item's reminders to Hòa An's focal point (whatever else the demo's items are reminded of).
    const reminders = async (kind: string) =>
      (await noticesOf('hoaan.daumoi', kind)).filter((n) => n.dedupe_key.includes(row.id));

    await scanReminders(t.handle.db, { ...options, today: '2026-05-12' });
    expect(await reminders('feedback_due_soon')).toHaveLength(0);
    const soon = await scanReminders(t.handle.db, { ...options, today: '2026-05-22' });
    expect(soon.feedbackReminders).toBeGreaterThanOrEqual(1);
    expect((await reminders('feedback_due_soon')).map((n) => n.title)).toEqual([
      `Sắp đến hạn trả lời phản ánh ${row.code}: 27/05/2026`,
    ]);
    await scanReminders(t.handle.db, { ...options, today: '2026-05-23' });
    expect(await reminders('feedback_due_soon')).toHaveLength(1);

    await scanReminders(t.handle.db, { ...options, today: '2026-05-28' });
    await scanReminders(t.handle.db, { ...options, today: '2026-05-29' });
    expect((await reminders('feedback_overdue')).map((n) => n.title)).toEqual([
      `Quá hạn trả lời phản ánh ${row.code} (hạn 27/05/2026)`,
    ]);
    // "Due soon" is settled once the deadline has passed.
    expect((await reminders('feedback_due_soon'))[0]?.resolved_at).not.toBeNull();

    // Sixteen days on (the sessions of the morning have long expired).
    vi.setSystemTime(new Date('2026-05-28T09:00:00+07:00'));
    focal = await signIn(t.app, 'hoaan.daumoi');
    coordinator = await signIn(t.app, 'tq.dieuphoi');
    const overdue = (await focal.get('/api/feedback?view=overdue')).json();
    expect(overdue.items.map((i: { id: string; overdue: boolean }) => [i.id, i.overdue])).toContainEqual([
      row.id,
      true,
    ]);
    expect(overdue.counts.overdue).toBeGreaterThanOrEqual(1);
    const aged = async (age: string) =>
      (await coordinator.get(`/api/feedback?view=overdue&age=${age}&q=${row.code}`)).json().total;
    expect(await aged('week')).toBe(0);
    expect(await aged('month')).toBe(1);

    // Answering settles the reminders.
    const item = (await focal.get(`/api/feedback/${row.id}`)).json();
    await put(focal, `/api/feedback/${row.id}/answer`, {
      answer: 'Đã hướng dẫn tại bộ phận một cửa.',
      version: item.version,
    });
    expect((await reminders('feedback_overdue')).every((n) => n.resolved_at !== null)).toBe(true);
  });
});

describe('the demo items', () => {
  it('seeds a published Q&A, an overdue item at Hòa An and a new one, at Tuyên Quang', async () => {
    const demo = await createTestApp();
    try {
      // The story alone, whether or not the demo template already holds it.
      await demo.handle.db.deleteFrom('feedback').execute();
      await seedDemoFeedback(demo.handle.db);
      const rows = await demo.handle.db
        .selectFrom('feedback')
        .select(['id', 'status', 'handler_body_id', 'due_on', 'public_question', 'created_at'])
        .orderBy('created_at')
        .execute();
      expect(rows.map((r) => r.status)).toEqual(['routed', 'published', 'received']);
      expect(rows[0]?.handler_body_id).toBe(await bodyIdByCode(demo.handle, '02353'));
      expect(rows[1]?.public_question).toContain('[đã ẩn]');
      expect(rows[1]?.public_question).not.toContain('0912');
      const focalAgent = await signIn(demo.app, 'hoaan.daumoi');
      const overdue = (await focalAgent.get('/api/feedback?view=overdue')).json();
      expect(overdue.items.map((i: { id: string }) => i.id)).toEqual([rows[0]?.id]);
      const page = await demo.app.inject({ method: 'GET', url: '/cong-khai/08/phan-anh' });
      expect(page.body).toContain('Câu hỏi đã được trả lời');
      expect(page.body).toContain(`/cong-khai/08/phan-anh/${rows[1]?.id}`);
    } finally {
      await demo.close();
    }
  });
});
