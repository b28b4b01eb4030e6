import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import { inspectFile, PLAN_FORMATS } from '@lantoa/media';
import { MAX_XML_BYTES } from '@lantoa/plan-parser';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { storeFile, type UploadedFile } from '../files/store-file.ts';
import { uploadError } from '../files/upload-error.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { indexSource } from './index-source.ts';
import { readDocumentText } from './read-document-text.ts';
import { referenceDocumentQuery, referenceDocumentView } from './reference-document-view.ts';

const DOCUMENT_FILE = /\.(docx|pdf|txt)$/i;

/**
 * Stores a document the assistant may quote (the resolution, a programme) for a body, by an actor
 * who manages that body's plans: checked by @lantoa/media as a plan document is, its text read by
 * the plan reader in a worker; a file that is not a readable document is refused (400, in
 * Vietnamese) before anything is stored. Its passages are cut at once, after the commit.
 */
export async function uploadReferenceDocument(
  ctx: Context,
  files: FileStorage,
  input: { bodyId: string; title: string; symbol: string; file: UploadedFile },
) {
  const body = await unsafeFindBody(ctx.db, input.bodyId);
  if (!body || !can(ctx.actor, 'managePlans', body.path)) throw notFound('đơn vị');
  if (!DOCUMENT_FILE.test(input.file.name)) {
    throw new AppError(
      'invalid_input',
      'Chỉ nhận văn bản dạng .docx, .pdf hoặc .txt. Hãy chọn tệp khác.',
      'file',
    );
  }
  if (input.file.bytes.byteLength === 0) {
    throw new AppError('invalid_input', 'Tệp tải lên rỗng. Hãy chọn đúng tệp văn bản.', 'file');
  }
  const inspected = await inspectFile(
    { name: input.file.name, bytes: input.file.bytes, declaredType: input.file.mediaType },
    {
      accept: PLAN_FORMATS,
      limits: { maxDocumentBytes: input.file.bytes.byteLength + 1, maxZipPartBytes: MAX_XML_BYTES },
    },
  ).catch(uploadError);
  const read = await readDocumentText(inspected.bytes, inspected.name);
  if (read.refused !== null) throw new AppError('invalid_input', read.refused, 'file');
  const pages = read.text.includes('\f') ? read.text.split('\f').length : null;
  const created = await ctx.db.transaction().execute(async (trx) => {
    const file = await storeFile(trx, files, body.id, ctx.actor.userId, {
      name: inspected.name,
      mediaType: inspected.mediaType,
      bytes: inspected.bytes,
    });
    return insertAudited(trx, {
      table: 'reference_documents',
      values: {
        body_id: body.id,
        title: input.title,
        symbol: input.symbol,
        file_id: file.id,
        text: read.text,
        pages,
        created_by: ctx.actor.userId,
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'reference_document.upload',
        entityType: 'reference_document',
        after: {
          title: input.title,
          symbol: input.symbol,
          file: file.name,
          size: file.size,
          characters: read.text.length,
        },
      }),
    });
  });
  await indexSource(ctx.db, 'reference', created.id);
  return referenceDocumentView(
    await referenceDocumentQuery(ctx.db).where('reference.id', '=', created.id).executeTakeFirstOrThrow(),
    ctx.actor,
  );
}
