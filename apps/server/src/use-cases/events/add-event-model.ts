import type { eventModelInput } from '@lantoa/api-contract/events';
import { recordAudit, unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import { inspectFile, makeThumbnail, type UploadLimits } from '@lantoa/media';
import type { z } from 'zod';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { storeFile, type UploadedFile } from '../files/store-file.ts';
import { uploadError } from '../files/upload-error.ts';
import { getEvent } from './get-event.ts';
import { loadManagedEvent } from './load-event.ts';

/** A model's photo: a picture as phones and cameras save them (no SVG: nothing drawn by script). */
export const MODEL_PHOTO_FORMATS = ['jpg', 'png', 'webp', 'gif'];

/** A photo of a stand is a phone's picture (2–6 MB): the library's limits, pictures capped at 10 MB. */
export const modelPhotoLimits = (limits: UploadLimits): UploadLimits => ({
  ...limits,
  maxImageBytes: Math.min(limits.maxImageBytes, 10 * 1024 * 1024),
});

/** A festival's stands, not a catalogue: more is the library's work. */
const MAX_MODELS = 200;

/**
 * The organiser records a model or product showcased: presented by a body of the tree (one the
 * person reads), or by a business or someone else by name, with an optional photo through the
 * library's media checks (the content decides; an oversized, corrupt or disguised file is refused in
 * Vietnamese and nothing is stored) and its thumbnail. Kept under the organiser.
 */
export async function addEventModel(
  ctx: Context,
  files: FileStorage,
  id: string,
  input: z.output<typeof eventModelInput>,
  photo: UploadedFile | null,
  limits: UploadLimits,
) {
  const { event } = await loadManagedEvent(ctx, id);
  if (event.status === 'cancelled') {
    throw new AppError('conflict', 'Sự kiện đã hủy nên không thêm mô hình, sản phẩm được.');
  }
  let presenterBodyId: string | null = null;
  let presenterName = input.presenterName;
  if (input.presenterKind === 'body') {
    if (!input.presenterBodyId) {
      throw new AppError('invalid_input', 'Hãy chọn đơn vị giới thiệu mô hình, sản phẩm.', 'presenterBodyId');
    }
    const body = await unsafeFindBody(ctx.db, input.presenterBodyId);
    if (!body || !can(ctx.actor, 'readBody', body.path)) throw notFound('đơn vị giới thiệu');
    presenterBodyId = body.id;
    presenterName = '';
  } else if (!presenterName) {
    throw new AppError(
      'invalid_input',
      input.presenterKind === 'business'
        ? 'Hãy nhập tên doanh nghiệp giới thiệu mô hình, sản phẩm.'
        : 'Hãy nhập tên tổ chức, cá nhân giới thiệu mô hình, sản phẩm.',
      'presenterName',
    );
  }
  const checked =
    photo && photo.bytes.byteLength > 0
      ? await inspectFile(
          { name: photo.name, bytes: photo.bytes, declaredType: photo.mediaType },
          { accept: MODEL_PHOTO_FORMATS, limits: modelPhotoLimits(limits) },
        ).catch(uploadError)
      : null;
  // Drawn before anything is stored: a picture that cannot be decoded is refused here.
  const thumbnail = checked
    ? await makeThumbnail(checked.bytes, checked.kind, checked.mediaType, limits.maxImagePixels).catch(
        uploadError,
      )
    : null;
  await ctx.db.transaction().execute(async (trx) => {
    // Counted under the event's row lock, so two additions at once cannot pass the limit together.
    await trx.selectFrom('events').select('id').where('id', '=', id).forUpdate().execute();
    const shown = await trx
      .selectFrom('event_models')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('event_id', '=', id)
      .executeTakeFirstOrThrow();
    if (Number(shown.n) >= MAX_MODELS) {
      throw new AppError(
        'conflict',
        `Mỗi sự kiện ghi tối đa ${MAX_MODELS} mô hình, sản phẩm. Hãy gỡ mục không cần trước khi thêm.`,
      );
    }
    const stored = checked
      ? await storeFile(trx, files, event.organiser_body_id, ctx.actor.userId, {
          name: checked.name,
          mediaType: checked.mediaType,
          bytes: checked.bytes,
        })
      : null;
    const thumb =
      checked && thumbnail
        ? await storeFile(trx, files, event.organiser_body_id, ctx.actor.userId, {
            name: `${checked.name}.webp`,
            mediaType: thumbnail.mediaType,
            bytes: thumbnail.bytes,
          })
        : null;
    const model = await trx
      .insertInto('event_models')
      .values({
        event_id: id,
        title: input.title,
        presenter_kind: input.presenterKind,
        presenter_body_id: presenterBodyId,
        presenter_name: presenterName,
        description: input.description,
        photo_file_id: stored?.id ?? null,
        thumbnail_file_id: thumb?.id ?? null,
        created_by: ctx.actor.userId,
        created_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: event.organiser_body_id,
      action: 'event.model',
      entityType: 'event',
      entityId: id,
      after: {
        model: {
          id: model.id,
          title: input.title,
          presenterKind: input.presenterKind,
          presenterBodyId,
          presenterName,
          photo: stored ? { id: stored.id, name: stored.name, size: stored.size } : null,
        },
      },
    });
  });
  return getEvent(ctx, id);
}
