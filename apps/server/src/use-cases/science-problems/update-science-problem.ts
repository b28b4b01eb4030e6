import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { getScienceProblem } from './get-science-problem.ts';
import { loadManagedScienceProblem } from './load-science-problem.ts';
import { auditedProblem, type ScienceProblemFields, scienceProblemColumns } from './science-problem-input.ts';

/**
 * Changes a problem's text and deadline (optimistic on `version`): a draft, or a published problem
 * whose deadline is extended or whose wording is made clearer. A closed problem stays as it was
 * when its outcome was recorded.
 */
export async function updateScienceProblem(
  ctx: Context,
  id: string,
  input: ScienceProblemFields & { version: number },
  publicUrl: string,
) {
  const problem = await loadManagedScienceProblem(ctx, id);
  if (problem.status === 'closed') {
    throw new AppError(
      'conflict',
      'Đặt hàng này đã đóng và đã có kết quả nên không sửa được nữa. Nếu cần, hãy tạo một đặt hàng mới.',
    );
  }
  const columns = scienceProblemColumns(input);
  await updateVersioned(ctx.db, {
    table: 'science_problems',
    id,
    version: input.version,
    what: 'Đặt hàng',
    set: columns,
    audit: (updated) => ({
      actorId: ctx.actor.userId,
      bodyId: problem.body_id,
      action: 'science_problem.update',
      entityType: 'science_problem',
      before: auditedProblem(problem),
      after: auditedProblem(updated),
    }),
  });
  return getScienceProblem(ctx, id, publicUrl);
}
