import { bodiesOnPath, searchBodies } from '@lantoa/db';
import { can, scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentBody, presentBrief } from '../../presenters/present.ts';
import { loadReadableBody } from './get-body.ts';

/**
 * Diacritics-insensitive search in the actor's subtree, each hit with its readable path. Given
 * `withinId` (a plan's province, for its review), only that body's subtree is searched, still
 * intersected with the actor's scope; a body the actor may not read answers 404 like any other.
 */
export async function searchBodiesInScope(
  ctx: Context,
  query: string,
  limit: number,
  withinId?: string | undefined,
) {
  const within = withinId === undefined ? undefined : await loadReadableBody(ctx, withinId);
  const rows = await searchBodies(ctx.db, query, scopePaths(ctx.actor, 'readBody'), limit, {
    withinPath: within?.path,
  });
  return Promise.all(
    rows.map(async (row) => ({
      ...presentBody(row),
      path: (await bodiesOnPath(ctx.db, row.path))
        .filter((a) => a.id !== row.id && can(ctx.actor, 'readBody', a.path))
        .map(presentBrief),
    })),
  );
}
