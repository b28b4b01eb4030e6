import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { getEvent } from './get-event.ts';
import { loadManagedEvent } from './load-event.ts';

/** The organiser removes a model recorded by mistake, with its photo's stored bytes. */
export async function removeEventModel(ctx: Context, id: string, modelId: string) {
  const { event } = await loadManagedEvent(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
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
    const files = [removed.photo_file_id, removed.thumbnail_file_id].filter((f): f is string => f !== null);
    if (files.length > 0) await trx.deleteFrom('files').where('id', 'in', files).execute();
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
  });
  return getEvent(ctx, id);
}
