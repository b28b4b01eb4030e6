import type { Context } from '../../http/context.ts';
import { loadCommunicatingBody } from '../outputs/load-communicating-body.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { auditedProblem, type ScienceProblemFields, scienceProblemColumns } from './science-problem-input.ts';

/**
 * A body writes a problem for scientists: a draft, seen by its staff only, until it is published.
 */
export async function createScienceProblem(ctx: Context, bodyId: string, input: ScienceProblemFields) {
  const body = await loadCommunicatingBody(ctx, bodyId);
  const columns = scienceProblemColumns(input);
  const row = await insertAudited(ctx.db, {
    table: 'science_problems',
    values: { body_id: body.id, ...columns, created_by: ctx.actor.userId },
    audit: (inserted) => ({
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'science_problem.create',
      entityType: 'science_problem',
      after: auditedProblem(inserted),
    }),
  });
  return { id: row.id };
}
