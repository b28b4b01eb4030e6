import { canTransition, REPORT_TRANSITION_RULES, type ReportTransition } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { reportReviewed, reportSubmitted } from '../notifications/notify.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadReportContext } from './load-report.ts';

/**
 * Moves a report along its life (the domain's REPORT_TRANSITION_RULES): the body submits, its
 * reviewer returns (with comments), accepts, or unlocks an accepted report with a reason.
 */
export async function changeReportStatus(
  ctx: Context,
  periodId: string,
  bodyId: string,
  input: { transition: ReportTransition; comment?: string | undefined; version: number },
) {
  const { period, plan, body, report, abilities } = await loadReportContext(ctx, periodId, bodyId);
  const rule = REPORT_TRANSITION_RULES[input.transition];
  if (!abilities[rule.who]) throw notFound('báo cáo');
  if (!report) throw new AppError('conflict', 'Báo cáo chưa được lập. Hãy lưu báo cáo trước khi gửi.');
  if (!canTransition(report.status, input.transition)) {
    throw new AppError(
      'conflict',
      `Không thể thực hiện thao tác này khi báo cáo đang ở trạng thái «${report.status}». Hãy tải lại trang.`,
    );
  }
  const comment = input.comment?.trim().normalize('NFC') ?? '';
  if (rule.needsComment && !comment) {
    throw new AppError(
      'invalid_input',
      input.transition === 'unlock'
        ? 'Hãy nêu lý do mở khóa báo cáo.'
        : 'Hãy ghi ý kiến để đơn vị biết cần sửa gì.',
      'comment',
    );
  }
  const now = new Date();
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await updateVersioned(trx, {
      table: 'reports',
      id: report.id,
      version: input.version,
      what: 'Báo cáo',
      set: {
        status: rule.to,
        updated_at: now,
        ...(input.transition === 'submit'
          ? { submitted_at: now, submitted_by: ctx.actor.userId }
          : { reviewed_at: now, reviewed_by: ctx.actor.userId, review_comment: comment || null }),
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: `report.${input.transition}`,
        entityType: 'report',
        before: { status: report.status },
        after: { status: rule.to, ...(comment ? { comment } : {}) },
      }),
    });
    // Those who act next are told in the same transaction: the reviewers of a submitted report, the
    // body's focal points of a review.
    const event = {
      actorId: ctx.actor.userId,
      report: { id: updated.id, version: updated.version },
      period,
      plan,
      body,
    };
    if (input.transition === 'submit') await reportSubmitted(trx, event);
    else await reportReviewed(trx, { ...event, transition: input.transition, comment });
    return { id: updated.id, status: updated.status, version: updated.version };
  });
}
