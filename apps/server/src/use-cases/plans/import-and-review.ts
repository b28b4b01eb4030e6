import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import type { UploadedFile } from '../files/store-file.ts';
import { draftOf } from './get-plan-import.ts';
import { loadPlanImport } from './load-plan-import.ts';
import { publishPlanImport } from './publish-plan-import.ts';
import { readPlanImport } from './read-plan-import.ts';
import { uploadPlanImport } from './upload-plan-import.ts';

export type { Context };

/** Below this the matcher's choice of a lead body needs a person's look before publishing. */
const AUTO_PUBLISH_CONFIDENCE = 0.8;

/** What became of one file of a batch; the caller says it in its own words. */
export type ImportOutcome =
  | { status: 'failed'; importId: string; error: string | null }
  | {
      status: 'ready';
      importId: string;
      tasks: number;
      targets: number;
      /** Lead names the matcher placed with too little confidence (or not at all), or only above the issuer. */
      unsure: string[];
    }
  | { status: 'published'; importId: string; tasks: number; targets: number; planId: string };

/**
 * One file of a batch import: upload, read now (not through the job queue), and (with `publish`)
 * publish when every lead name maps to a body with enough confidence; otherwise leave it for review
 * in the web app.
 */
export async function importAndReview(
  ctx: Context,
  files: FileStorage,
  input: { bodyId: string; file: UploadedFile },
  publish: boolean,
): Promise<ImportOutcome> {
  const created = await uploadPlanImport(ctx, files, input);
  await readPlanImport(ctx.db, files, created.id);
  const loaded = await loadPlanImport(ctx, created.id);
  const { extract, names, mapping, upperBodyIds } = await draftOf(ctx, loaded);
  if (loaded.row.status === 'failed' || !extract) {
    return { status: 'failed', importId: created.id, error: loaded.row.error };
  }
  const counts = { tasks: extract.tasks.length, targets: extract.targets.length };
  const leads = new Set(extract.tasks.flatMap((t) => t.lead));
  const unsure = names
    .filter(
      (n) => leads.has(n.text) && (n.match.type === 'none' || n.match.confidence < AUTO_PUBLISH_CONFIDENCE),
    )
    .map((n) => n.text);
  // A task led only from above (bodies outside the issuer's subtree) needs a lead within it.
  const upper = new Set(upperBodyIds);
  for (const task of extract.tasks) {
    const ledWithin = task.lead.some((name) => (mapping[name] ?? []).some((bodyId) => !upper.has(bodyId)));
    if (!ledWithin) unsure.push(...task.lead.filter((name) => !unsure.includes(name)));
  }
  if (!publish || unsure.length > 0) {
    return { status: 'ready', importId: created.id, ...counts, unsure };
  }
  const published = await publishPlanImport(ctx, created.id, loaded.row.version);
  return { status: 'published', importId: created.id, ...counts, planId: published.planId };
}
