import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/**
 * A proposal with its problem, for those who manage the problem (communicate over its body); 404
 * otherwise, as for a proposal that does not exist.
 */
export async function loadManagedScienceProposal(ctx: Context, id: string) {
  const row = await ctx.db
    .selectFrom('science_proposals as proposal')
    .innerJoin('science_problems as problem', 'problem.id', 'proposal.problem_id')
    .innerJoin('bodies as body', 'body.id', 'problem.body_id')
    .selectAll('proposal')
    .select([
      'problem.body_id',
      'problem.status as problem_status',
      'problem.title as problem_title',
      'body.path as body_path',
    ])
    .where('proposal.id', '=', id)
    .executeTakeFirst();
  if (!row || !can(ctx.actor, 'communicate', row.body_path)) throw notFound('đề xuất');
  return row;
}
