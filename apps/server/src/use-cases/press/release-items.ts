import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadVisibleLibraryItem } from '../library/load-visible-library-item.ts';

/**
 * The library items a release carries, checked: each one the actor sees (404 otherwise, as for one
 * that does not exist) and not refused by its reviewers, since the release goes outside to the press.
 */
export async function checkedReleaseItems(ctx: Context, ids: readonly string[] | undefined) {
  const items: { id: string; title: string }[] = [];
  for (const id of new Set(ids ?? [])) {
    const item = await loadVisibleLibraryItem(ctx, id);
    if (item.status === 'rejected') {
      throw new AppError(
        'invalid_input',
        `Sản phẩm «${item.title}» đã bị từ chối duyệt nên không đính kèm thông cáo được. Hãy bỏ sản phẩm đó.`,
        'libraryItemIds',
      );
    }
    items.push({ id: item.id, title: item.title });
  }
  return items;
}

/** Attaches checked items (checkedReleaseItems) to a release, in the transaction that writes it. */
export async function attachItems(
  trx: Kysely<Database>,
  releaseId: string,
  items: readonly { id: string }[],
) {
  if (items.length === 0) return;
  await trx
    .insertInto('press_release_items')
    .values(items.map((item) => ({ release_id: releaseId, item_id: item.id })))
    .execute();
}

/** The items a release carries, by title. */
export const attachedItems = (db: Kysely<Database>, releaseId: string) =>
  db
    .selectFrom('press_release_items as attached')
    .innerJoin('library_items as item', 'item.id', 'attached.item_id')
    .select(['item.id', 'item.title'])
    .where('attached.release_id', '=', releaseId)
    .orderBy('item.title')
    .orderBy('item.id')
    .execute();
