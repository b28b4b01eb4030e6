import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/** A body whose contests the actor organises (`manageContests` over it); 404 otherwise. */
export async function loadOrganiserBody(ctx: Context, bodyId: string) {
  const body = await unsafeFindBody(ctx.db, bodyId);
  if (!body || !can(ctx.actor, 'manageContests', body.path)) throw notFound('cuộc thi');
  return body;
}

/** A contest of a body the actor organises for; 404 otherwise (missing and hidden alike). */
export async function loadContestForOrganiser(ctx: Context, id: string) {
  const contest = await ctx.db
    .selectFrom('quiz_contests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!contest) throw notFound('cuộc thi');
  await loadOrganiserBody(ctx, contest.body_id);
  return contest;
}
