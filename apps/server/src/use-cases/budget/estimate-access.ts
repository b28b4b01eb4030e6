import {
  type BudgetRole,
  type BudgetStep,
  budgetRolesOf,
  budgetStepAllowed,
  budgetStepIsFor,
  budgetStepRefusal,
  can,
  isFinanceDepartment,
  isWithin,
  provinceIdOf,
} from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type EstimateRow, unsafeFindEstimate } from './estimate-row.ts';

// Who may do what with a budget estimate: the one home of these rules (the pure rule is the domain's
// budgetRolesOf). Those who read the estimate's body read it (the body, those above it, the finance
// department over the province); the body's own people prepare it and record its spending; those
// above it on the plan issuer's side consolidate it and record the allocation; the province's finance
// department appraises it. Everyone else — another province above all — gets 404.

/** The actor's own body, which says whether they belong to the estimate's body or to finance. */
export const actorBodyOf = (ctx: Context) =>
  ctx.db
    .selectFrom('bodies')
    .select(['id', 'path', 'name', 'kind', 'parent_id'])
    .where('id', '=', ctx.actor.bodyId)
    .executeTakeFirstOrThrow();
export type ActorBody = Awaited<ReturnType<typeof actorBodyOf>>;

/** Whether the actor's body is the finance department of the province `path` lies in. */
export const ofFinanceOf = (body: ActorBody, path: string) =>
  isFinanceDepartment({ name: body.name, kind: body.kind, parentId: body.parent_id }, provinceIdOf(path));

/** The actor's roles at an estimate of the body at `bodyPath`, under a plan issued at `issuerPath`. */
export function budgetRolesAt(
  ctx: Context,
  actorBody: ActorBody,
  at: { bodyPath: string; issuerPath: string },
): Set<BudgetRole> {
  return budgetRolesOf({
    managesBody: can(ctx.actor, 'manageBudget', at.bodyPath),
    managesIssuer: can(ctx.actor, 'manageBudget', at.issuerPath),
    insideBody: isWithin(actorBody.path, at.bodyPath),
    administers: can(ctx.actor, 'manageUsers', at.bodyPath),
    ofFinance: ofFinanceOf(actorBody, at.bodyPath),
  });
}

export const missingEstimate = () => notFound('dự toán kinh phí');

/** An estimate the actor reads, with the actor's roles at it; 404 otherwise (missing and hidden alike). */
export async function loadReadableEstimate(
  ctx: Context,
  id: string,
): Promise<{ row: EstimateRow; roles: Set<BudgetRole> }> {
  const row = await unsafeFindEstimate(ctx.db, id);
  if (!row || !can(ctx.actor, 'readBody', row.body_path)) throw missingEstimate();
  const roles = budgetRolesAt(ctx, await actorBodyOf(ctx), {
    bodyPath: row.body_path,
    issuerPath: row.issuer_path,
  });
  return { row, roles };
}

/**
 * An estimate the actor may take `step` on now: 404 when the step is never theirs (a commune
 * appraising, a department that is not finance), 409 saying what to do when the estimate is not where
 * the step starts.
 */
export async function loadEstimateForStep(ctx: Context, id: string, step: BudgetStep) {
  const loaded = await loadReadableEstimate(ctx, id);
  if (!budgetStepIsFor(step, loaded.roles)) throw missingEstimate();
  if (!budgetStepAllowed(step, loaded.row.status, loaded.roles)) {
    throw new AppError('conflict', budgetStepRefusal(step, loaded.row.status));
  }
  return loaded;
}
