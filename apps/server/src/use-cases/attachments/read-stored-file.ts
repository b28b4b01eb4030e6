import { can } from '@lantoa/domain';
import { sql } from 'kysely';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { displayableFile } from '../files/displayable-file.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { loadAssignment } from '../tasks/load-assignment.ts';

/**
 * A stored file, for those who may see what it belongs to: evidence follows its assignment (the
 * body, the task's leads, the plan's owners); a plan document follows the plan or its import.
 */
export async function readStoredFile(ctx: Context, files: FileStorage, id: string) {
  const file = await ctx.db
    .selectFrom('files as f')
    .innerJoin('bodies as b', 'b.id', 'f.body_id')
    .select(['f.id', 'f.name', 'f.media_type as mediaType', 'f.size', 'f.sha256', 'b.path'])
    .where('f.id', '=', id)
    .executeTakeFirst();
  if (!file || (await servedByItsRecord(ctx, id))) throw notFound('tệp');
  const evidence = await ctx.db
    .selectFrom('evidence as e')
    .innerJoin('occurrences as o', 'o.id', 'e.occurrence_id')
    .select('o.assignment_id')
    .where('e.file_id', '=', id)
    .executeTakeFirst();
  const planImport = await ctx.db
    .selectFrom('plan_imports')
    .select(['plan_id'])
    .where('file_id', '=', id)
    .executeTakeFirst();
  let allowed = can(ctx.actor, 'readBody', file.path);
  if (!allowed && evidence) {
    const a = await loadAssignment(ctx, evidence.assignment_id).catch(() => null);
    allowed = !!a?.seesProgress;
  }
  if (!allowed && planImport?.plan_id) {
    allowed = !!(await loadVisiblePlan(ctx, planImport.plan_id).catch(() => null));
  }
  if (!allowed) throw notFound('tệp');
  const { path: _path, ...stored } = file;
  return displayableFile(files, stored);
}

/**
 * Files of the public section's records carry their own rule, stricter than reading the body they
 * are filed under (a citizen's photo, a scientist's proposal, a reported screenshot, a secret S&T
 * task's report), and so do the photos of an event's showcased models (read by whoever sees the
 * event, invited bodies included): they are read only through their record's route, never by id here.
 */
async function servedByItsRecord(ctx: Context, fileId: string): Promise<boolean> {
  const one = sql<number>`1`.as('one');
  const owner = await ctx.db
    .selectFrom('science_proposal_files')
    .select(one)
    .where('file_id', '=', fileId)
    .union(ctx.db.selectFrom('science_task_files').select(one).where('file_id', '=', fileId))
    .union(ctx.db.selectFrom('feedback').select(one).where('photo_file_id', '=', fileId))
    .union(ctx.db.selectFrom('misinformation_reports').select(one).where('screenshot_file_id', '=', fileId))
    .union(ctx.db.selectFrom('event_models').select(one).where('photo_file_id', '=', fileId))
    .union(ctx.db.selectFrom('event_models').select(one).where('thumbnail_file_id', '=', fileId))
    .executeTakeFirst();
  return owner !== undefined;
}
