import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { budgetPlansOf } from './budget-plans.ts';
import { loadEstimateForStep } from './estimate-access.ts';
import { checkLineTasks, insertLines, type LineInput, linesAudit } from './estimate-lines.ts';
import { estimateAudit } from './estimate-row.ts';
import { reloadBudgetEstimate } from './get-budget-estimate.ts';

/**
 * The body corrects its draft (optimistic on version): the note and the lines, written again whole.
 * A draft's lines carry no appraisal or spending yet, so nothing is lost by rewriting them.
 */
export async function updateBudgetEstimate(
  ctx: Context,
  id: string,
  input: { note: string; lines: LineInput[]; version: number },
) {
  const { row } = await loadEstimateForStep(ctx, id, 'update');
  const [plan] = await budgetPlansOf(ctx.db, { id: row.body_id, path: row.body_path }, row.plan_id);
  if (!plan) throw notFound('kế hoạch');
  checkLineTasks(input.lines, plan.tasks);
  const before = await ctx.db
    .selectFrom('budget_lines')
    .select(['task_id as taskId', 'source', 'description', 'estimated'])
    .where('estimate_id', '=', id)
    .orderBy('position')
    .execute();
  await ctx.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, {
      table: 'budget_estimates',
      id,
      version: input.version,
      what: 'Dự toán',
      set: { note: input.note },
      audit: (updated) => ({
        actorId: ctx.actor.userId,
        bodyId: row.body_id,
        action: 'budget.update',
        entityType: 'budget_estimate',
        before: { ...estimateAudit(row), lines: linesAudit(before) },
        after: { ...estimateAudit(updated), lines: linesAudit(input.lines) },
      }),
    });
    await trx.deleteFrom('budget_lines').where('estimate_id', '=', id).execute();
    await insertLines(trx, id, input.lines);
  });
  return reloadBudgetEstimate(ctx, id);
}
