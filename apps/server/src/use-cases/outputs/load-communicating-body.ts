import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/** A body whose outputs, channels and network the actor keeps (`communicate` over it); 404 otherwise. */
export async function loadCommunicatingBody(ctx: Context, bodyId: string) {
  const body = await unsafeFindBody(ctx.db, bodyId);
  if (!body || !can(ctx.actor, 'communicate', body.path)) throw notFound('đơn vị');
  return body;
}
