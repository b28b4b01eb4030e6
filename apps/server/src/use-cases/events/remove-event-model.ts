import { recordAudit } from '@lantoa/db';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { deleteStoredBytes } from '../files/store-file.ts';
import { getEvent } from './get-event.ts';
import { loadManagedEvent } from './load-event.ts';

/** The organiser removes a model recorded by mistake, with its photo's stored bytes. */
export async function removeEventModel(ctx: Context, files: FileStorage, id: string, modelId: string) {
  const { event } = await loadManagedEvent(ctx, id);
  const removedFiles = await ctx.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('event_models')
      .where('id', '=', modelId)
      .where('event_id', '=', id)
      .returning([
        'title',
        'presenter_kind',
        'presenter_body_id',
        'presenter_name',
        'photo_file_id',
        'thumbnail_file_id',
      ])
      .executeTakeFirst();
    if (!removed) throw notFound('mô hình, sản phẩm');
    const fileIds = [removed.photo_file_id, removed.thumbnail_file_id].filter((f): f is string => f !== null);
    if (fileIds.length > 0) await trx.deleteFrom('files').where('id', 'in', fileIds).execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: event.organiser_body_id,
      action: 'event.model',
      entityType: 'event',
      entityId: id,
      before: {
        model: {
          id: modelId,
          title: removed.title,
          presenterKind: removed.presenter_kind,
          presenterBodyId: removed.presenter_body_id,
          presenterName: removed.presenter_name,
          photoFileId: removed.photo_file_id,
        },
      },
      after: { model: null },
    });
    return fileIds;
  });
  // The bytes go once the rows are gone for good (a rolled-back removal keeps them).
  await deleteStoredBytes(files, removedFiles);
  return getEvent(ctx, id);
}
