import { createHash } from 'node:crypto';
import { enqueueJob, unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import { inspectFile, PLAN_FORMATS } from '@lantoa/media';
import { MAX_XML_BYTES } from '@lantoa/plan-parser';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { storeFile, type UploadedFile } from '../files/store-file.ts';
import { uploadError } from '../files/upload-error.ts';
import { insertAudited } from '../shared/insert-audited.ts';

const PLAN_FILE = /\.(docx|pdf|txt)$/i;

/**
 * The plan document through @lantoa/media before it is stored: its kind from the content, a .docx
 * judged by what it really inflates to (its text part within the parser's cap, so the review's
 * 60 MB document.xml is refused here with a message), a PDF parsed for scripts and encryption.
 */
async function inspectPlanDocument(file: UploadedFile): Promise<UploadedFile> {
  const inspected = await inspectFile(
    { name: file.name, bytes: file.bytes, declaredType: file.mediaType },
    {
      accept: PLAN_FORMATS,
      limits: { maxDocumentBytes: file.bytes.byteLength + 1, maxZipPartBytes: MAX_XML_BYTES },
    },
  ).catch(uploadError);
  return { name: inspected.name, mediaType: inspected.mediaType, bytes: inspected.bytes };
}

/**
 * Stores an uploaded plan document for the body that issued it and queues its parsing; the draft
 * is reviewed before anything is published.
 */
export async function uploadPlanImport(
  ctx: Context,
  files: FileStorage,
  input: { bodyId: string; file: UploadedFile; amendsPlanId?: string | undefined },
) {
  const body = await unsafeFindBody(ctx.db, input.bodyId);
  if (!body || !can(ctx.actor, 'managePlans', body.path)) throw notFound('đơn vị');
  if (!PLAN_FILE.test(input.file.name)) {
    throw new AppError(
      'invalid_input',
      'Chỉ nhận tệp kế hoạch dạng .docx, .pdf hoặc .txt. Hãy chọn tệp khác.',
      'file',
    );
  }
  if (input.file.bytes.byteLength === 0) {
    throw new AppError('invalid_input', 'Tệp tải lên rỗng. Hãy chọn đúng tệp kế hoạch.', 'file');
  }
  const document = await inspectPlanDocument(input.file);
  if (input.amendsPlanId) {
    const plan = await ctx.db
      .selectFrom('plans')
      .select('body_id')
      .where('id', '=', input.amendsPlanId)
      .executeTakeFirst();
    if (!plan || plan.body_id !== body.id) throw notFound('kế hoạch');
  }
  const sha256 = createHash('sha256').update(document.bytes).digest('hex');
  const duplicate = await ctx.db
    .selectFrom('plan_imports as i')
    .innerJoin('files as f', 'f.id', 'i.file_id')
    .select(['i.id', 'i.status'])
    .where('i.body_id', '=', body.id)
    .where('f.sha256', '=', sha256)
    .where('i.status', '!=', 'failed')
    .executeTakeFirst();
  // The same document twice for the same body is a double submission, not a new plan (an amendment
  // may start from the same text and be corrected in review).
  if (duplicate && !input.amendsPlanId) {
    throw new AppError(
      'conflict',
      duplicate.status === 'published'
        ? 'Tài liệu này đã được nhập và công bố. Để sửa kế hoạch, hãy dùng «Sửa đổi kế hoạch» với văn bản mới.'
        : 'Tài liệu này đã được tải lên và đang chờ rà soát. Hãy mở bản nhập đó thay vì tải lại.',
      'file',
    );
  }
  return ctx.db.transaction().execute(async (trx) => {
    const file = await storeFile(trx, files, body.id, ctx.actor.userId, document);
    const row = await insertAudited(trx, {
      table: 'plan_imports',
      values: {
        body_id: body.id,
        file_id: file.id,
        amends_plan_id: input.amendsPlanId ?? null,
        created_by: ctx.actor.userId,
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'plan_import.upload',
        entityType: 'plan_import',
        after: { file: file.name, size: file.size, amendsPlanId: input.amendsPlanId ?? null },
      }),
    });
    await enqueueJob(trx, 'plan.parse', { importId: row.id });
    return { id: row.id, status: row.status, progress: row.progress };
  });
}
