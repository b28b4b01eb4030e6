import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { storeFile, type UploadedFile } from '../files/store-file.ts';
import { loadOccurrenceForUpdate } from './load-assignment.ts';

/** Adds a link or a file as evidence of an occurrence's progress. */
export async function addEvidence(
  ctx: Context,
  occurrenceId: string,
  input: { url: string } | { file: UploadedFile },
) {
  const { assignment } = await loadOccurrenceForUpdate(ctx, occurrenceId);
  if ('url' in input && !/^https?:\/\//i.test(input.url)) {
    throw new AppError(
      'invalid_input',
      'Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.',
      'url',
    );
  }
  if ('file' in input && input.file.bytes.byteLength === 0) {
    throw new AppError('invalid_input', 'Tệp minh chứng rỗng. Hãy chọn tệp khác.', 'file');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const file =
      'file' in input ? await storeFile(trx, assignment.row.body_id, ctx.actor.userId, input.file) : null;
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
