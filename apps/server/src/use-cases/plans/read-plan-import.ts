import type { Database, PlanImportsTable } from '@lantoa/db';
import type { PlanExtract } from '@lantoa/plan-parser';
import type { Kysely, Updateable } from 'kysely';
import type { FileStorage } from '../../files/storage.ts';
import { readDocumentIsolated } from '../files/read-document-isolated.ts';
import { readWholeFile } from '../files/stored-file.ts';
import { proposeTaskLinks } from './propose-task-links.ts';

const TOO_COMPLEX =
  'Tài liệu quá lớn hoặc quá phức tạp để đọc tự động (vượt giới hạn thời gian hoặc bộ nhớ). Hãy gửi riêng phần kế hoạch dưới dạng .docx hoặc .txt rồi tải lên lại.';
const SYSTEM_FAILURE = 'Không đọc được tài liệu do lỗi hệ thống. Hãy thử tải lên lại hoặc báo quản trị viên.';

const setImport = (db: Kysely<Database>, id: string, values: Updateable<PlanImportsTable>) =>
  db
    .updateTable('plan_imports')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();

/**
 * Reads an uploaded plan into a draft extraction (the `plan.parse` job's work), its tasks linked to
 * the plan above it cites (proposeTaskLinks); an unreadable file ends the import with its reason.
 * Idempotent: run again, it finds the work done.
 */
export async function readPlanImport(
  db: Kysely<Database>,
  files: FileStorage,
  importId: string,
): Promise<void> {
  const row = await db
    .selectFrom('plan_imports as i')
    .innerJoin('files as f', 'f.id', 'i.file_id')
    .innerJoin('bodies as b', 'b.id', 'i.body_id')
    .select(['i.status', 'i.parent_plan_id', 'f.id as file_id', 'f.name', 'b.path'])
    .where('i.id', '=', importId)
    .executeTakeFirst();
  if (!row || row.status === 'ready' || row.status === 'published') return;
  await setImport(db, importId, { status: 'parsing', progress: 20 });
  // Read and parsed in a worker; a refused document ends the import with the reason, and a fault of
  // ours is thrown for the job to retry.
  const { read, refused } = await readDocumentIsolated<{ text: string; extract: PlanExtract }>(
    'readPlan',
    // The reader takes the document whole (in the worker): a plan is at most LANTOA_MAX_PLAN_MB.
    { bytes: await readWholeFile(files, row.file_id), name: row.name },
    TOO_COMPLEX,
  );
  if (!read) {
    await setImport(db, importId, { status: 'failed', progress: 100, error: refused });
    return;
  }
  // A plan based on a plan above: its tasks linked to their counterparts there, for the review.
  const linked = await proposeTaskLinks(db, read.extract, { path: row.path }, row.parent_plan_id);
  await setImport(db, importId, {
    status: 'ready',
    progress: 100,
    text: read.text,
    extract: JSON.stringify(linked.extract),
    parent_plan_id: linked.parentPlanId,
    error: null,
  });
}

/** Ends an import whose reading kept failing on our side, saying so, so it never stays "parsing". */
export async function giveUpPlanImport(db: Kysely<Database>, importId: string): Promise<void> {
  await setImport(db, importId, { status: 'failed', progress: 100, error: SYSTEM_FAILURE });
}
