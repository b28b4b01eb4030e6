import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scanReminders } from '../src/use-cases/notifications/scan-reminders.ts';
import { deleteOldResolvedNotices } from '../src/use-cases/notifications/settled-notices.ts';
import { pinClock } from './support/clock.ts';
import { publishAmendment, publishSample, signInAsNewUser } from './support/factories.ts';
import { inbox, type NoticeFilter, noticeHolders } from './support/inbox.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

// Work given or changed tells the focal points of the bodies it reaches, an emergency bulletin the
// stations it must reach, and reminders resolve themselves once their cause is gone (listed, marked
// resolved, for 30 days).

// The plan is published, and amended, on 01/07/2026 (an amendment changes what is due after that day).
const TODAY = '2026-07-01';
pinClock(`${TODAY}T10:00:00+07:00`);

let t: TestApp;
let admin: Agent;
let coordinator: Agent;
let focal: Agent;
let broadcaster: Agent;
let otherFocal: Agent;
let hoaAn: string;
let other: string;
let planId: string;

/** Usernames holding a notice, sorted (see {@link noticeHolders}). */
const holders = (where: NoticeFilter) => noticeHolders(t.handle, where);
/** The API address of a web link a notice carries, to open it as its recipient would. */
const apiOf = (link: string) => (link === '/my-tasks' ? '/api/my-tasks' : `/api${link}`);
const taskId = async (ref: string) =>
  (
    await t.handle.db
      .selectFrom('tasks')
      .select('id')
      .where('plan_id', '=', planId)
      .where('ref', '=', ref)
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  ({ t, admin, coordinator, focal, broadcaster } = await signedInApp({
    admin: 'admin',
    coordinator: 'tq.dieuphoi',
    focal: 'hoaan.daumoi',
    broadcaster: 'hoaan.truyenthanh',
  }));
  hoaAn = await bodyIdByCode(t.handle, '02353');
  other = await bodyIdByCode(t.handle, '00700');
  otherFocal = await signInAsNewUser(t, { username: 'ngocduong.daumoi', bodyId: other, role: 'focal_point' });
});
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

