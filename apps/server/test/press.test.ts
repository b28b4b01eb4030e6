// The communication network and press releases (issue 16): contacts kept per body (searched without
// diacritics, imported from Excel), a release sent by e-mail through a real SMTP server on loopback,
// one plain-text message per contact with the release's tracked link and a working unsubscribe link,
// never to someone without consent, unsubscribed or already written to; and the outputs register's
// bulk entry from Excel.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-data.ts';
import { pinClock } from './support/clock.ts';
import { signInAsNewUser, uploadPoster } from './support/factories.ts';
import { captureMail, type MailCapture } from './support/mail.ts';
import {
  type Agent,
  bodyIdByCode,
  multipart,
  signedInApp,
  signIn,
  type TestApp,
} from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

pinClock('2026-08-20T09:00:00+07:00');

const PUBLIC_URL = 'http://lantoa.test';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Cell = string | number | null;

let t: TestApp;
let mail: MailCapture;
let coordinator: Agent;
let stranger: Agent;
let province: string;

beforeAll(async () => {
  mail = await captureMail();
  ({ t, coordinator } = await signedInApp(
    { coordinator: 'tq.dieuphoi', admin: 'admin' },
    { smtpUrl: mail.url, publicUrl: PUBLIC_URL },
  ));
  province = await bodyIdByCode(t.handle, '08');
  // Another province's coordinator: sees nothing of Tuyên Quang's network or releases.
  stranger = await signInAsNewUser(t, {
    username: 'sonla.dieuphoi',
    bodyId: await bodyIdByCode(t.handle, '14'),
    role: 'coordinator',
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await mail?.close();
});

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });

