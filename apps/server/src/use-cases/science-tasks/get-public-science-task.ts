import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';
import { scienceTaskFiles } from '../../rows/science-task.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { disclosedScienceTasks } from './disclosed-science-tasks.ts';
import { unsafeScienceTaskFile } from './get-science-task-file.ts';

/** One answer for a task that is missing, unpublished, secret or of another site: nothing told apart. */
const notDisclosed = () =>
  new AppError('not_found', 'Không tìm thấy nhiệm vụ này trên trang công khai. Hãy kiểm tra lại đường dẫn.');

/** A disclosed task of a public home, with its files; "not found" for anything else. */
export async function getPublicScienceTask(db: Kysely<Database>, site: PublicSite, id: string) {
  const row = await disclosedScienceTasks(db, site).where('task.id', '=', id).executeTakeFirst();
  if (!row) throw notDisclosed();
  return { row, files: await scienceTaskFiles(db, [row.id]) };
}

/** A file of a disclosed task of a public home; "not found" unless the task is public right now. */
export async function getPublicScienceTaskFile(
  db: Kysely<Database>,
  site: PublicSite,
  id: string,
  fileId: string,
) {
  const row = await disclosedScienceTasks(db, site).where('task.id', '=', id).executeTakeFirst();
  if (!row) throw notDisclosed();
  return unsafeScienceTaskFile(db, row.id, fileId);
}
