import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { staleVersion } from '../../http/errors.ts';
import { outputView } from '../../rows/output.ts';
import { inTransaction } from '../shared/in-transaction.ts';
import { loadEditableOutput } from './load-editable-output.ts';

/**
 * Removes an output recorded by mistake (optimistic on version), its whole record kept in the audit
 * entry. A feed's item deleted here is recorded again at the next read only if it is still in the
 * feed: deleting is for mistakes, not for hiding what was published.
 */
export async function deleteOutput(ctx: Context, id: string, version: number) {
  const before = await loadEditableOutput(ctx, id);
  await inTransaction(ctx.db, async (trx) => {
    const deleted = await trx
      .deleteFrom('outputs')
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    if (!deleted) throw staleVersion('Sản phẩm');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: before.body_id,
      action: 'output.delete',
      entityType: 'output',
      entityId: id,
      before: outputView(before),
    });
  });
}