async function addContact(fields: Record<string, unknown>) {
  const res = await coordinator.post(`/api/bodies/${province}/contacts`, {
    kind: 'reporter',
    topics: ['Chuyển đổi số'],
    consent: true,
    consentOn: '2026-08-01',
    ...fields,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; reachable: boolean; version: number; email: string | null };
}

async function releaseOf(id: string) {
  const res = await coordinator.get(`/api/press-releases/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function newRelease(title: string, libraryItemIds: string[] = []) {
  const res = await coordinator.post(`/api/bodies/${province}/press-releases`, {
    title,
    body: 'Sáng 20/8, Sở Văn hóa, Thể thao và Du lịch tổ chức họp báo.\nThông tin chi tiết như sau.',
    topics: ['Chuyển đổi số'],
    libraryItemIds,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function send(id: string, contactIds: string[]) {
  const { version } = await releaseOf(id);
  return coordinator.post(`/api/press-releases/${id}/send`, { contactIds, version });
}

const tokenIn = (text: string) => /\/huy-nhan-tin\/([\w-]{32})/.exec(text)?.[1];

async function workbook(sheetName: string, rows: Cell[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const upload = (agent: Agent, url: string, content: Uint8Array, keepGoodRows = 'false') =>
  agent.request({
    method: 'POST',
    url,
    ...multipart({ keepGoodRows }, { name: 'danh-sach.xlsx', type: XLSX, content }),
  });

describe('the communication network and a press release sent by e-mail', () => {
  const contacts: { id: string; email: string | null }[] = [];
  let unconsenting: string;
  let releaseId: string;
  let itemTitle: string;

  it('keeps contacts per body: consent needs its day; the search ignores diacritics', async () => {
    const noDay = await coordinator.post(`/api/bodies/${province}/contacts`, {
      kind: 'expert',
      name: 'Lê Văn Chưa Ngày',
      email: 'chuangay@vidu.vn',
      consent: true,
    });
    expect(noDay.statusCode).toBe(400);
    expect(noDay.json().error.message).toContain('ngày người này đồng ý');

    contacts.push(
      await addContact({
        name: 'Nguyễn Thị Phóng Viên',
        organisation: 'Báo Tuyên Quang',
        email: 'pv1@baotq.vn',
      }),
      await addContact({
        name: 'Trần Văn Biên Tập',
        organisation: 'Đài PT-TH tỉnh',
        email: 'btv@daitq.vn',
        phone: '0912 345 678',
      }),
      await addContact({
        kind: 'scientist',
        name: 'GS. Hoàng Văn Khoa',
        roleTitle: 'Nhà khoa học',
        organisation: 'Đại học Tân Trào',
        email: 'khoa@tantrao.edu.vn',
      }),
    );
    const none = await addContact({
      name: 'Phạm Chưa Đồng Ý',
      email: 'chuadongy@vidu.vn',
      consent: false,
      consentOn: null,
    });
    unconsenting = none.id;
    expect(none.reachable).toBe(false);
    expect(contacts.every((c) => c.email)).toBe(true);

    const found = await coordinator.get('/api/contacts?q=nha%20khoa%20hoc');
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((c: { name: string }) => c.name)).toEqual(['GS. Hoàng Văn Khoa']);
    const phone = (await coordinator.get('/api/contacts?q=tran%20van%20bien')).json().items[0];
    expect(phone.phone).toBe('+84912345678');
    const reachable = (
      await coordinator.get(
        '/api/contacts?reachable=true&topic=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91',
      )
    ).json();
    expect(reachable.total).toBe(3);
    const sameAddress = await coordinator.post(`/api/bodies/${province}/contacts`, {
      kind: 'reporter',
      name: 'Trùng địa chỉ',
      email: 'PV1@baotq.vn',
      consent: false,
    });
    expect(sameAddress.statusCode).toBe(409);
  });

  it('writes a release with a library item; a draft has no public page yet', async () => {
    itemTitle = 'Áp phích Ngày chuyển đổi số';
    const itemId = await uploadPoster(coordinator, {
      title: itemTitle,
      summary: 'Áp phích',
      shareBodyId: province,
    });
    releaseId = await newRelease('Họp báo Ngày chuyển đổi số tỉnh Tuyên Quang', [itemId]);
    const release = await releaseOf(releaseId);
    expect(release.status).toBe('draft');
    expect(release.items).toEqual([{ id: itemId, title: itemTitle }]);
    expect(release.trackedUrl).toMatch(/^http:\/\/lantoa\.test\/thong-cao\/[\w-]+$/);
    const code = release.trackedUrl.split('/').pop();
    expect((await t.app.inject({ method: 'GET', url: `/thong-cao/${code}` })).statusCode).toBe(404);
  });

  it('sends one plain-text message to each contact with consent, skipping the one without', async () => {
    mail.received.length = 0;
    const res = await send(releaseId, [...contacts.map((c) => c.id), unconsenting]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sent).toBe(3);
    expect(res.json().failed).toBe(0);
    expect(res.json().skipped).toEqual([
      { contactId: unconsenting, reason: expect.stringContaining('Chưa đồng ý') },
    ]);
    expect(mail.received.map((m) => m.to).sort()).toEqual([
      'btv@daitq.vn',
      'khoa@tantrao.edu.vn',
      'pv1@baotq.vn',
    ]);
    const release = await releaseOf(releaseId);
    for (const message of mail.received) {
      expect(message.subject).toContain('Họp báo Ngày chuyển đổi số');
      expect(message.html).toBeFalsy();
      expect(message.text).toContain(release.trackedUrl);
      expect(message.text).toContain(itemTitle);
      expect(message.text).toMatch(/http:\/\/lantoa\.test\/huy-nhan-tin\/[\w-]{32}/);
    }
    // Each message carries its own contact's link.
    expect(new Set(mail.received.map((m) => tokenIn(m.text))).size).toBe(3);
    expect(release.status).toBe('sent');
    expect(release.sentAt).not.toBeNull();
    expect(release.recipients).toBe(3);
    expect(release.recipientList).toHaveLength(3);
    expect(release.recipientList.every((r: { sentAt: string | null }) => r.sentAt)).toBe(true);

    const page = await t.app.inject({ method: 'GET', url: new URL(release.trackedUrl).pathname });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).toContain('Họp báo Ngày chuyển đổi số tỉnh Tuyên Quang');
    expect(page.body).toContain(itemTitle);

    const edit = await put(coordinator, `/api/press-releases/${releaseId}`, {
      title: 'Sửa sau khi gửi',
      body: 'Không được',
      version: release.version,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toContain('đã gửi');
  });

  it('sending again skips those already written to', async () => {
    mail.received.length = 0;
    const res = await send(
      releaseId,
      contacts.map((c) => c.id),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sent).toBe(0);
    expect(res.json().skipped).toHaveLength(3);
    for (const skip of res.json().skipped) expect(skip.reason).toContain('Đã gửi thông cáo này');
    expect(mail.received).toHaveLength(0);
  });

  it('two sends of a release at once write to each contact once', async () => {
    const id = await newRelease('Thông cáo gửi hai lần cùng lúc');
    const { version } = await releaseOf(id);
    mail.received.length = 0;
    const ids = contacts.map((c) => c.id);
    const answers = await Promise.all([
      coordinator.post(`/api/press-releases/${id}/send`, { contactIds: ids, version }),
      coordinator.post(`/api/press-releases/${id}/send`, { contactIds: ids, version }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(mail.received.map((m) => m.to).sort()).toEqual([
      'btv@daitq.vn',
      'khoa@tantrao.edu.vn',
      'pv1@baotq.vn',
    ]);
  });

  it('the unsubscribe link: opening it changes nothing, its button unsubscribes; later releases skip them', async () => {
    const first = contacts[0] as { id: string; email: string };
    const token = (
      await t.handle.db
        .selectFrom('network_contacts')
        .select('unsubscribe_token')
        .where('id', '=', first.id)
        .executeTakeFirstOrThrow()
    ).unsubscribe_token;
    const opened = await t.app.inject({ method: 'GET', url: `/huy-nhan-tin/${token}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('Hủy nhận tin');
    expect(opened.body).toContain(`action="/huy-nhan-tin/${token}"`);
    expect(opened.headers['content-security-policy']).toContain("form-action 'self'");

    // From a browser that is also signed in to Lan Tỏa: its session cookie goes along, with no CSRF
    // token (the page has none); the form reads no session, so it is not asked for one.
    const signedIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'hoaan.daumoi', password: DEMO_PASSWORD },
    });
    const session = signedIn.cookies.find((c) => c.name === 'lantoa_session')?.value ?? '';
    expect(session).not.toBe('');
    const done = await t.app.inject({
      method: 'POST',
      url: `/huy-nhan-tin/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      cookies: { lantoa_session: session },
      payload: '',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.body).toContain('Đã hủy nhận tin');
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['actor_id'])
      .where('action', '=', 'contact.unsubscribe')
      .where('entity_id', '=', first.id)
      .execute();
    expect(audit).toEqual([{ actor_id: null }]);
    const listed = (await coordinator.get('/api/contacts?q=pv1')).json().items[0];
    expect(listed.reachable).toBe(false);
    expect(listed.unsubscribedAt).not.toBeNull();

    // An edit of the contact does not undo the withdrawal.
    const edited = await put(coordinator, `/api/contacts/${first.id}`, {
      kind: 'reporter',
      name: 'Nguyễn Thị Phóng Viên',
      organisation: 'Báo Tuyên Quang',
      email: 'pv1@baotq.vn',
      consent: true,
      consentOn: '2026-08-19',
      version: listed.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().reachable).toBe(false);

    const later = await newRelease('Thông cáo sau khi hủy nhận tin');
    mail.received.length = 0;
    const res = await send(later, [first.id, (contacts[1] as { id: string }).id]);
    expect(res.json().sent).toBe(1);
    expect(res.json().skipped).toEqual([
      { contactId: first.id, reason: expect.stringContaining('hủy nhận tin') },
    ]);
    expect(mail.received.map((m) => m.to)).toEqual(['btv@daitq.vn']);

    // A one-click unsubscribe (RFC 8058) posts the same way; an unknown token is a 404 page.
    const oneClick = await t.app.inject({
      method: 'POST',
      url: `/huy-nhan-tin/${tokenIn(mail.received[0]?.text ?? '')}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);
    const unknown = await t.app.inject({ method: 'GET', url: `/huy-nhan-tin/${'x'.repeat(32)}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('text/html');
  });

  it('GET of an unsubscribe link never unsubscribes (mail scanners open every link)', async () => {
    const contact = contacts[2] as { id: string };
    const row = () =>
      t.handle.db
        .selectFrom('network_contacts')
        .select(['unsubscribe_token', 'unsubscribed_at'])
        .where('id', '=', contact.id)
        .executeTakeFirstOrThrow();
    const { unsubscribe_token: token } = await row();
    for (let i = 0; i < 3; i++) {
      expect((await t.app.inject({ method: 'GET', url: `/huy-nhan-tin/${token}` })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'HEAD', url: `/huy-nhan-tin/${token}` })).statusCode).toBe(200);
    }
    expect((await row()).unsubscribed_at).toBeNull();
  });

  it('a commune sees its province’s sent release, not whom it went to, nor the province’s contacts', async () => {
    const commune = await signIn(t.app, 'hoaan.daumoi');
    const listed = (await commune.get('/api/press-releases')).json().items.map((r: { id: string }) => r.id);
    expect(listed).toContain(releaseId);
    const seen = await commune.get(`/api/press-releases/${releaseId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().recipientList).toEqual([]);
    expect((await commune.get('/api/contacts')).json().total).toBe(0);
    const { version } = await releaseOf(releaseId);
    const sendAs = await commune.post(`/api/press-releases/${releaseId}/send`, {
      contactIds: [unconsenting],
      version,
    });
    expect(sendAs.statusCode).toBe(404);
    expect((await coordinator.get(`/api/contacts?bodyId=${province}&q=khoa`)).json().total).toBe(1);
  });

  it('another province’s coordinator sees neither the release nor the contacts', async () => {
    expect((await stranger.get(`/api/press-releases/${releaseId}`)).statusCode).toBe(404);
    const { version } = await releaseOf(releaseId);
    const sendAs = await stranger.post(`/api/press-releases/${releaseId}/send`, {
      contactIds: [(contacts[1] as { id: string }).id],
      version,
    });
    expect(sendAs.statusCode).toBe(404);
    expect((await stranger.get('/api/press-releases')).json().items).toEqual([]);
    expect((await stranger.get('/api/contacts')).json()).toEqual({ items: [], total: 0 });
    const edit = await put(stranger, `/api/contacts/${(contacts[1] as { id: string }).id}`, {
      kind: 'reporter',
      name: 'Đổi tên',
      consent: false,
      version: 1,
    });
    expect(edit.statusCode).toBe(404);
    // Nor may the province send to someone else's contact.
    const theirs = await stranger.post(`/api/bodies/${await bodyIdByCode(t.handle, '14')}/contacts`, {
      kind: 'reporter',
      name: 'Phóng viên Sơn La',
      email: 'pv@baosonla.vn',
      consent: true,
      consentOn: '2026-08-01',
    });
    expect(theirs.statusCode).toBe(201);
    const mixed = await coordinator.post(`/api/press-releases/${releaseId}/send`, {
      contactIds: [theirs.json().id],
      version,
    });
    expect(mixed.statusCode).toBe(404);
  });
});

