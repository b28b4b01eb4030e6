import { listBodiesByIds } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentBody } from '../../presenters/present.ts';

/** The top of what the actor may read: one body per outermost scope. */
export async function listRootBodies(ctx: Context) {
  const paths = scopePaths(ctx.actor, 'readBody');
  const ids = paths.map((p) => p.split('/').filter(Boolean).at(-1) as string);
  return (await listBodiesByIds(ctx.db, ids)).map(presentBody);
}
