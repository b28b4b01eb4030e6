import { unsafeFindBody } from '@lantoa/db';
import { can, isWithin } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { actorBodyOf } from './estimate-access.ts';

/**
 * A body whose estimates the actor prepares: one of its own people (the body or a body under it)
 * holding manageBudget over it, or an administrator over it entering on its behalf; 404 otherwise.
 * Those above a body consolidate its estimate, they do not write it.
 */
export async function loadPreparedBody(ctx: Context, bodyId: string) {
  const [body, actorBody] = await Promise.all([unsafeFindBody(ctx.db, bodyId), actorBodyOf(ctx)]);
  const prepares =
    body &&
    can(ctx.actor, 'manageBudget', body.path) &&
    (isWithin(actorBody.path, body.path) || can(ctx.actor, 'manageUsers', body.path));
  if (!body || !prepares) {
    throw notFound('đơn vị');
  }
  return body;
}
