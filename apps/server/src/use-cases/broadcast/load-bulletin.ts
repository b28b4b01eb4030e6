import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { bulletinQuery } from '../../rows/bulletin.ts';
import { bulletinsVisibleTo } from './bulletin-visibility.ts';

/** A bulletin the actor sees, or 404 (missing and hidden alike). */
export async function loadVisibleBulletin(ctx: Context, id: string) {
  const row = await bulletinQuery(ctx.db)
    .where('bulletin.id', '=', id)
    .where(bulletinsVisibleTo(ctx))
    .executeTakeFirst();
  if (!row) throw notFound('bản tin');
  return row;
}

/** A bulletin the actor may change: one of a body they broadcast for; 404 otherwise. */
export async function loadEditableBulletin(ctx: Context, id: string) {
  const row = await loadVisibleBulletin(ctx, id);
  if (!can(ctx.actor, 'broadcast', row.body_path)) throw notFound('bản tin');
  return row;
}
