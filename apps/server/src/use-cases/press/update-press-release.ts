import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { getPressRelease } from './get-press-release.ts';
import { loadOwnPressRelease } from './load-press-release.ts';
import { type PressReleaseFields, pressReleaseColumns } from './press-release-input.ts';
import { attachItems, checkedReleaseItems } from './release-items.ts';

/**
 * Changes a draft (optimistic on `version`: sending moves it on too, so a draft sent meanwhile is
 * never changed afterwards). A sent release is what its recipients read: it stays as sent.
 */
export async function updatePressRelease(
  ctx: Context,
  id: string,
  input: PressReleaseFields & { version: number },
  publicUrl: string,
) {
  const release = await loadOwnPressRelease(ctx, id);
  if (release.status !== 'draft') {
    throw new AppError(
      'conflict',
      'Thông cáo đã gửi đi nên không sửa được nữa. Nếu cần đính chính, hãy viết một thông cáo mới.',
    );
  }
  const items = await checkedReleaseItems(ctx, input.libraryItemIds);
  const columns = pressReleaseColumns(input);
  const before = await ctx.db
    .selectFrom('press_release_items')
    .select('item_id')
    .where('release_id', '=', id)
    .execute();
  await ctx.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, {
      table: 'press_releases',
      id,
      version: input.version,
      what: 'Thông cáo báo chí',
      set: columns,
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: release.body_id,
        action: 'press_release.update',
        entityType: 'press_release',
        before: {
          title: release.title,
          body: release.body,
          topics: release.topics,
          libraryItemIds: before.map((b) => b.item_id),
        },
        after: { ...columns, libraryItemIds: items.map((i) => i.id) },
      }),
    });
    await trx.deleteFrom('press_release_items').where('release_id', '=', id).execute();
    await attachItems(trx, id, items);
  });
  return getPressRelease(ctx, id, publicUrl);
}
