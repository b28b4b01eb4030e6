import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../src/mail/mailer.ts';
import { sendDigests } from '../src/use-cases/notifications/scan-reminders.ts';
import { publishSample, signInAsNewUser } from './support/factories.ts';
import { inbox, noticeHolders } from './support/inbox.ts';
import { captureMail, type MailCapture } from './support/mail.ts';
import {
  type Agent,
  bodyIdByCode,
  signedInApp,
  signIn,
  type TestApp,
  userIdByName,
} from './support/test-app.ts';

// The report workflow tells whoever acts next, and only them: a submitted report its reviewers, a
// returned or accepted one the body's focal points; what is settled resolves itself: it stays listed,
// marked resolved, out of the unread count and the digest.

let mail: MailCapture;
const received = () => mail.received;

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let otherFocal: Agent;
let mailer: Mailer;
let periodId: string;
let hoaAn: string;
let indicatorId: string;
let reportVersion = 0;
const ids: Record<string, string> = {};

/** Who holds a standing (not resolved) notice of this kind leading to this link (usernames, sorted). */
const recipients = (kind: string, link: string) => noticeHolders(t.handle, { kind, link, standing: true });
const reportLink = () => `/reports/${periodId}/${hoaAn}`;
const apiOf = (link: string) => link.replace(/^\/reports\/([^/]+)\/([^/]+)$/, '/api/periods/$1/reports/$2');

