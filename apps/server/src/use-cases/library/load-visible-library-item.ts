import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { libraryItemQuery, libraryItemsVisibleTo } from './library-item-query.ts';

/** A visible library item, or 404 (missing and hidden alike). */
export async function loadVisibleLibraryItem(ctx: Context, id: string) {
  const row = await libraryItemQuery(ctx.db)
    .where('item.id', '=', id)
    .where(libraryItemsVisibleTo(ctx))
    .executeTakeFirst();
  if (!row) throw notFound('tài liệu');
  return row;
}
