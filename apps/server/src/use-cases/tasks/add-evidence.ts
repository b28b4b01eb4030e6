import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { sniffImage } from '../files/read-stored-file.ts';
import { storeFile, type UploadedFile } from '../files/store-file.ts';
import { loadOccurrenceForUpdate } from './load-assignment.ts';

const EVIDENCE_FILE = /\.(jpe?g|png|gif|webp|pdf|docx?|xlsx?|pptx?|odt|ods|txt|csv|mp3|m4a|wav|mp4|webm)$/i;
const IMAGE_FILE = /\.(jpe?g|png|gif|webp)$/i;

/** Refuses files that are not documents, pictures, audio or video, and pictures that are not pictures. */
function assertEvidenceFile(file: UploadedFile) {
  if (file.bytes.byteLength === 0) {
    throw new AppError('invalid_input', 'Tệp minh chứng rỗng. Hãy chọn tệp khác.', 'file');
  }
  if (!EVIDENCE_FILE.test(file.name)) {
    throw new AppError(
      'invalid_input',
      'Chỉ nhận minh chứng là ảnh, văn bản (PDF, Word, Excel, PowerPoint), âm thanh hoặc video. Hãy chọn tệp khác.',
      'file',
    );
  }
  if (IMAGE_FILE.test(file.name) && !sniffImage(file.bytes)) {
    throw new AppError(
      'invalid_input',
      'Nội dung tệp không phải là ảnh như phần mở rộng cho biết. Hãy kiểm tra lại tệp.',
      'file',
    );
  }
}

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
  if ('file' in input) assertEvidenceFile(input.file);
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
