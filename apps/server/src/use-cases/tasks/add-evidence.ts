import { recordAudit } from '@lantoa/db';
import { EVIDENCE_FORMATS, type UploadLimits } from '@lantoa/media';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { inspectReceived } from '../files/inspect-received.ts';
import { type SpooledFile, storeFile, type UploadedFile } from '../files/store-file.ts';
import { loadOccurrenceForUpdate } from './load-assignment.ts';

/**
 * Adds a link or a file as evidence of an occurrence's progress. A file goes through the same content
 * inspection as library products (@lantoa/media): the kind from the content matched to the name,
 * pictures decoded within the megapixel cap, PDFs parsed for scripts and encryption, office archives
 * inflated within their caps; what is stored is the inspected file under its safe name and real type.
 */
export async function addEvidence(
  ctx: Context,
  files: FileStorage,
  occurrenceId: string,
  input: { url: string } | { file: UploadedFile | SpooledFile },
  limits: Partial<UploadLimits> = {},
) {
  const { assignment } = await loadOccurrenceForUpdate(ctx, occurrenceId);
  if ('url' in input && !/^https?:\/\//i.test(input.url)) {
    throw new AppError(
      'invalid_input',
      'Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.',
      'url',
    );
  }
  const inspected =
    'file' in input
      ? (await inspectReceived(input.file, { accept: EVIDENCE_FORMATS, limits })).storable
      : null;
  return ctx.db.transaction().execute(async (trx) => {
    const file = inspected
      ? await storeFile(trx, files, assignment.row.body_id, ctx.actor.userId, inspected)
      : null;
    const row = await trx
      .insertInto('evidence')
      .values({
        occurrence_id: occurrenceId,
        url: 'url' in input ? input.url : null,
        file_id: file?.id ?? null,
        created_by: ctx.actor.userId,
      })
      .returning(['id', 'url', 'file_id'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: assignment.row.body_id,
      action: 'evidence.add',
      entityType: 'occurrence',
      entityId: occurrenceId,
      after: { evidenceId: row.id, url: row.url, file: file ? { name: file.name, size: file.size } : null },
    });
    return {
      id: row.id,
      url: row.url,
      file: file ? { id: file.id, name: file.name, mediaType: file.media_type, size: file.size } : null,
    };
  });
}
