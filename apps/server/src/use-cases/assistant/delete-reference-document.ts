import { recordAudit } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound, staleVersion } from '../../http/errors.ts';
import { inTransaction } from '../shared/in-transaction.ts';

/**
 * Removes a reference document (optimistic on version) by an actor who manages its body's plans;
 * its passages go with it, so the assistant stops quoting it at once. Its file is kept, as other
 * removed uploads' are.
 */
export async function deleteReferenceDocument(ctx: Context, id: string, version: number) {
  const before = await ctx.db
    .selectFrom('reference_documents as reference')
    .innerJoin('bodies as holder', 'holder.id', 'reference.body_id')
    .select(['reference.body_id', 'reference.title', 'reference.symbol', 'reference.file_id', 'holder.path'])
    .where('reference.id', '=', id)
    .executeTakeFirst();
  if (!before || !can(ctx.actor, 'managePlans', before.path)) throw notFound('văn bản tham khảo');
  await inTransaction(ctx.db, async (trx) => {
    const deleted = await trx
      .deleteFrom('reference_documents')
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    if (!deleted) throw staleVersion('Văn bản tham khảo');
    // knowledge_passages go with their source row (on delete cascade).
    await trx
      .deleteFrom('knowledge_sources')
      .where('kind', '=', 'reference')
      .where('source_id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: before.body_id,
      action: 'reference_document.delete',
      entityType: 'reference_document',
      entityId: id,
      before: { title: before.title, symbol: before.symbol, fileId: before.file_id },
    });
  });
}
