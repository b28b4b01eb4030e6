import { recordAudit } from '@lantoa/db';
import { inspectFile, type UploadLimits } from '@lantoa/media';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { storeFile, type UploadedFile } from '../files/store-file.ts';
import { uploadError } from '../files/upload-error.ts';
import { reloadScienceTask } from './get-science-task.ts';
import { loadManagedScienceTask } from './load-science-task.ts';

/**
 * What a task's public page offers to download: documents (PDF, Word) and pictures. No SVG (a
 * picture that is also a document with script), no audio or video (the library is their place).
 */
export const SCIENCE_TASK_FORMATS = ['png', 'jpg', 'webp', 'gif', 'pdf', 'docx', 'doc'];

/** A task's files: a report, a summary, a few pictures; more is a library's work. */
const MAX_FILES = 20;

/**
 * Attaches a file to a task, through the library's media checks (the content decides the type;
 * hostile and oversized files are refused with a Vietnamese message); stored under the body that
 * keeps the task. A published task's file is public at once on its page.
 */
export async function attachScienceTaskFile(
  ctx: Context,
  files: FileStorage,
  id: string,
  file: UploadedFile,
  limits: UploadLimits,
) {
  const task = await loadManagedScienceTask(ctx, id);
  const inspected = await inspectFile(
    { name: file.name, bytes: file.bytes, declaredType: file.mediaType },
    { accept: SCIENCE_TASK_FORMATS, limits },
  ).catch(uploadError);
  await ctx.db.transaction().execute(async (trx) => {
    // Counted under the task's row lock, so two uploads at once cannot pass the limit together.
    await trx.selectFrom('science_tasks').select('id').where('id', '=', id).forUpdate().execute();
    const attached = await trx
      .selectFrom('science_task_files')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('science_task_id', '=', id)
      .executeTakeFirstOrThrow();
    if (Number(attached.n) >= MAX_FILES) {
      throw new AppError(
        'conflict',
        `Mỗi nhiệm vụ đính kèm tối đa ${MAX_FILES} tệp. Hãy gỡ tệp không cần trước khi thêm.`,
        'file',
      );
    }
    const stored = await storeFile(trx, files, task.body_id, ctx.actor.userId, {
      name: inspected.name,
      mediaType: inspected.mediaType,
      bytes: inspected.bytes,
    });
    await trx
      .insertInto('science_task_files')
      .values({ science_task_id: id, file_id: stored.id, created_at: new Date() })
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: task.body_id,
      action: 'science_task.attach',
      entityType: 'science_task',
      entityId: id,
      after: { fileId: stored.id, name: stored.name, mediaType: stored.media_type, size: stored.size },
    });
  });
  return reloadScienceTask(ctx, id);
}
