import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { storedFileColumns } from '../files/stored-file.ts';
import { loadReadableScienceTask } from './load-science-task.ts';

/** A file of a task, by the task it is attached to (the caller has checked who may read the task). */
export async function unsafeScienceTaskFile(db: Kysely<Database>, taskId: string, fileId: string) {
  const file = await db
    .selectFrom('science_task_files as attached')
    .innerJoin('files', 'files.id', 'attached.file_id')
    .select(storedFileColumns)
    .where('attached.science_task_id', '=', taskId)
    .where('attached.file_id', '=', fileId)
    .executeTakeFirst();
  if (!file) throw notFound('tệp');
  return file;
}

/** A file of a task the actor reads (secret tasks' files too, for those over the keeping body). */
export async function getScienceTaskFile(ctx: Context, id: string, fileId: string) {
  await loadReadableScienceTask(ctx, id);
  return unsafeScienceTaskFile(ctx.db, id, fileId);
}
