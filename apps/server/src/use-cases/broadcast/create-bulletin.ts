import { unsafeFindBody } from '@lantoa/db';
import { can, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { presentBulletin } from '../../presenters/bulletin.ts';
import { loadVisibleLibraryItem } from '../library/load-visible-library-item.ts';
import { emergencyBulletin } from '../notifications/notify.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { type BulletinInput, bulletinColumns, loadBulletinTarget } from './bulletin-input.ts';
import { loadVisibleBulletin } from './load-bulletin.ts';

/** A broadcaster writes a bulletin, or starts from a library item or a bulletin that reached them. */
export async function createBulletin(ctx: Context, input: BulletinInput) {
  const body = await unsafeFindBody(ctx.db, ctx.actor.bodyId);
  if (!body || !can(ctx.actor, 'broadcast', body.path)) throw notFound('bản tin');
  const target = await loadBulletinTarget(ctx, input.targetBodyId);
  if (input.sourceItemId) await loadVisibleLibraryItem(ctx, input.sourceItemId);
  if (input.sourceBulletinId) await loadVisibleBulletin(ctx, input.sourceBulletinId);
  const columns = bulletinColumns(input, vietnamToday());
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await insertAudited(trx, {
      table: 'bulletins',
      values: {
        body_id: body.id,
        ...columns,
        source_item_id: input.sourceItemId ?? null,
        source_bulletin_id: input.sourceBulletinId ?? null,
        created_by: ctx.actor.userId,
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'bulletin.create',
        entityType: 'bulletin',
        after: { ...input, title: columns.title, text: columns.text, validFrom: columns.valid_from },
      }),
    });
    if (input.priority === 'emergency')
      await emergencyBulletin(trx, {
        actorId: ctx.actor.userId,
        bulletin: { id: row.id, title: columns.title },
        target,
      });
    return row.id;
  });
  return presentBulletin(ctx, await loadVisibleBulletin(ctx, id));
}
