import type { Database, PlanImportsTable } from '@lantoa/db';
import { IsolatedTaskError, IsolationLimitError, type IsolationLimits, runIsolated } from '@lantoa/media';
import type { PlanExtract } from '@lantoa/plan-parser';
import type { Kysely, Updateable } from 'kysely';
import type { ReadPlanInput } from '../../workers/read-plan.ts';
import { proposeTaskLinks } from './propose-task-links.ts';

/**
 * Reading and parsing run in a worker thread: a hostile document costs that worker, not the event
 * loop. A plan of a hundred pages reads in about a second and a few tens of MB.
 */
const READ_PLAN = { module: new URL('../../workers/read-plan.ts', import.meta.url), exportName: 'readPlan' };
const READ_PLAN_LIMITS: IsolationLimits = { timeoutMs: 30_000, maxHeapMb: 256, maxRssGrowthMb: 384 };

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
export async function readPlanImport(db: Kysely<Database>, importId: string): Promise<void> {
  const row = await db
    .selectFrom('plan_imports as i')
    .innerJoin('files as f', 'f.id', 'i.file_id')
    .innerJoin('bodies as b', 'b.id', 'i.body_id')
    .select(['i.status', 'i.parent_plan_id', 'f.content', 'f.name', 'b.path'])
    .where('i.id', '=', importId)
    .executeTakeFirst();
  if (!row || row.status === 'ready' || row.status === 'published') return;
  await setImport(db, importId, { status: 'parsing', progress: 20 });
  let read: { text: string; extract: PlanExtract };
  try {
    const input: ReadPlanInput = { bytes: new Uint8Array(row.content), name: row.name };
    read = await runIsolated(READ_PLAN, input, READ_PLAN_LIMITS);
  } catch (error) {
    // The reader's refusal (its message says what to do), or the worker stopped at a limit: the
    // import fails with the reason; anything else is a fault of ours, thrown for the job to retry.
    const message =
      error instanceof IsolatedTaskError && error.remote.name === 'PlanReadError'
        ? error.remote.message
        : error instanceof IsolationLimitError && error.reason !== 'crash'
          ? TOO_COMPLEX
          : null;
    if (message === null) throw error;
    await setImport(db, importId, { status: 'failed', progress: 100, error: message });
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
