import { bodiesOnPath, listBodiesByIds, unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { presentBody, presentBrief } from '../../presenters/present.ts';

/** Loads a body the actor may read; 404 otherwise. */
export async function loadReadableBody(ctx: Context, id: string) {
  const body = await unsafeFindBody(ctx.db, id);
  if (!body || !can(ctx.actor, 'readBody', body.path)) throw notFound('đơn vị');
  return body;
}

export async function getBody(ctx: Context, id: string) {
  const body = await loadReadableBody(ctx, id);
  const [withCount] = await listBodiesByIds(ctx.db, [body.id]);
  const ancestors = (await bodiesOnPath(ctx.db, body.path))
    .filter((a) => a.id !== body.id && can(ctx.actor, 'readBody', a.path))
    .map(presentBrief);
  return {
    body: presentBody(withCount ?? body),
    ancestors,
    abilities: {
      update: can(ctx.actor, 'editBody', body.path),
      createChild: can(ctx.actor, 'editBody', body.path),
      manageUsers: can(ctx.actor, 'manageUsers', body.path),
    },
  };
}
