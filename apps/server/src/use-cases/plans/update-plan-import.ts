import { recordAudit } from '@lantoa/db';
import type { PlanExtract } from '@lantoa/plan-parser';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { BodyMapping } from './get-plan-import.ts';
import { loadPlanImport } from './load-plan-import.ts';

/** Saves the reviewer's corrections; a stale version (someone else saved) is refused with 409. */
export async function updatePlanImport(
  ctx: Context,
  id: string,
  input: { extract?: PlanExtract | undefined; mapping?: BodyMapping | undefined; version: number },
) {
  const { row } = await loadPlanImport(ctx, id);
  if (row.status !== 'ready') {
    throw new AppError('conflict', 'Bản nhập này không còn ở bước rà soát nên không sửa được.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('plan_imports')
      .set({
        ...(input.extract ? { extract: JSON.stringify(input.extract) } : {}),
        ...(input.mapping
          ? { mapping: JSON.stringify({ ...((row.mapping ?? {}) as BodyMapping), ...input.mapping }) }
          : {}),
        version: input.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) {
      throw new AppError(
        'stale_version',
        'Bản nhập vừa được người khác sửa. Hãy tải lại trang rồi sửa tiếp.',
      );
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: row.body_id,
      action: 'plan_import.update',
      entityType: 'plan_import',
      entityId: id,
      before: { extract: row.extract, mapping: row.mapping },
      after: { extract: input.extract ?? row.extract, mapping: input.mapping ?? row.mapping },
    });
  });
}
