import { type AppraisalOutcome, appraiseLine } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadEstimateForStep } from './estimate-access.ts';
import { reloadBudgetEstimate } from './get-budget-estimate.ts';
import { moveEstimate } from './move-estimate.ts';

export interface LineAppraisal {
  id: string;
  outcome: AppraisalOutcome;
  approved?: number | null | undefined;
  reason: string;
}

/**
 * The province's finance department appraises every line of a consolidated estimate at once:
 * approved as estimated, reduced to a smaller amount with a reason, or refused with a reason. A line
 * left out, named twice or not of this estimate is refused with what to fix; the outcome is kept with
 * the line and the estimate is appraised.
 */
export async function appraiseBudgetEstimate(
  ctx: Context,
  id: string,
  input: { lines: LineAppraisal[]; version: number },
) {
  const { row } = await loadEstimateForStep(ctx, id, 'appraise');
  const lines = await ctx.db
    .selectFrom('budget_lines')
    .select(['id', 'description', 'estimated'])
    .where('estimate_id', '=', id)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const byId = new Map(input.lines.map((line, index) => [line.id, { line, index }]));
  if (byId.size !== input.lines.length) {
    throw new AppError(
      'invalid_input',
      'Mỗi dòng chỉ thẩm định một lần. Hãy tải lại trang rồi thẩm định lại.',
      'lines',
    );
  }
  const unknown = input.lines.findIndex((line) => !lines.some((own) => own.id === line.id));
  if (unknown >= 0) {
    throw new AppError(
      'invalid_input',
      'Có dòng không thuộc dự toán này. Hãy tải lại trang rồi thẩm định lại.',
      `lines.${unknown}.id`,
    );
  }
  const outcomes = lines.map((own, position) => {
    const given = byId.get(own.id);
    if (!given) {
      throw new AppError(
        'invalid_input',
        `Hãy thẩm định tất cả các dòng: dòng ${position + 1} («${own.description}») chưa có kết quả.`,
        'lines',
      );
    }
    const checked = appraiseLine(Number(own.estimated), given.line);
    if ('message' in checked) {
      throw new AppError(
        'invalid_input',
        `Dòng ${position + 1} («${own.description}»): ${checked.message}`,
        `lines.${given.index}.${checked.field}`,
      );
    }
    return { id: own.id, outcome: given.line.outcome, ...checked };
  });
  await ctx.db.transaction().execute(async (trx) => {
    await moveEstimate(trx, ctx, row, {
      step: 'appraise',
      version: input.version,
      set: { appraised_at: new Date(), appraised_by: ctx.actor.userId, return_reason: '' },
      detail: {
        lines: outcomes.map((o) => ({
          id: o.id,
          outcome: o.outcome,
          approved: o.approved,
          reason: o.reason,
        })),
      },
    });
    for (const o of outcomes) {
      await trx
        .updateTable('budget_lines')
        .set({ appraisal: o.outcome, approved: o.approved, appraisal_reason: o.reason })
        .where('id', '=', o.id)
        .execute();
    }
  });
  return reloadBudgetEstimate(ctx, id);
}
