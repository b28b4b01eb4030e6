import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadDisplayableFile } from '../files/displayable-file.ts';
import { loadVisibleEvent } from './load-event.ts';

/**
 * A showcased model's photo (or its small webp), to whoever sees the event: invited bodies and the
 * bodies whose events hang under it too, which is why it is never served by `/api/files/:id` (the
 * reader of the organiser's files only).
 */
export async function readEventModelPhoto(
  ctx: Context,
  files: FileStorage,
  id: string,
  modelId: string,
  size: 'thumbnail' | 'full',
) {
  await loadVisibleEvent(ctx, id);
  const model = await ctx.db
    .selectFrom('event_models')
    .select(['photo_file_id', 'thumbnail_file_id'])
    .where('id', '=', modelId)
    .where('event_id', '=', id)
    .executeTakeFirst();
  if (!model) throw notFound('mô hình, sản phẩm');
  const fileId =
    size === 'thumbnail' ? (model.thumbnail_file_id ?? model.photo_file_id) : model.photo_file_id;
  return loadDisplayableFile(ctx.db, files, fileId, 'ảnh');
}
