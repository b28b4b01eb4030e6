import type { libraryPushInput } from '@lantoa/api-contract/outputs';
import { recordAudit, unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadVisibleLibraryItem } from '../library/load-visible-library-item.ts';
import { inTransaction } from '../shared/in-transaction.ts';

/**
 * "Publish once, everywhere below": an approved library item is pushed to the bodies of the chosen
 * kinds under a body the actor communicates for; each gets a to-do to publish it on its channels and
 * tick where it did (`markPushDone`), and the sender follows completeness body by body, as reports.
 */
export async function pushLibraryItem(
  ctx: Context,
  itemId: string,
  input: z.output<typeof libraryPushInput>,
) {
  const item = await loadVisibleLibraryItem(ctx, itemId);
  const target = await unsafeFindBody(ctx.db, input.targetBodyId);
  if (!target || !can(ctx.actor, 'communicate', target.path)) throw notFound('đơn vị');
  if (item.status !== 'approved') {
    throw new AppError(
      'conflict',
      'Chỉ gửi xuống cơ sở được sản phẩm đã được duyệt. Hãy chờ duyệt rồi gửi lại.',
    );
  }
  return inTransaction(ctx.db, async (trx) => {
    const bodies = await trx
      .selectFrom('bodies')
      .select('id')
      .where('path', 'like', `${target.path}%`)
      .where('id', '<>', target.id)
      .where('kind', 'in', input.bodyKinds)
      .execute();
    if (bodies.length === 0) {
      throw new AppError(
        'invalid_input',
        `Dưới ${target.name} không có đơn vị nào thuộc các loại đã chọn. Hãy chọn đơn vị hoặc loại đơn vị khác.`,
        'bodyKinds',
      );
    }
    const push = await trx
      .insertInto('library_pushes')
      .values({
        item_id: item.id,
        // The body that asks: the one whose subtree is asked (its coordinator pushed it).
        body_id: target.id,
        target_body_id: target.id,
        due_on: input.dueOn,
        note: input.note ?? '',
        created_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('library_push_bodies')
      .values(bodies.map((b) => ({ push_id: push.id, body_id: b.id })))
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: target.id,
      action: 'library.push',
      entityType: 'library_push',
      entityId: push.id,
      after: {
        itemId: item.id,
        targetBodyId: target.id,
        bodyKinds: input.bodyKinds,
        dueOn: input.dueOn,
        bodies: bodies.length,
      },
    });
    return { id: push.id, bodies: bodies.length };
  });
}
