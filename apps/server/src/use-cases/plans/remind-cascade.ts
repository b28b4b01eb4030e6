import { recordAudit } from '@lantoa/db';
import { can, formatIsoDate } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { reportLink } from '../notifications/notify.ts';
import { sendDigests } from '../notifications/scan-reminders.ts';
import type { OutgoingMail } from '../shared/outgoing-mail.ts';
import { withoutJit } from '../shared/without-jit.ts';
import { type CascadeFilter, cascadeRows, cascadeScope, reportMissing } from './list-cascade.ts';

/**
 * A coordinator of the plan's body reminds the communes and wards of the filtered cascade that have
 * not issued their plan, or not sent the report of the period in focus: a notification to each of
 * their focal points (accounts of the body that may update its tasks, as the report reminder picks
 * them), e-mailed when SMTP is set, on the audit trail in the same transaction. Reminding twice the
 * same day notifies nobody twice; the report notice shares the report reminder's key, so the two
 * buttons never tell one person the same thing the same day.
 */
export async function remindCascade(ctx: Context, planId: string, f: CascadeFilter, mail: OutgoingMail) {
  const scope = await cascadeScope(ctx, planId, f);
  const { plan, period, today } = scope;
  if (!can(ctx.actor, 'managePlans', plan.body_path)) throw notFound('kế hoạch');
  // Work counts matter here only to the "has overdue" filter.
  const rows = await withoutJit(ctx.db, (db) =>
    cascadeRows({ ...ctx, db }, f, scope, { work: f.status === 'has_overdue' }).execute(),
  );
  const notIssued = rows.filter((r) => !r.child_id).map((r) => r.body_id);
  const notReported = period ? rows.filter(reportMissing).map((r) => r.body_id) : [];
  const bodies = new Set([...notIssued, ...notReported]);
  const accounts = bodies.size
    ? await ctx.db
        .selectFrom('users as u')
        .innerJoin('role_grants as g', 'g.user_id', 'u.id')
        .select(['u.id', 'u.body_id'])
        .distinct()
        .where('u.body_id', 'in', [...bodies])
        .where('u.disabled', '=', false)
        .where('g.role', 'in', ['focal_point', 'coordinator', 'admin'])
        .execute()
    : [];
  const planName = plan.number ? `Kế hoạch số ${plan.number}` : `Kế hoạch «${plan.title}»`;
  const missingPlan = new Set(notIssued);
  const missingReport = new Set(notReported);
  const notices = accounts.flatMap((a) => [
    ...(missingPlan.has(a.body_id)
      ? [
          {
            user_id: a.id,
            kind: 'plan_missing',
            title: `Chưa ban hành kế hoạch thực hiện ${planName} của ${plan.body_name}`.normalize('NFC'),
            body: 'Hãy ban hành kế hoạch của đơn vị và liên kết với kế hoạch cấp trên.',
            link: `/plans/${plan.id}`,
            dedupe_key: `plan_missing:${plan.id}:${today}`,
          },
        ]
      : []),
    ...(period && missingReport.has(a.body_id)
      ? [
          {
            user_id: a.id,
            kind: 'report_missing',
            title: `Chưa gửi báo cáo ${period.label.toLocaleLowerCase('vi')} (hạn ${formatIsoDate(period.dueOn)})`,
            body: `${planName}: hãy hoàn thành và gửi báo cáo của đơn vị.`,
            link: reportLink(period.id, a.body_id),
            dedupe_key: `report_missing:${period.id}:${today}`,
          },
        ]
      : []),
  ]);
  const notified = await ctx.db.transaction().execute(async (trx) => {
    const written = notices.length
      ? await trx
          .insertInto('notifications')
          .values(notices)
          .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
          .returning('user_id')
          .execute()
      : [];
    const people = new Set(written.map((n) => n.user_id)).size;
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: plan.body_id,
      action: 'report.remind',
      entityType: 'plan',
      entityId: plan.id,
      after: {
        cascade: true,
        filter: { q: f.q ?? null, status: f.status ?? null },
        notIssued: notIssued.length,
        notReported: notReported.length,
        notified: people,
      },
    });
    return people;
  });
  if (mail.mailer) await sendDigests(ctx.db, mail.mailer, mail.publicUrl);
  return { bodies: bodies.size, notified };
}
