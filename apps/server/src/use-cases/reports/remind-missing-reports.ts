import { can, formatIsoDate, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { sendDigests } from '../notifications/scan-reminders.ts';
import { getCompleteness } from './get-completeness.ts';

/**
 * Reminds the bodies that have not submitted a period's report: a notification to each of their
 * focal points (accounts of the body that may update its tasks), e-mailed when SMTP is set.
 * Reminding twice the same day notifies nobody twice.
 */
export async function remindMissingReports(
  ctx: Context,
  periodId: string,
  mail: { mailer: Mailer | null; publicUrl: string },
) {
  const completeness = await getCompleteness(ctx, periodId);
  const plan = await ctx.db
    .selectFrom('reporting_periods as p')
    .innerJoin('plans as pl', 'pl.id', 'p.plan_id')
    .innerJoin('bodies as b', 'b.id', 'pl.body_id')
    .select(['pl.number', 'b.path'])
    .where('p.id', '=', periodId)
    .executeTakeFirstOrThrow();
  if (!can(ctx.actor, 'managePlans', plan.path)) throw notFound('kỳ báo cáo');
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
  if (accounts.length) {
    await ctx.db
      .insertInto('notifications')
      .values(
        accounts.map((a) => ({
          user_id: a.id,
          kind: 'report_missing',
          title: `Chưa gửi báo cáo ${period.label.toLocaleLowerCase('vi')} (hạn ${formatIsoDate(period.dueOn)})`,
          body: `Kế hoạch ${plan.number ?? ''}: hãy hoàn thành và gửi báo cáo của đơn vị.`.replace('  ', ' '),
          link: `/reports/${period.id}/${a.body_id}`,
          dedupe_key: `report_missing:${period.id}:${today}`,
        })),
      )
      .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
      .execute();
  }
  if (mail.mailer) await sendDigests(ctx.db, mail.mailer, mail.publicUrl);
  return { bodies: waiting.length, notified: accounts.length };
}
