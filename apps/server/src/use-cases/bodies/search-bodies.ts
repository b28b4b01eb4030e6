import { bodiesOnPath, searchBodies } from '@lantoa/db';
import { can, scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentBody, presentBrief } from '../../presenters/present.ts';

/** Diacritics-insensitive search in the actor's subtree, each hit with its readable path. */
export async function searchBodiesInScope(ctx: Context, query: string, limit: number) {
  const rows = await searchBodies(ctx.db, query, scopePaths(ctx.actor, 'readBody'), limit);
  return Promise.all(
    rows.map(async (row) => ({
      ...presentBody(row),
      path: (await bodiesOnPath(ctx.db, row.path))
        .filter((a) => a.id !== row.id && can(ctx.actor, 'readBody', a.path))
        .map(presentBrief),
    })),
  );
}
