import { recordAudit } from '@lantoa/db';
import { formatIsoDate, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { sendDigests } from '../notifications/scan-reminders.ts';
import type { OutgoingMail } from '../shared/outgoing-mail.ts';
import { completenessOf } from './get-completeness.ts';
import { loadPeriodToConsolidate } from './load-report.ts';

/**
 * A coordinator reminds the bodies that have not submitted a period's report: a notification to
 * each of their focal points (accounts of the body that may update its tasks), e-mailed when SMTP is
 * set, on the audit trail. Reminding twice the same day notifies nobody twice.
 */
export async function remindMissingReports(ctx: Context, periodId: string, mail: OutgoingMail) {
  const { period: row, plan } = await loadPeriodToConsolidate(ctx, periodId);
  const completeness = await completenessOf(ctx, row, plan);
  const waiting = completeness.bodies.filter((b) => b.timeliness === 'missing' || b.timeliness === 'not_due');
  if (waiting.length === 0) return { bodies: 0, notified: 0 };
  const accounts = await ctx.db
    .selectFrom('users as u')
    .innerJoin('role_grants as g', 'g.user_id', 'u.id')
    .select(['u.id', 'u.body_id'])
    .distinct()
    .where(
      'u.body_id',
      'in',
      waiting.map((b) => b.body.id),
    )
    .where('u.disabled', '=', false)
    .where('g.role', 'in', ['focal_point', 'coordinator', 'admin'])
    .execute();
  const today = vietnamToday();
  const period = completeness.period;
  await ctx.db.transaction().execute(async (trx) => {
    if (accounts.length) {
      await trx
        .insertInto('notifications')
        .values(
          accounts.map((a) => ({
            user_id: a.id,
            kind: 'report_missing',
            title: `Chưa gửi báo cáo ${period.label.toLocaleLowerCase('vi')} (hạn ${formatIsoDate(period.dueOn)})`,
            body: `Kế hoạch ${plan.number ?? ''}: hãy hoàn thành và gửi báo cáo của đơn vị.`.replace(
              '  ',
              ' ',
            ),
            link: `/reports/${period.id}/${a.body_id}`,
            dedupe_key: `report_missing:${period.id}:${today}`,
          })),
        )
        .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
        .execute();
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: plan.body_id,
      action: 'report.remind',
      entityType: 'reporting_period',
      entityId: period.id,
      after: { bodies: waiting.length, notified: accounts.length },
    });
  });
  if (mail.mailer) await sendDigests(ctx.db, mail.mailer, mail.publicUrl);
  return { bodies: waiting.length, notified: accounts.length };
}
