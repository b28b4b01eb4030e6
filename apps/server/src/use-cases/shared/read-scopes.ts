import { isWithin, scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/**
 * The subtrees a list reads: every scope the actor reads, or, given a body, that body's subtree if
 * the actor reads it (404 otherwise, as for a body that does not exist).
 */
export async function readScopes(ctx: Context, bodyId: string | undefined): Promise<string[]> {
  const scopes = scopePaths(ctx.actor, 'readBody');
  if (!bodyId) return scopes;
  const body = await ctx.db.selectFrom('bodies').select('path').where('id', '=', bodyId).executeTakeFirst();
  if (!body || !scopes.some((scope) => isWithin(body.path, scope))) throw notFound('đơn vị');
  return [body.path];
}
