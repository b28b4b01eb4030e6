import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { loadAssignment } from '../tasks/load-assignment.ts';

const RASTER_IMAGES: [string, number[]][] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
  ['image/webp', [0x52, 0x49, 0x46, 0x46]],
];

/** A raster image type from the content itself, or null: only those are shown inline. */
export function sniffImage(bytes: Uint8Array): string | null {
  for (const [type, magic] of RASTER_IMAGES) if (magic.every((b, i) => bytes[i] === b)) return type;
  return null;
}

/**
 * A stored file, for those who may see what it belongs to: evidence follows its assignment (the
 * body, the task's leads, the plan's owners); a plan document follows the plan or its import.
 */
export async function readStoredFile(ctx: Context, id: string) {
  const file = await ctx.db
    .selectFrom('files as f')
    .innerJoin('bodies as b', 'b.id', 'f.body_id')
    .select(['f.id', 'f.name', 'f.size', 'f.content', 'b.path'])
    .where('f.id', '=', id)
    .executeTakeFirst();
  if (!file) throw notFound('tệp');
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
    allowed = !!a && (a.seesBody || a.leadsTask || a.seesPlanIssuer);
  }
  if (!allowed && planImport?.plan_id) {
    allowed = !!(await loadVisiblePlan(ctx, planImport.plan_id).catch(() => null));
  }
  if (!allowed) throw notFound('tệp');
  const content = new Uint8Array(file.content);
  return { name: file.name, size: file.size, content, imageType: sniffImage(content) };
}
