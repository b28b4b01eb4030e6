import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { libraryItemQuery } from '../../rows/library-item.ts';
import { libraryItemsVisibleTo } from './library-item-visibility.ts';

/** A visible library item, or 404 (missing and hidden alike). */
export async function loadVisibleLibraryItem(ctx: Context, id: string) {
  const row = await libraryItemQuery(ctx.db)
    .where('item.id', '=', id)
    .where(libraryItemsVisibleTo(ctx))
    .executeTakeFirst();
  if (!row) throw notFound('tài liệu');
  return row;
}
