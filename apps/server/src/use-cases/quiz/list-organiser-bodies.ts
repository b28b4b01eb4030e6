import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';

/**
 * The bodies whose question bank and contests the actor manages: the roots of its scopes with the
 * `manageContests` ability (usually one province). Empty for those who may not organise.
 */
export async function listOrganiserBodies(ctx: Context) {
  const paths = scopePaths(ctx.actor, 'manageContests');
  if (paths.length === 0) return { items: [] };
  const rows = await ctx.db
    .selectFrom('bodies')
    .select(['id', 'name', 'kind', 'path'])
    .where('path', 'in', paths)
    .orderBy('name')
    .execute();
  return { items: rows.map((b) => ({ id: b.id, name: b.name, kind: b.kind })) };
}
