import type { Database } from '@lantoa/db';
import { PlanReadError, parsePlanText, readPlanDocument } from '@lantoa/plan-parser';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { JobDefinition } from './worker.ts';

const setImport = (db: Kysely<Database>, id: string, values: Record<string, unknown>) =>
  db
    .updateTable('plan_imports')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();

/** Reads an uploaded plan into a draft extraction; an unreadable file ends the import with its reason. */
export const planParseJob: JobDefinition<{ importId: string }> = {
  kind: 'plan.parse',
  parse: (payload) => z.object({ importId: z.uuid() }).parse(payload),
  async handle(db, { importId }) {
    const row = await db
      .selectFrom('plan_imports as i')
      .innerJoin('files as f', 'f.id', 'i.file_id')
      .select(['i.status', 'f.content', 'f.name'])
      .where('i.id', '=', importId)
      .executeTakeFirst();
    // Idempotent: a retried job finds the work done.
    if (!row || row.status === 'ready' || row.status === 'published') return;
    await setImport(db, importId, { status: 'parsing', progress: 20 });
    try {
      const doc = await readPlanDocument(new Uint8Array(row.content), row.name);
      await setImport(db, importId, { progress: 70 });
      const extract = parsePlanText(doc.text);
      await setImport(db, importId, {
        status: 'ready',
        progress: 100,
        text: doc.text,
        extract: JSON.stringify(extract),
        error: null,
      });
    } catch (error) {
      if (!(error instanceof PlanReadError)) throw error;
      await setImport(db, importId, { status: 'failed', progress: 100, error: error.message });
    }
  },
  async onFinalFailure(db, { importId }) {
    await setImport(db, importId, {
      status: 'failed',
      progress: 100,
      error: 'Không đọc được tài liệu do lỗi hệ thống. Hãy thử tải lên lại hoặc báo quản trị viên.',
    });
  },
};
