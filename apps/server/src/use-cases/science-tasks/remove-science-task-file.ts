import { recordAudit } from '@lantoa/db';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { deleteStoredBytes } from '../files/store-file.ts';
import { loadManagedScienceTask } from './load-science-task.ts';

/**
 * Removes a file attached by mistake (it leaves the public page at once) and its stored bytes,
 * audited as a change of the task with the file's name.
 */
export async function removeScienceTaskFile(ctx: Context, files: FileStorage, id: string, fileId: string) {
  const task = await loadManagedScienceTask(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('science_task_files')
      .where('science_task_id', '=', id)
      .where('file_id', '=', fileId)
      .returning('file_id')
      .executeTakeFirst();
    if (!removed) throw notFound('tệp');
    const file = await trx
      .deleteFrom('files')
      .where('id', '=', fileId)
      .returning(['name', 'media_type', 'size'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: task.body_id,
      action: 'science_task.update',
      entityType: 'science_task',
      entityId: id,
      before: { file: { id: fileId, name: file.name, mediaType: file.media_type, size: file.size } },
      after: { file: null },
    });
  });
  // The bytes go once the row is gone for good (a rolled-back removal keeps them).
  await deleteStoredBytes(files, [fileId]);
}
