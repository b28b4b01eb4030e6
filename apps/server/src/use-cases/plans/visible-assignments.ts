import { type Database, withinScopes } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Context } from '../../http/context.ts';

/**
 * Assignments the actor may follow: those of bodies in its subtree, and every assignment of a plan
 * issued in its subtree (a coordinator follows the whole plan). `a`, `b` (the assigned body) and
 * `pb` (the plan's issuing body) must be in the query.
 */
export function visibleAssignment(
  ctx: Context,
  eb: ExpressionBuilder<
    Database & { a: Database['assignments']; b: Database['bodies']; pb: Database['bodies'] },
    'a' | 'b' | 'pb'
  >,
): Expression<SqlBool> {
  const scopes = scopePaths(ctx.actor, 'readBody');
  return eb.or([withinScopes(eb, eb.ref('b.path'), scopes), withinScopes(eb, eb.ref('pb.path'), scopes)]);
}
