import { type Database, recordAudit } from '@lantoa/db';
import { spendingProblem, vietnamToday } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadEstimateForStep } from './estimate-access.ts';
import { reloadBudgetEstimate } from './get-budget-estimate.ts';

/** What was allocated to a line and spent of it, the line locked until the caller's transaction ends. */
async function lockLine(trx: Kysely<Database>, estimateId: string, lineId: string) {
  const line = await trx
    .selectFrom('budget_lines')
    .select(['id', 'description', 'allocated'])
    .where('id', '=', lineId)
    .where('estimate_id', '=', estimateId)
    .forUpdate()
    .executeTakeFirst();
  if (!line) return undefined;
  const spent = await trx
    .selectFrom('budget_spending')
    .select(sql<number>`coalesce(sum(amount), 0)`.as('n'))
    .where('line_id', '=', lineId)
    .executeTakeFirstOrThrow();
  return { ...line, allocated: Number(line.allocated ?? 0), spent: Number(spent.n) };
}

/**
 * The body records a payment against a line of its allocated estimate: never past what was allocated
 * to the line (409 saying how much is left), never dated after today. The line is locked while the
 * payment is checked and written, so two payments at once cannot both spend the last of it.
 */
export async function recordBudgetSpending(
  ctx: Context,
  id: string,
  input: { lineId: string; spentOn: string; amount: number; note: string },
) {
  const { row } = await loadEstimateForStep(ctx, id, 'spend');
  if (input.spentOn > vietnamToday()) {
    throw new AppError('invalid_input', 'Ngày chi không được sau hôm nay. Hãy nhập ngày đã chi.', 'spentOn');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const line = await lockLine(trx, id, input.lineId);
    if (!line) throw notFound('dòng kinh phí');
    const problem = spendingProblem(line, input.amount);
    if (problem) throw new AppError('conflict', problem.message, problem.field);
    const payment = await trx
      .insertInto('budget_spending')
      .values({
        line_id: line.id,
        spent_on: input.spentOn,
        amount: input.amount,
        note: input.note,
        recorded_by: ctx.actor.userId,
        created_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: row.body_id,
      action: 'budget.spend',
      entityType: 'budget_estimate',
      entityId: id,
      after: {
        paymentId: payment.id,
        lineId: line.id,
        spentOn: input.spentOn,
        amount: input.amount,
        note: input.note,
        spentBefore: line.spent,
      },
    });
  });
  return reloadBudgetEstimate(ctx, id);
}
