import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadEstimateForStep } from './estimate-access.ts';
import { reloadBudgetEstimate } from './get-budget-estimate.ts';
import { moveEstimate } from './move-estimate.ts';

/**
 * The body sends its draft to the department that consolidates the plan's budget. An empty estimate
 * is refused; the reason of an earlier return is cleared, as the draft now answers it.
 */
export async function submitBudgetEstimate(ctx: Context, id: string, input: { version: number }) {
  const { row } = await loadEstimateForStep(ctx, id, 'submit');
  if (Number(row.line_count ?? 0) === 0) {
    throw new AppError('conflict', 'Dự toán chưa có dòng kinh phí nào. Hãy thêm ít nhất một dòng rồi gửi.');
  }
  await moveEstimate(ctx.db, ctx, row, {
    step: 'submit',
    version: input.version,
    set: { submitted_at: new Date(), return_reason: '' },
  });
  return reloadBudgetEstimate(ctx, id);
}
