import { type PlanExtract, withTimeframesRead } from '@lantoa/plan-parser';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { getPlanImport } from './get-plan-import.ts';
import { loadPlanImport } from './load-plan-import.ts';
import type { BodyMapping } from './task-work.ts';

/**
 * Saves the reviewer's corrections and answers the review as it now stands; a stale version (someone
 * else saved) is refused with 409. A time the reviewer wrote is read as a time in the document is.
 */
export async function updatePlanImport(
  ctx: Context,
  id: string,
  input: { extract?: PlanExtract | undefined; mapping?: BodyMapping | undefined; version: number },
) {
  const { row } = await loadPlanImport(ctx, id);
  // A time the reviewer wrote schedules its task as one read from the document does.
  const extract = input.extract && withTimeframesRead(input.extract);
  if (row.status !== 'ready') {
    throw new AppError('conflict', 'Bản nhập này không còn ở bước rà soát nên không sửa được.');
  }
  await updateVersioned(ctx.db, {
    table: 'plan_imports',
    id,
    version: input.version,
    what: 'Bản nhập',
    set: {
      ...(extract ? { extract: JSON.stringify(extract) } : {}),
      ...(input.mapping
        ? { mapping: JSON.stringify({ ...((row.mapping ?? {}) as BodyMapping), ...input.mapping }) }
        : {}),
      updated_at: new Date(),
    },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: row.body_id,
      action: 'plan_import.update',
      entityType: 'plan_import',
      before: { extract: row.extract, mapping: row.mapping },
      after: { extract: extract ?? row.extract, mapping: input.mapping ?? row.mapping },
    }),
  });
  return getPlanImport(ctx, id);
}
