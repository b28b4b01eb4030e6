import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadReportContext } from './load-report.ts';

type Transition = 'submit' | 'return' | 'accept' | 'unlock';

// Draft → submitted → returned (with comments) or accepted; an accepted report is locked until a
// coordinator unlocks it with a reason, which sends it back to the body as returned.
const RULES: Record<
  Transition,
  { from: string[]; to: 'submitted' | 'returned' | 'accepted'; who: 'edit' | 'review' }
> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', who: 'edit' },
  return: { from: ['submitted'], to: 'returned', who: 'review' },
  accept: { from: ['submitted'], to: 'accepted', who: 'review' },
  unlock: { from: ['accepted'], to: 'returned', who: 'review' },
};

export async function changeReportStatus(
  ctx: Context,
  periodId: string,
  bodyId: string,
  input: { transition: Transition; comment?: string | undefined; version: number },
) {
  const { body, report, abilities } = await loadReportContext(ctx, periodId, bodyId);
  const rule = RULES[input.transition];
  if (!abilities[rule.who]) throw notFound('báo cáo');
  if (!report) throw new AppError('conflict', 'Báo cáo chưa được lập. Hãy lưu báo cáo trước khi gửi.');
  if (!rule.from.includes(report.status)) {
    throw new AppError(
      'conflict',
      `Không thể thực hiện thao tác này khi báo cáo đang ở trạng thái «${report.status}». Hãy tải lại trang.`,
    );
  }
  const comment = input.comment?.trim().normalize('NFC') ?? '';
  if ((input.transition === 'return' || input.transition === 'unlock') && !comment) {
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
    const updated = await trx
      .updateTable('reports')
      .set({
        status: rule.to,
        version: input.version + 1,
        updated_at: now,
        ...(input.transition === 'submit'
          ? { submitted_at: now, submitted_by: ctx.actor.userId }
          : { reviewed_at: now, reviewed_by: ctx.actor.userId, review_comment: comment || null }),
      })
      .where('id', '=', report.id)
      .where('version', '=', input.version)
      .returning(['id', 'status', 'version'])
      .executeTakeFirst();
    if (!updated) {
      throw new AppError('stale_version', 'Báo cáo vừa được người khác thay đổi. Hãy tải lại trang.');
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: `report.${input.transition}`,
      entityType: 'report',
      entityId: report.id,
      before: { status: report.status },
      after: { status: rule.to, ...(comment ? { comment } : {}) },
    });
    return updated;
  });
}