beforeAll(async () => {
  mail = await captureMail();
  mailer = createMailer(mail.url, 'Lan Tỏa <no-reply@lantoa.local>') as Mailer;
  ({ t, coordinator, focal } = await signedInApp({ coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi' }));
  const planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  hoaAn = await bodyIdByCode(t.handle, '02353');
  otherFocal = await signInAsNewUser(t, {
    username: 'ngocduong.daumoi',
    bodyId: await bodyIdByCode(t.handle, '00700'),
    role: 'focal_point',
  });
  const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items;
  periodId = periods.find((p: { key: string }) => p.key === '2026-H2').id;
  const indicators = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
  indicatorId = indicators.find((i: { source: string }) => i.source === 'reported').id;
  const admin = await signIn(t.app, 'admin');
  for (const [username, email] of [
    ['tq.dieuphoi', 'dieuphoi@tuyenquang.example'],
    ['tq.quantri', 'quantri@tuyenquang.example'],
    ['hoaan.daumoi', 'daumoi@hoaan.example'],
    ['ngocduong.daumoi', 'daumoi@ngocduong.example'],
  ] as const) {
    ids[username] = await userIdByName(t.handle, username);
    const user = (await admin.get(`/api/users/${ids[username]}`)).json().user;
    await admin.patch(`/api/users/${ids[username]}`, { email, version: user.version });
  }
  // What the publication and the seed told people is not what these tests are about.
  await t.handle.db.updateTable('notifications').set({ emailed_at: new Date() }).execute();
});
afterAll(async () => {
  await t?.close();
  await mail?.close();
});

describe('notifications of the report workflow', () => {
  it('tells the coordinator of a submitted report, and settles the body’s "report missing"', async () => {
    await coordinator.post(`/api/periods/${periodId}/remind`);
    const missing = (await inbox(focal)).items.find((n) => n.kind === 'report_missing');
    expect(missing?.link).toBe(reportLink());
    const unreadBefore = (await inbox(focal)).unread;

    const saved = await focal.request({
      method: 'PUT',
      url: `/api/periods/${periodId}/reports/${hoaAn}`,
      payload: {
        results: 'Đã tuyên truyền tại 12 thôn.',
        values: [{ indicatorId, numerator: 90, denominator: 100 }],
        version: 0,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await focal.post(`/api/periods/${periodId}/reports/${hoaAn}/submit`, {
      version: saved.json().version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    reportVersion = submitted.json().version;

    // Exactly the province's coordinator: not its administrator, not the commune itself, nobody else.
    expect(await recipients('report_submitted', reportLink())).toEqual(['tq.dieuphoi']);
    const notice = (await inbox(coordinator)).items.find((n) => n.kind === 'report_submitted');
    expect(notice).toMatchObject({
      title: expect.stringMatching(/^Báo cáo chờ duyệt: .*Hòa An/),
      read: false,
    });
    expect(notice?.body).toMatch(/chấp nhận hoặc trả lại/);
    expect((await coordinator.get(apiOf(reportLink()))).statusCode).toBe(200);

    // The reminder resolves itself without anyone opening it: still listed, marked resolved with
    // when, and out of the unread count.
    expect(missing?.resolvedAt).toBeNull();
    const after = await inbox(focal);
    const resolved = after.items.find((n) => n.id === missing?.id);
    expect(resolved?.read).toBe(false);
    expect(Date.parse(resolved?.resolvedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(resolved?.createdAt ?? ''),
    );
    expect(after.unread).toBe(unreadBefore - 1);
    expect(
      (await focal.get('/api/notifications?unread=1')).json().items.map((n: { id: string }) => n.id),
    ).not.toContain(missing?.id);
    // The other commune's focal point still has its own reminder and hears nothing of Hòa An's report.
    const other = await inbox(otherFocal);
    expect(other.items.some((n) => n.kind === 'report_missing' && n.resolvedAt === null)).toBe(true);
    expect(other.items.filter((n) => (n.link ?? '').includes(hoaAn))).toEqual([]);
  });

  it('mails the digest in Vietnamese plain text, without what was settled', async () => {
    received().length = 0;
    await sendDigests(t.handle.db, mailer, 'http://lantoa.test');
    const toCoordinator = received().find((m) => m.to === 'dieuphoi@tuyenquang.example');
    // The report to review, and the department's own report still missing (the coordinator's body is
    // one of the plan's bodies too).
    expect(toCoordinator?.subject).toBe('[Lan Tỏa] 2 thông báo mới');
    expect(toCoordinator?.text).toMatch(/Chưa gửi báo cáo/);
    expect(toCoordinator?.html).toBe(false);
    expect(toCoordinator?.text).toContain('Kính gửi Nguyễn Thu Hà,');
    expect(toCoordinator?.text).toContain('Báo cáo:\n\n- Báo cáo chờ duyệt: ');
    expect(toCoordinator?.text).toContain(`http://lantoa.test${reportLink()}`);
    // The commune's settled reminder is not mailed; the other commune's standing one is.
    expect(received().find((m) => m.to === 'daumoi@hoaan.example')).toBeUndefined();
    const toOther = received().find((m) => m.to === 'daumoi@ngocduong.example');
    expect(toOther?.text).toMatch(/Chưa gửi báo cáo/);
    expect(toOther?.text).not.toContain(hoaAn);
    expect(received().map((m) => m.to)).not.toContain('quantri@tuyenquang.example');
  });

  it('tells the focal point of a return with the reason, and settles the coordinator’s notice', async () => {
    const returned = await coordinator.post(`/api/periods/${periodId}/reports/${hoaAn}/return`, {
      comment: 'Thiếu số liệu của thôn Đồng Tâm.',
      version: reportVersion,
    });
    expect(returned.statusCode, returned.body).toBe(200);
    reportVersion = returned.json().version;
    expect(await recipients('report_returned', reportLink())).toEqual(['hoaan.daumoi']);
    const notice = (await inbox(focal)).items.find((n) => n.kind === 'report_returned');
    expect(notice?.title).toMatch(/bị trả lại/);
    expect(notice?.body).toContain('«Thiếu số liệu của thôn Đồng Tâm.»');
    expect((await focal.get(apiOf(reportLink()))).statusCode).toBe(200);
    const reviewed = (await inbox(coordinator)).items.filter((n) => n.kind === 'report_submitted');
    expect(reviewed.map((n) => n.resolvedAt)).toEqual([expect.any(String)]);
    expect((await inbox(otherFocal)).items.filter((n) => (n.link ?? '').includes(hoaAn))).toEqual([]);
  });

  it('settles the return when the report is sent again, and tells the focal point of the acceptance', async () => {
    const again = await focal.post(`/api/periods/${periodId}/reports/${hoaAn}/submit`, {
      version: reportVersion,
    });
    expect(again.statusCode, again.body).toBe(200);
    const returns = (await inbox(focal)).items.filter((n) => n.kind === 'report_returned');
    expect(returns).toHaveLength(1);
    expect(returns.every((n) => n.resolvedAt !== null)).toBe(true);
    expect(await recipients('report_submitted', reportLink())).toEqual(['tq.dieuphoi']);

    const accepted = await coordinator.post(`/api/periods/${periodId}/reports/${hoaAn}/accept`, {
      version: again.json().version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await recipients('report_accepted', reportLink())).toEqual(['hoaan.daumoi']);
    expect(await recipients('report_submitted', reportLink())).toEqual([]);
    const notice = (await inbox(focal)).items.find((n) => n.kind === 'report_accepted');
    expect(notice?.title).toMatch(/đã được chấp nhận/);

    received().length = 0;
    await sendDigests(t.handle.db, mailer, 'http://lantoa.test');
    const toFocal = received().find((m) => m.to === 'daumoi@hoaan.example');
    expect(toFocal?.subject).toBe('[Lan Tỏa] 1 thông báo mới');
    expect(toFocal?.text).toMatch(/Báo cáo .* đã được chấp nhận/);
    // The return was settled before the digest went: it is not mailed.
    expect(toFocal?.text).not.toMatch(/bị trả lại/);
    expect(received().find((m) => m.to === 'dieuphoi@tuyenquang.example')).toBeUndefined();
  });
});
