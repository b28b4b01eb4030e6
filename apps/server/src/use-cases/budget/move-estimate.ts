import type { Database } from '@lantoa/db';
import { type BudgetStep, budgetStatusAfter } from '@lantoa/domain';
import type { Kysely, Updateable } from 'kysely';
import type { Context } from '../../http/context.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { type EstimateRow, estimateAudit } from './estimate-row.ts';

/**
 * Moves an estimate on by `step` (its status after the step, the domain's rule) with the columns the
 * step sets, on the version the actor saw (409 stale otherwise), audited as `budget.<step>` in the
 * caller's transaction or one of its own.
 */
export function moveEstimate(
  db: Kysely<Database>,
  ctx: Context,
  row: EstimateRow,
  change: {
    step: Exclude<BudgetStep, 'update' | 'spend'>;
    version: number;
    set: Omit<Updateable<Database['budget_estimates']>, 'version' | 'status'>;
    /** What the audit adds to the estimate's status (a reason, a decision, the lines' outcome). */
    detail?: Record<string, unknown>;
  },
) {
  const status = budgetStatusAfter(change.step);
  return updateVersioned(db, {
    table: 'budget_estimates',
    id: row.id,
    version: change.version,
    what: 'Dự toán',
    set: { ...change.set, status },
    audit: (updated) => ({
      actorId: ctx.actor.userId,
      bodyId: row.body_id,
      action: `budget.${change.step}`,
      entityType: 'budget_estimate',
      before: { status: row.status },
      after: { ...estimateAudit(updated), ...change.detail },
    }),
  });
}
