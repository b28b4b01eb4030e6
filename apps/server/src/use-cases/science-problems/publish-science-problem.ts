import { formatIsoDate, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { getScienceProblem } from './get-science-problem.ts';
import { loadManagedScienceProblem } from './load-science-problem.ts';

/**
 * Publishes a draft: its public page opens and takes proposals until the end of its deadline day.
 * A deadline already passed would open a page nobody can answer: it is refused until it is moved.
 */
export async function publishScienceProblem(
  ctx: Context,
  id: string,
  input: { version: number },
  publicUrl: string,
) {
  const problem = await loadManagedScienceProblem(ctx, id);
  if (problem.status !== 'draft') {
    throw new AppError('conflict', 'Đặt hàng này đã được công bố rồi. Hãy tải lại trang để xem.');
  }
  const now = new Date();
  if (problem.deadline < vietnamToday(now)) {
    throw new AppError(
      'invalid_input',
      `Hạn nhận đề xuất (${formatIsoDate(problem.deadline)}) đã qua. Hãy đặt hạn mới rồi công bố.`,
      'deadline',
    );
  }
  await updateVersioned(ctx.db, {
    table: 'science_problems',
    id,
    version: input.version,
    what: 'Đặt hàng',
    set: { status: 'open', published_at: now },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: problem.body_id,
      action: 'science_problem.publish',
      entityType: 'science_problem',
      before: { status: problem.status },
      after: { status: 'open', deadline: problem.deadline },
    }),
  });
  return getScienceProblem(ctx, id, publicUrl);
}
