import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { storedFileColumns } from '../files/stored-file.ts';
import { loadVisibleLibraryItem } from './load-visible-library-item.ts';

/** The WebP thumbnail of a visible item; 404 when none could be drawn. */
export async function getLibraryThumbnail(ctx: Context, id: string) {
  const row = await loadVisibleLibraryItem(ctx, id);
  if (!row.thumbnail_file_id) throw notFound('ảnh thu nhỏ');
  return ctx.db
    .selectFrom('files')
    .select(storedFileColumns)
    .where('id', '=', row.thumbnail_file_id)
    .executeTakeFirstOrThrow();
}