describe('notifications of the work', () => {
  it('tells the commune’s focal point of the tasks a new plan gives it, and nobody else', async () => {
    planId = (await publishSample(t, admin, '02353', 'hoa-an-2026.txt')).planId;
    expect(await holders({ kind: 'work_assigned', dedupeKey: `work:${planId}:1` })).toEqual(['hoaan.daumoi']);
    const notice = (await inbox(focal)).items.find((n) => n.kind === 'work_assigned');
    expect(notice?.title).toMatch(/^Kế hoạch 139\/KH-UBND: \d+ nhiệm vụ mới được giao$/);
    expect(notice?.body).toMatch(/— III\.1 Triển khai các chiến dịch truyền thông: [^;]*được giao chủ trì/);
    expect((await focal.get(apiOf(notice?.link ?? ''))).statusCode).toBe(200);
    expect((await inbox(otherFocal)).items).toEqual([]);
    expect((await inbox(coordinator)).items.filter((n) => n.kind === 'work_assigned')).toEqual([]);
  });

  it('resolves an overdue notice once the work is done, without anyone opening it', async () => {
    await scanReminders(t.handle.db, { today: TODAY, daysBefore: 130, mailer: null, publicUrl: '' });
    const before = await inbox(focal);
    const overdue = before.items.find((n) => n.kind === 'overdue');
    expect(overdue).toBeDefined();
    const { dedupe_key } = await t.handle.db
      .selectFrom('notifications')
      .select('dedupe_key')
      .where('id', '=', overdue?.id as string)
      .executeTakeFirstOrThrow();
    const [, task, dueOn] = dedupe_key.split(':');
    const open = await t.handle.db
      .selectFrom('occurrences as o')
      .innerJoin('assignments as a', 'a.id', 'o.assignment_id')
      .select(['o.id', 'o.version'])
      .where('a.task_id', '=', task as string)
      .where('o.due_on', '=', dueOn as string)
      .where('o.completed_on', 'is', null)
      .execute();
    expect(open.length).toBeGreaterThan(0);
    for (const [i, occurrence] of open.entries()) {
      const done = await focal.post(`/api/occurrences/${occurrence.id}/progress`, {
        note: 'Đã hoàn thành',
        completedOn: TODAY,
        version: occurrence.version,
      });
      expect(done.statusCode, done.body).toBe(200);
      // Still standing while one of the bodies has not done its part.
      if (i < open.length - 1) {
        const standing = (await inbox(focal)).items.find((n) => n.id === overdue?.id);
        expect(standing?.resolvedAt).toBeNull();
      }
    }
    const after = await inbox(focal);
    // Still listed, marked resolved, out of the unread count.
    expect(after.items.find((n) => n.id === overdue?.id)?.resolvedAt).toEqual(expect.any(String));
    expect(after.unread).toBe(before.unread - 1);
    // The next scan does not bring it back: it stays resolved, for 30 days, then is deleted.
    await scanReminders(t.handle.db, { today: TODAY, daysBefore: 130, mailer: null, publicUrl: '' });
    const row = () =>
      t.handle.db
        .selectFrom('notifications')
        .select(['id', 'resolved_at', 'read_at'])
        .where('id', '=', overdue?.id as string)
        .executeTakeFirst();
    const kept = await row();
    expect(kept?.resolved_at).toBeInstanceOf(Date);
    expect((await inbox(focal)).unread).toBe(before.unread - 1);
    const day = 24 * 60 * 60 * 1000;
    const resolvedAt = (kept?.resolved_at ?? new Date(0)).getTime();
    await deleteOldResolvedNotices(t.handle.db, new Date(resolvedAt + 29 * day));
    expect(await row()).toBeDefined();
    await deleteOldResolvedNotices(t.handle.db, new Date(resolvedAt + 31 * day));
    expect(await row()).toBeUndefined();
  });

  it('tells the focal point of an amendment that moves its deadlines, and settles the old reminder', async () => {
    const festival = await taskId('III.4');
    const dueSoon = (await inbox(focal)).items.filter((n) => n.kind === 'due_soon');
    const octoberReminder = await t.handle.db
      .selectFrom('notifications')
      .select('id')
      .where(
        'user_id',
        '=',
        (
          await t.handle.db
            .selectFrom('users')
            .select('id')
            .where('username', '=', 'hoaan.daumoi')
            .executeTakeFirstOrThrow()
        ).id,
      )
      .where('dedupe_key', 'like', `due_soon:${festival}:%`)
      .executeTakeFirstOrThrow();
    expect(dueSoon.map((n) => n.id)).toContain(octoberReminder.id);

    // The amended document: the festival (III.4) moves from October to November.
    await publishAmendment(t, admin, { bodyId: hoaAn, planId, file: 'hoa-an-2026.txt' }, (tasks) =>
      tasks.map((task) =>
        task.ref === 'III.4'
          ? { ...task, timeframe: { text: 'Tháng 11 hằng năm', yearly: true, months: [11] } }
          : task,
      ),
    );

    expect(await holders({ kind: 'work_assigned', dedupeKey: `work:${planId}:2` })).toEqual(['hoaan.daumoi']);
    const notice = (await inbox(focal)).items.find(
      (n) => n.kind === 'work_assigned' && n.title.includes('thay đổi'),
    );
    expect(notice?.title).toMatch(/^Nhiệm vụ thay đổi: III\.4 /);
    expect(notice?.body).toMatch(/III\.4 .*: thời hạn mới \d\d\/11\/2026/);
    // Only what changed: the tasks the amendment leaves as they were are not listed.
    expect(notice?.body).not.toMatch(/III\.1 /);
    expect((await focal.get(apiOf(notice?.link ?? ''))).statusCode).toBe(200);
    expect((await inbox(otherFocal)).items).toEqual([]);

    // October's reminder is resolved: its occurrence moved to November.
    const moved = await t.handle.db
      .selectFrom('notifications')
      .select('resolved_at')
      .where('id', '=', octoberReminder.id)
      .executeTakeFirstOrThrow();
    expect(moved.resolved_at).toBeInstanceOf(Date);
  });

  it('tells the broadcaster and the focal point of a commune whose station an emergency bulletin must reach', async () => {
    const local = await coordinator.post('/api/broadcast/bulletins', {
      title: 'Khẩn: lũ quét tại Hòa An',
      text: 'Bà con các thôn ven suối di chuyển ngay lên vùng cao.',
      priority: 'emergency',
      targetBodyId: hoaAn,
    });
    expect(local.statusCode, local.body).toBe(201);
    const localLink = `/broadcast/bulletins/${local.json().bulletin.id}`;
    expect(await holders({ kind: 'emergency_bulletin', link: localLink })).toEqual([
      'hoaan.daumoi',
      'hoaan.truyenthanh',
    ]);
    for (const agent of [focal, broadcaster]) {
      const notice = (await inbox(agent)).items.find((n) => n.link === localLink);
      expect(notice?.title).toBe('Bản tin khẩn cấp: Khẩn: lũ quét tại Hòa An');
      expect((await agent.get(apiOf(localLink))).statusCode).toBe(200);
    }

    // A province-wide one reaches the communes that have a station, and only their people.
    const wide = await coordinator.post('/api/broadcast/bulletins', {
      title: 'Khẩn: phòng chống bão số 3',
      text: 'Bà con chủ động chằng chống nhà cửa, không ra khơi.',
      priority: 'emergency',
      targetBodyId: await bodyIdByCode(t.handle, '08'),
    });
    expect(wide.statusCode, wide.body).toBe(201);
    const wideLink = `/broadcast/bulletins/${wide.json().bulletin.id}`;
    const told = await holders({ kind: 'emergency_bulletin', link: wideLink });
    expect(told).toEqual(expect.arrayContaining(['hoaan.daumoi', 'hoaan.truyenthanh']));
    expect(told).not.toEqual(expect.arrayContaining(['tq.dieuphoi']));
    expect(told.filter((u) => u.startsWith('tq.') || u === 'admin')).toEqual([]);
    const otherHasStation = await t.handle.db
      .selectFrom('broadcast_stations')
      .select('id')
      .where('body_id', '=', other)
      .executeTakeFirst();
    expect(told.includes('ngocduong.daumoi')).toBe(otherHasStation !== undefined);
    if (otherHasStation) expect((await otherFocal.get(apiOf(wideLink))).statusCode).toBe(200);
  });
});
