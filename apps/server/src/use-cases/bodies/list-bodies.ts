import { bodiesOnPath, listBodiesByIds, listChildren, searchBodies } from '@lantoa/db';
import { can, scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentBody, presentBrief } from '../../presenters/present.ts';
import { loadReadableBody } from './get-body.ts';

/** The top of what the actor may read: one body per outermost scope. */
export async function listRootBodies(ctx: Context) {
  const paths = scopePaths(ctx.actor, 'readBody');
  const ids = paths.map((p) => p.split('/').filter(Boolean).at(-1) as string);
  return (await listBodiesByIds(ctx.db, ids)).map(presentBody);
}

export async function listBodyChildren(ctx: Context, parentId: string) {
  await loadReadableBody(ctx, parentId);
  return (await listChildren(ctx.db, parentId, scopePaths(ctx.actor, 'readBody'))).map(presentBody);
}

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
