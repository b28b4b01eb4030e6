import type { pushDoneInput } from '@lantoa/api-contract/outputs';
import { recordAudit } from '@lantoa/db';
import { can } from '@lantoa/domain';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { checkOutputReferences } from '../outputs/check-output-references.ts';
import { insertOutput } from '../outputs/insert-output.ts';
import { inTransaction } from '../shared/in-transaction.ts';

/**
 * A body asked to publish a pushed item says where it did: each place becomes an output of the
 * register (source 'push', the item reused), and the body's to-do is done from the first time. Ticking
 * again adds places; a place already recorded (its link) is not recorded twice.
 */
export async function markPushDone(ctx: Context, pushId: string, input: z.output<typeof pushDoneInput>) {
  const asked = await ctx.db
    .selectFrom('library_push_bodies as asked')
    .innerJoin('library_pushes as push', 'push.id', 'asked.push_id')
    .innerJoin('library_items as item', 'item.id', 'push.item_id')
    .innerJoin('bodies as body', 'body.id', 'asked.body_id')
    .select(['body.id as body_id', 'body.path', 'push.item_id', 'item.title', 'item.topics'])
    .where('asked.push_id', '=', pushId)
    .where('asked.body_id', '=', input.bodyId)
    .executeTakeFirst();
  if (!asked || !can(ctx.actor, 'communicate', asked.path)) throw notFound('sản phẩm cần đăng, phát');
  for (const place of input.places) await checkOutputReferences(ctx, asked.body_id, place, place.channelKind);
  return inTransaction(ctx.db, async (trx) => {
    let recorded = 0;
    for (const place of input.places) {
      const created = await insertOutput(trx, ctx.actor.userId, {
        ...place,
        bodyId: asked.body_id,
        title: asked.title,
        topics: asked.topics,
        libraryItemId: asked.item_id,
        pushId,
        source: 'push',
      });
      if (created) recorded += 1;
    }
    if (recorded === 0) {
      throw new AppError(
        'conflict',
        'Các nơi đăng, phát này đã được ghi nhận trước đó. Hãy ghi nơi khác nếu có.',
      );
    }
    const done = await trx
      .updateTable('library_push_bodies')
      .set({
        done_at: sql`coalesce(done_at, now())`,
        done_by: sql`coalesce(done_by, ${ctx.actor.userId}::uuid)`,
      })
      .where('push_id', '=', pushId)
      .where('body_id', '=', asked.body_id)
      .returning('done_at')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: asked.body_id,
      action: 'library.push_done',
      entityType: 'library_push',
      entityId: pushId,
      after: { places: input.places.length, recorded, doneAt: done.done_at },
    });
    return { outputs: recorded };
  });
}
