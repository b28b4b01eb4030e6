import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { emergencyRecipientsOf, focalPointsOf, reportReviewersOf } from './recipients.ts';

// The notices the work sends, each written in the transaction of the change it reports (the caller's
// `trx`), so a change that rolls back tells nobody. Who receives each one is decided in recipients.ts.

export type NoticeKind =
  | 'report_submitted'
  | 'report_returned'
  | 'report_accepted'
  | 'work_assigned'
  | 'emergency_bulletin';

interface Notice {
  kind: NoticeKind;
  title: string;
  body: string;
  link: string;
  /** One notice per person and key: the same event written twice tells nobody twice. */
  dedupeKey: string;
}

async function notify(trx: Kysely<Database>, userIds: string[], notice: Notice, actorId: string) {
  // The person who made the change knows it already.
  const to = userIds.filter((id) => id !== actorId);
  if (to.length === 0) return 0;
  await trx
    .insertInto('notifications')
    .values(
      to.map((user_id) => ({
        user_id,
        kind: notice.kind,
        title: notice.title,
        body: notice.body,
        link: notice.link,
        dedupe_key: notice.dedupeKey,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .execute();
  return to.length;
}

/**
 * Marks resolved the notices whose cause this change removes: they stay listed as "handled" but leave
 * the unread count and the digest by themselves.
 */
function settle(trx: Kysely<Database>, kinds: string[], link: string) {
  return trx
    .updateTable('notifications')
    .set({ resolved_at: new Date() })
    .where('kind', 'in', kinds)
    .where('link', '=', link)
    .where('resolved_at', 'is', null)
    .execute();
}

export interface ReportEvent {
  actorId: string;
  report: { id: string; version: number };
  period: { id: string; label: string };
  plan: { number: string | null; body_path: string };
  body: { id: string; name: string; path: string };
}

export const reportLink = (periodId: string, bodyId: string) => `/reports/${periodId}/${bodyId}`;
const planName = (plan: { number: string | null }) => (plan.number ? `Kế hoạch ${plan.number}` : 'Kế hoạch');

/**
 * A body submitted its report: its reviewers are told; the body's "report missing" and "returned"
 * notices are settled (the report is in).
 */
export async function reportSubmitted(trx: Kysely<Database>, e: ReportEvent) {
  const link = reportLink(e.period.id, e.body.id);
  await settle(trx, ['report_missing', 'report_returned'], link);
  const reviewers = await reportReviewersOf(trx, e.plan.body_path);
  return notify(
    trx,
    reviewers,
    {
      kind: 'report_submitted',
      title: `Báo cáo chờ duyệt: ${e.body.name} — ${e.period.label.toLocaleLowerCase('vi')}`,
      body: `${planName(e.plan)}: hãy xem báo cáo rồi chấp nhận hoặc trả lại kèm ý kiến.`,
      link,
      dedupeKey: `report_submitted:${e.report.id}:${e.report.version}`,
    },
    e.actorId,
  );
}

/**
 * A reviewer returned, accepted or unlocked a report: the body's focal points are told (with the
 * reviewer's reason when it goes back to them); the reviewers' "waiting for review" notice is settled.
 */
export async function reportReviewed(
  trx: Kysely<Database>,
  e: ReportEvent & { transition: 'return' | 'accept' | 'unlock'; comment: string },
) {
  const link = reportLink(e.period.id, e.body.id);
  await settle(trx, ['report_submitted'], link);
  const period = e.period.label.toLocaleLowerCase('vi');
  const notice: Omit<Notice, 'link' | 'dedupeKey'> =
    e.transition === 'accept'
      ? {
          kind: 'report_accepted',
          title: `Báo cáo ${period} đã được chấp nhận`,
          body: `${planName(e.plan)}: báo cáo của ${e.body.name} đã được chấp nhận, không cần làm gì thêm.`,
        }
      : {
          kind: 'report_returned',
          title:
            e.transition === 'return'
              ? `Báo cáo ${period} bị trả lại`
              : `Báo cáo ${period} được mở lại để sửa`,
          body: `${e.transition === 'return' ? 'Ý kiến của người duyệt' : 'Lý do'}: «${e.comment}». Hãy sửa báo cáo của ${e.body.name} rồi gửi lại.`,
        };
  return notify(
    trx,
    await focalPointsOf(trx, e.body.path),
    { ...notice, link, dedupeKey: `${notice.kind}:${e.report.id}:${e.report.version}` },
    e.actorId,
  );
}

/** One change a plan's publication or amendment makes to a body's work. */
export interface WorkChange {
  assignmentId: string;
  taskRef: string;
  taskTitle: string;
  /** What changed, in words: "được giao chủ trì", "thời hạn mới 30/06/2026"… */
  what: string;
}

/**
 * A person's changes one line per task, in the plan's order: what changed and for how many of their
 * bodies ("được giao phối hợp (12 đơn vị)"), not one line per village.
 */
function byTask(changes: WorkChange[]) {
  const tasks = Map.groupBy(changes, (c) => c.taskRef);
  return [...tasks.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'vi', { numeric: true }))
    .map(([ref, ofTask]) => {
      const counts = Map.groupBy(ofTask, (c) => c.what);
      return {
        name: `${ref} ${ofTask[0]?.taskTitle ?? ''}`.trim(),
        what: [...counts.entries()]
          .map(([what, same]) => (same.length > 1 ? `${what} (${same.length} đơn vị)` : what))
          .join(', '),
      };
    });
}

/**
 * A plan was published or amended: the focal points of each body whose work it changed are told, one
 * notice per person and plan version however many of their bodies (the commune and its offices) it
 * touches; a single change leads to the assignment, several to the person's task list.
 */
export async function workChanged(
  trx: Kysely<Database>,
  e: {
    actorId: string;
    plan: { id: string; number: string | null; title: string; version: number };
    byBody: Map<string, { path: string; changes: WorkChange[] }>;
  },
) {
  const byPerson = new Map<string, WorkChange[]>();
  for (const { path, changes } of e.byBody.values()) {
    for (const userId of await focalPointsOf(trx, path)) {
      byPerson.set(userId, [...(byPerson.get(userId) ?? []), ...changes]);
    }
  }
  let told = 0;
  const fresh = e.plan.version === 1;
  for (const [userId, changes] of byPerson) {
    const [only] = changes;
    if (!only) continue;
    const tasks = byTask(changes);
    const lines = tasks
      .slice(0, 5)
      .map((task) => `${task.name}: ${task.what}`)
      .join('; ');
    const more = tasks.length > 5 ? ` và ${tasks.length - 5} nhiệm vụ khác` : '';
    told += await notify(
      trx,
      [userId],
      {
        kind: 'work_assigned',
        title:
          tasks.length === 1
            ? `${fresh ? 'Nhiệm vụ mới' : 'Nhiệm vụ thay đổi'}: ${tasks[0]?.name}`
            : `${planName(e.plan)}: ${tasks.length} ${fresh ? 'nhiệm vụ mới được giao' : 'nhiệm vụ được giao có thay đổi'}`,
        body: `${e.plan.title} — ${lines}${more}. Hãy xem thời hạn và cập nhật tiến độ.`,
        link: changes.length === 1 ? `/assignments/${only.assignmentId}` : '/my-tasks',
        dedupeKey: `work:${e.plan.id}:${e.plan.version}`,
      },
      e.actorId,
    );
  }
  return told;
}

/** An emergency bulletin: the broadcasters of every station it reaches and their communes' focal points. */
export async function emergencyBulletin(
  trx: Kysely<Database>,
  e: { actorId: string; bulletin: { id: string; title: string }; target: { path: string } },
) {
  return notify(
    trx,
    await emergencyRecipientsOf(trx, e.target.path),
    {
      kind: 'emergency_bulletin',
      title: `Bản tin khẩn cấp: ${e.bulletin.title}`,
      body: 'Hãy phát ngay trên hệ thống truyền thanh và ghi nhật ký phát.',
      link: `/broadcast/bulletins/${e.bulletin.id}`,
      dedupeKey: `emergency:${e.bulletin.id}`,
    },
    e.actorId,
  );
}
