import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/** A body whose pronunciation list the actor may change (they broadcast for it); 404 otherwise. */
export async function loadBroadcastingBody(ctx: Context, id: string) {
  const body = await unsafeFindBody(ctx.db, id);
  if (!body || !can(ctx.actor, 'broadcast', body.path)) throw notFound('đơn vị');
  return body;
}
