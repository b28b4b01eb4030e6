import { listChildren } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentBody } from '../../presenters/present.ts';
import { loadReadableBody } from './get-body.ts';

/** The children of a body the actor may read, within what the actor may read. */
export async function listBodyChildren(ctx: Context, parentId: string) {
  await loadReadableBody(ctx, parentId);
  return (await listChildren(ctx.db, parentId, scopePaths(ctx.actor, 'readBody'))).map(presentBody);
}
