import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import {
  LIBRARY_FORMATS,
  type MediaKind,
  makeThumbnail,
  probeDuration,
  type UploadLimits,
} from '@lantoa/media';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { inspectReceived } from '../files/inspect-received.ts';
import { type SpooledFile, storeFile, type UploadedFile } from '../files/store-file.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { getLibraryItem } from './get-library-item.ts';
import {
  cleanLibraryMetadata,
  type LibraryMetadata,
  libraryMetadataColumns,
  loadShareBody,
} from './library-metadata.ts';

/**
 * Uploads a product for the actor's body: the content decides its kind (hostile files are refused or
 * made safe), a thumbnail is drawn where possible; it waits for a coordinator's approval. An upload
 * comes as the temporary file it was received into: audio and video go from there to the storage
 * without ever being whole in memory.
 */
export async function uploadLibraryItem(
  ctx: Context,
  files: FileStorage,
  file: UploadedFile | SpooledFile,
  metadata: LibraryMetadata,
  limits: UploadLimits,
) {
  const body = await unsafeFindBody(ctx.db, ctx.actor.bodyId);
  if (!body || !can(ctx.actor, 'contributeLibrary', body.path)) throw notFound('thư viện');
  const m = cleanLibraryMetadata(metadata);
  await loadShareBody(ctx, body.path, m.shareBodyId);
  const { inspected, storable } = await inspectReceived(file, { accept: LIBRARY_FORMATS, limits });
  const [thumbnail, duration] = await Promise.all([
    makeThumbnail(inspected.source, inspected.kind, inspected.mediaType, limits.maxImagePixels),
    inspected.kind === 'audio' || inspected.kind === 'video'
      ? probeDuration(inspected.source, inspected.mediaType)
      : Promise.resolve(null),
  ]);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const stored = await storeFile(trx, files, body.id, ctx.actor.userId, storable);
    const thumb = thumbnail
      ? await storeFile(trx, files, body.id, ctx.actor.userId, {
          name: `${inspected.name}.webp`,
          mediaType: thumbnail.mediaType,
          bytes: thumbnail.bytes,
        })
      : null;
    const row = await insertAudited(trx, {
      table: 'library_items',
      values: {
        body_id: body.id,
        ...libraryMetadataColumns(m),
        // The library's formats are all of media kinds (images, PDF, Word, audio, video).
        media_kind: inspected.kind as MediaKind,
        file_id: stored.id,
        thumbnail_file_id: thumb?.id ?? null,
        duration_seconds: duration,
        created_by: ctx.actor.userId,
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'library.upload',
        entityType: 'library_item',
        after: { ...m, file: stored.name, mediaType: inspected.mediaType, size: stored.size },
      }),
    });
    return row.id;
  });
  return getLibraryItem(ctx, id);
}
