import type { Context } from '../../http/context.ts';
import { planParseJob } from '../../jobs/plan-parse-job.ts';
import type { UploadedFile } from '../files/store-file.ts';
import { getPlanImport } from './get-plan-import.ts';
import { publishPlanImport } from './publish-plan-import.ts';
import { uploadPlanImport } from './upload-plan-import.ts';

export type { Context };

/** Below this the matcher's choice of a lead body needs a person's look before publishing. */
const AUTO_PUBLISH_CONFIDENCE = 0.8;

/**
 * One file of a batch import: upload, parse now, and (with `publish`) publish when every lead name
 * maps to a body with enough confidence; otherwise leave it for review in the web app.
 */
export async function importAndReview(
  ctx: Context,
  input: { bodyId: string; file: UploadedFile },
  publish: boolean,
) {
  const created = await uploadPlanImport(ctx, input);
  await planParseJob.handle(ctx.db, { importId: created.id });
  const draft = await getPlanImport(ctx, created.id);
  if (draft.status === 'failed' || !draft.extract) {
    return { status: 'failed' as const, importId: created.id, message: `không đọc được — ${draft.error}` };
  }
  const summary = `${draft.extract.tasks.length} nhiệm vụ, ${draft.extract.targets.length} chỉ tiêu`;
  const leads = new Set(draft.extract.tasks.flatMap((t) => t.lead));
  const unsure = draft.names.filter(
    (n) => leads.has(n.text) && (n.match.type === 'none' || n.match.confidence < AUTO_PUBLISH_CONFIDENCE),
  );
  if (!publish || unsure.length > 0) {
    const why = unsure.length ? `; cần rà soát: ${unsure.map((n) => n.text).join('; ')}` : '';
    return {
      status: 'ready' as const,
      importId: created.id,
      message: `đã đọc (${summary}), chờ rà soát /plan-imports/${created.id}${why}`,
    };
  }
  const published = await publishPlanImport(ctx, created.id, draft.version);
  return {
    status: 'published' as const,
    importId: created.id,
    message: `đã công bố (${summary}), kế hoạch ${published.planId}`,
  };
}
