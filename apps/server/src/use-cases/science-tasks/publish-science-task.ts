import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { scienceTaskAudit } from '../../rows/science-task.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { reloadScienceTask } from './get-science-task.ts';
import { loadManagedScienceTask } from './load-science-task.ts';

/** Why a secret task is never disclosed, and what to do if it is no longer secret. */
export const secretNeverPublic = () =>
  new AppError(
    'conflict',
    'Nhiệm vụ này thuộc bí mật nhà nước nên không được công khai. Nếu nhiệm vụ đã được giải mật, hãy bỏ đánh dấu "Mật" rồi công khai lại.',
  );

/**
 * Discloses a task on the public pages of its province (or commune): from now on it counts as
 * "truyền thông, phổ biến" in the disclosed indicator. Publishing a published task changes nothing.
 */
export async function publishScienceTask(ctx: Context, id: string, input: { version: number }) {
  const before = await loadManagedScienceTask(ctx, id);
  if (before.is_secret) throw secretNeverPublic();
  if (before.published_at) return reloadScienceTask(ctx, id);
  await updateVersioned(ctx.db, {
    table: 'science_tasks',
    id,
    version: input.version,
    what: 'Nhiệm vụ',
    set: { published_at: new Date() },
    audit: (updated) => ({
      actorId: ctx.actor.userId,
      bodyId: before.body_id,
      action: 'science_task.publish',
      entityType: 'science_task',
      before: scienceTaskAudit(before),
      after: scienceTaskAudit(updated),
    }),
  });
  return reloadScienceTask(ctx, id);
}
