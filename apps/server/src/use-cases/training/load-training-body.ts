import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/** A body whose people and courses the actor keeps (`manageTraining` over it); 404 otherwise. */
export async function loadTrainingBody(ctx: Context, bodyId: string) {
  const body = await unsafeFindBody(ctx.db, bodyId);
  if (!body || !can(ctx.actor, 'manageTraining', body.path)) throw notFound('đơn vị');
  return body;
}
