import type { Database } from '@lantoa/db';
import { addDays, formatIsoDate, vietnamToday } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Mailer } from '../../mail/mailer.ts';
import { activeOccurrences } from '../../rows/assignments.ts';
import { remindFeedbackDeadlines } from '../feedback/remind-feedback-deadlines.ts';
import { deleteOldResolvedNotices, resolveSettledNotices, stillStanding } from './settled-notices.ts';

interface NewNotification {
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  dedupe_key: string;
}

/**
 * Creates in-app notifications for open occurrences due within `daysBefore` days or overdue, for
 * the nearest accounts responsible for the assigned body (focal point, coordinator or administrator
 * with the deepest scope covering it), and for citizens' feedback near or past its deadline (its
 * handler's people, remind-feedback-deadlines.ts), then
 * e-mails each person one digest of what is new (the work's other notices with them). Notices whose
 * cause is gone are marked resolved first, and those resolved long ago deleted. Running it twice sends
 * nothing twice.
 */
export async function scanReminders(
  db: Kysely<Database>,
  options: { today?: string; daysBefore: number; mailer: Mailer | null; publicUrl: string },
) {
  const today = options.today ?? vietnamToday();
  const horizon = addDays(today, options.daysBefore);
  await resolveSettledNotices(db);
  await deleteOldResolvedNotices(db);
  const candidates = await activeOccurrences(db)
    .innerJoin('bodies as sb', (join) => join.on(sql<boolean>`b.path like sb.path || '%'`))
    .innerJoin('role_grants as g', 'g.scope_body_id', 'sb.id')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select([
      'o.id',
      'o.due_on',
      'o.label',
      'a.id as assignment_id',
      't.id as task_id',
      't.ref',
      't.title',
      'p.id as plan_id',
      'p.number',
      'u.id as user_id',
      'sb.depth',
    ])
    .where('o.completed_on', 'is', null)
    .where('o.due_on', '<=', horizon)
    // Work carried up from the body's own plan is reminded once, below, where it is recorded.
    .where('o.carried', '=', false)
    .where('u.disabled', '=', false)
    .where('g.role', 'in', ['focal_point', 'coordinator', 'admin'])
    .execute();
  // The nearest responsible accounts only: those whose scope is the deepest one covering the body
  // (a commune's focal point, not the provincial coordinator, for a task of the commune's office).
  const nearest = new Map<string, number>();
  for (const c of candidates) nearest.set(c.id, Math.max(nearest.get(c.id) ?? -1, c.depth));
  const seen = new Set<string>();
  const rows = candidates.filter((c) => {
    const key = `${c.id}|${c.user_id}`;
    if (c.depth !== nearest.get(c.id) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // One notification per person, task, due date and kind: a coordinator answering for 120 communes
  // gets "120 đơn vị chưa hoàn thành", not 120 notifications.
  const groups = Map.groupBy(rows, (r) => `${r.user_id}|${r.task_id}|${r.due_on}|${r.due_on < today}`);
  const fresh: NewNotification[] = [...groups.values()].map((group) => {
    const r = group[0] as (typeof rows)[number];
    const overdue = r.due_on < today;
    const kind = overdue ? 'overdue' : 'due_soon';
    const task = `${r.ref} ${r.title}`.trim();
    const many = group.length > 1 ? ` — ${group.length} đơn vị chưa hoàn thành` : '';
    return {
      user_id: r.user_id,
      kind,
      title: overdue
        ? `Quá hạn: ${task} (hạn ${formatIsoDate(r.due_on)})${many}`
        : `Sắp đến hạn ${formatIsoDate(r.due_on)}: ${task}${many}`,
      body: `Kế hoạch ${r.number ?? ''} — ${r.label}. Hãy cập nhật tiến độ và minh chứng.`.replace('  ', ' '),
      link:
        group.length > 1
          ? `/plans/${r.plan_id}?state=${overdue ? 'overdue' : 'in_progress'}`
          : `/assignments/${r.assignment_id}`,
      dedupe_key: `${kind}:${r.task_id}:${r.due_on}`,
    };
  });
  for (let i = 0; i < fresh.length; i += 500) {
    await db
      .insertInto('notifications')
      .values(fresh.slice(i, i + 500))
      // A resolved notice whose cause is back (the same task and due date open again) stands again,
      // as new: unread and mailed again. One still standing is left as it is.
      .onConflict((oc) =>
        oc
          .columns(['user_id', 'dedupe_key'])
          .doUpdateSet({ resolved_at: null, read_at: null, emailed_at: null })
          .where('notifications.resolved_at', 'is not', null),
      )
      .execute();
  }
  // Citizens' feedback routed to a body and not answered: its people are reminded of the deadline.
  const feedbackReminders = await remindFeedbackDeadlines(db, { today, daysBefore: options.daysBefore });
  const emailed = options.mailer ? await sendDigests(db, options.mailer, options.publicUrl) : 0;
  return { notifications: fresh.length, feedbackReminders, emailed };
}

/** The digest's sections, in the order they are read: what must be done now first. */
const DIGEST_SECTIONS: { heading: string; kinds: readonly string[] }[] = [
  { heading: 'Bản tin khẩn cấp cần phát ngay', kinds: ['emergency_bulletin'] },
  {
    heading: 'Báo cáo',
    kinds: ['report_returned', 'report_submitted', 'report_missing', 'report_accepted'],
  },
  { heading: 'Nhiệm vụ được giao hoặc thay đổi', kinds: ['work_assigned'] },
  { heading: 'Nhiệm vụ sắp đến hạn hoặc đã quá hạn', kinds: ['due_soon', 'overdue'] },
  {
    heading: 'Phản ánh, kiến nghị của người dân',
    kinds: [
      'feedback_overdue',
      'feedback_due_soon',
      'feedback_routed',
      'feedback_received',
      'feedback_answered',
    ],
  },
];
const REMINDER_KINDS = new Set(['due_soon', 'overdue']);

/** The plain-text digest of one person's new notices, grouped by section. */
export function digestMail(
  person: { full_name: string },
  items: { kind: string; title: string; body: string; link: string | null }[],
  publicUrl: string,
) {
  const known = new Set(DIGEST_SECTIONS.flatMap((section) => section.kinds));
  const sections = [
    ...DIGEST_SECTIONS,
    { heading: 'Thông báo khác', kinds: [...new Set(items.map((n) => n.kind))].filter((k) => !known.has(k)) },
  ]
    // Within a section, in the order of its kinds (what asks for action first), then oldest first.
    .map((section) => ({
      ...section,
      items: items
        .filter((n) => section.kinds.includes(n.kind))
        .sort((a, b) => section.kinds.indexOf(a.kind) - section.kinds.indexOf(b.kind)),
    }))
    .filter((section) => section.items.length > 0);
  const reminders = items.filter((n) => REMINDER_KINDS.has(n.kind)).length;
  const others = items.length - reminders;
  const counts = [
    reminders ? `${reminders} nhiệm vụ cần cập nhật` : '',
    others ? `${others} thông báo mới` : '',
  ].filter(Boolean);
  const onlyReminders = others === 0;
  const text = sections
    .map(
      (section) =>
        `${section.heading}:\n\n${section.items
          .map((n) => `- ${n.title}\n  ${n.body}\n  ${publicUrl}${n.link ?? ''}`)
          .join('\n\n')}`,
    )
    .join('\n\n');
  return {
    subject: `[Lan Tỏa] ${counts.join(' và ')}`,
    text: `Kính gửi ${person.full_name},\n\n${
      onlyReminders
        ? 'Các nhiệm vụ sau sắp đến hạn hoặc đã quá hạn:'
        : 'Lan Tỏa có các thông báo mới cho anh/chị:'
    }\n\n${text}\n\nMở đường dẫn để xem và xử lý. Thư này được gửi tự động, xin đừng trả lời.\n\nLan Tỏa`,
  };
}

/**
 * One e-mail per person listing the notifications not yet e-mailed whose cause still stands (a notice
 * resolved before the digest goes is not sent); marked only once sent.
 */
export async function sendDigests(db: Kysely<Database>, mailer: Mailer, publicUrl: string) {
  const pending = await db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['n.id', 'n.kind', 'n.title', 'n.body', 'n.link', 'u.id as user_id', 'u.email', 'u.full_name'])
    .where('n.emailed_at', 'is', null)
    .where('u.email', 'is not', null)
    .where('u.disabled', '=', false)
    .where('n.resolved_at', 'is', null)
    .where(stillStanding('n'))
    .orderBy('n.created_at')
    .execute();
  const byUser = Map.groupBy(pending, (n) => n.user_id);
  let sent = 0;
  for (const items of byUser.values()) {
    const first = items[0];
    if (!first?.email) continue;
    await mailer.send({ to: first.email, ...digestMail(first, items, publicUrl) });
    await db
      .updateTable('notifications')
      .set({ emailed_at: new Date() })
      .where(
        'id',
        'in',
        items.map((n) => n.id),
      )
      .execute();
    sent++;
  }
  return sent;
}
