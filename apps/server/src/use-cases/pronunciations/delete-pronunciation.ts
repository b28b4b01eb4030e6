import { recordAudit } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound, staleVersion } from '../../http/errors.ts';
import { inTransaction } from '../shared/in-transaction.ts';
import { markRecordingsStale } from './mark-recordings-stale.ts';

/**
 * Removes an entry of a body's pronunciation list (optimistic on version): the word is read by the
 * rules again, or by a body above's entry, and the recordings that said it become stale.
 */
export async function deletePronunciation(ctx: Context, id: string, version: number) {
  const row = await ctx.db
    .selectFrom('pronunciations as pronunciation')
    .innerJoin('bodies as body', 'body.id', 'pronunciation.body_id')
    .select([
      'pronunciation.id',
      'pronunciation.written',
      'pronunciation.spoken',
      'pronunciation.body_id',
      'body.path as body_path',
    ])
    .where('pronunciation.id', '=', id)
    .executeTakeFirst();
  if (!row || !can(ctx.actor, 'broadcast', row.body_path)) throw notFound('cách đọc');
  await inTransaction(ctx.db, async (trx) => {
    const deleted = await trx
      .deleteFrom('pronunciations')
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    if (!deleted) throw staleVersion('Cách đọc');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: row.body_id,
      action: 'pronunciation.delete',
      entityType: 'pronunciation',
      entityId: id,
      before: { written: row.written, spoken: row.spoken },
    });
    await markRecordingsStale(trx, row.body_path, row.written);
  });
}