describe('Excel imports', () => {
  it('imports contacts: a known address updates its entry, a bad row is reported with its row and field', async () => {
    const template = await coordinator.get('/api/contacts/template');
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toBe(XLSX);
    const book = await workbookOf(template);
    const sheet = book.getWorksheet('Mạng lưới') as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as Cell[]).slice(1)).toEqual([
      'Loại',
      'Họ tên/Tên',
      'Cơ quan/Tổ chức',
      'Chức danh',
      'Thư điện tử',
      'Điện thoại',
      'Trang web',
      'Chủ đề',
      'Đồng ý nhận tin',
      'Ngày đồng ý',
    ]);
    const rows: Cell[][] = [
      [
        'Cơ quan báo chí',
        'Báo Nhân Dân',
        'Báo Nhân Dân',
        '',
        'toasoan@nhandan.vn',
        '',
        'https://nhandan.vn',
        'Chuyển đổi số; Văn hóa',
        'Có',
        '15/08/2026',
      ],
      [
        'phong vien',
        'Trần Văn Biên Tập',
        'Đài Phát thanh - Truyền hình Tuyên Quang',
        'Biên tập viên',
        'BTV@daitq.vn',
        '0912 345 678',
        '',
        'Chuyển đổi số',
        'Có',
        '01/08/2026',
      ],
      ['Ca sĩ', 'Không rõ loại', '', '', 'khong-phai-thu', '', '', '', 'Có', ''],
    ];
    rows.forEach((row, i) => {
      sheet.getRow(i + 2).values = row;
    });
    const content = new Uint8Array(await book.xlsx.writeBuffer());
    const url = `/api/bodies/${province}/contacts/import`;

    const refused = await upload(coordinator, url, content);
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ created: 0, updated: 0 });
    const errors = refused.json().errors as { row: number; field: string; message: string }[];
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [4, 'kind'],
      [4, 'email'],
      [4, 'consentOn'],
    ]);
    expect(errors[0]?.message).toContain('Không rõ loại «Ca sĩ»');

    const kept = await upload(coordinator, url, content, 'true');
    expect(kept.json()).toMatchObject({ created: 1, updated: 1, duplicates: 0 });
    const btv = (await coordinator.get('/api/contacts?q=btv%40daitq')).json();
    expect(btv.total).toBe(1);
    expect(btv.items[0].organisation).toBe('Đài Phát thanh - Truyền hình Tuyên Quang');
    expect(btv.items[0].roleTitle).toBe('Biên tập viên');
    const nhanDan = (await coordinator.get('/api/contacts?q=nhan%20dan')).json().items[0];
    expect(nhanDan).toMatchObject({ kind: 'press_agency', consentOn: '2026-08-15', reachable: true });
    expect(nhanDan.topics).toEqual(['Chuyển đổi số', 'Văn hóa']);

    const again = await upload(coordinator, url, content, 'true');
    expect(again.json()).toMatchObject({ created: 0, updated: 0, duplicates: 2 });
    const refusedFile = await upload(coordinator, url, await workbook('Trang 1', [['Tên', 'Email']]));
    expect(refusedFile.statusCode).toBe(400);
    expect(refusedFile.json().error.message).toContain('không đúng mẫu mạng lưới');
    expect((await upload(stranger, url, content, 'true')).statusCode).toBe(404);
  });

  it('imports outputs: a link already recorded is a duplicate, a bad date is reported', async () => {
    const template = await coordinator.get('/api/outputs/template');
    expect(template.statusCode).toBe(200);
    const rows: Cell[][] = [
      [
        'Ngày đăng',
        'Loại sản phẩm',
        'Tiêu đề',
        'Kênh',
        'Tên kênh/báo',
        'Đường dẫn',
        'Chủ đề',
        'Về nỗ lực của địa phương',
        'Đặt hàng',
      ],
      [
        '18/08/2026',
        'Tin, bài viết',
        'Tuyên Quang ra mắt Tổ công nghệ số cộng đồng',
        'Báo chí',
        'Báo Tuyên Quang',
        'https://baotuyenquang.com.vn/to-cong-nghe-so',
        'Chuyển đổi số',
        'Có',
        'Không',
      ],
      [
        '19/08/2026',
        'phong su',
        'Phóng sự: Chợ 4.0 ở vùng cao',
        'Truyền hình',
        'Đài PT-TH Tuyên Quang',
        '',
        'Chuyển đổi số',
        'có',
        'có',
      ],
      [
        '19/08/2026',
        'Tin, bài viết',
        'Cùng đường dẫn lần nữa',
        'Báo chí',
        'Báo Tuyên Quang',
        'https://baotuyenquang.com.vn/to-cong-nghe-so',
        '',
        '',
        '',
      ],
      ['31/02/2026', 'Tin, bài viết', 'Ngày sai', 'Báo chí', '', '', '', '', ''],
    ];
    const content = await workbook('Sản phẩm', rows);
    const url = `/api/bodies/${province}/outputs/import`;
    const refused = (await upload(coordinator, url, content)).json();
    expect(refused.created).toBe(0);
    expect(refused.errors).toEqual([
      { row: 5, field: 'publishedOn', message: expect.stringContaining('«31/02/2026» không đúng') },
    ]);
    const kept = await upload(coordinator, url, content, 'true');
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ created: 2, updated: 0, duplicates: 1 });
    const recorded = await t.handle.db
      .selectFrom('outputs')
      .select(['kind', 'channel_kind', 'about_local', 'commissioned', 'source'])
      .where('body_id', '=', province)
      .orderBy('published_on')
      .execute();
    expect(recorded).toEqual([
      { kind: 'article', channel_kind: 'press', about_local: true, commissioned: false, source: 'excel' },
      { kind: 'reportage', channel_kind: 'press', about_local: true, commissioned: true, source: 'excel' },
    ]);
    const again = (await upload(coordinator, url, content, 'true')).json();
    expect(again).toMatchObject({ created: 0, duplicates: 3 });
    const audited = await t.handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'output.import')
      .executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(2);
  });
});
