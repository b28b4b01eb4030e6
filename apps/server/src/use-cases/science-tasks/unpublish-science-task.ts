import type { Context } from '../../http/context.ts';
import { scienceTaskAudit } from '../../rows/science-task.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { reloadScienceTask } from './get-science-task.ts';
import { loadManagedScienceTask } from './load-science-task.ts';

/**
 * Takes a task off the public pages (its page and files answer "not found" at once); it stops
 * counting as disclosed from now, a closed period keeping the figure it had.
 */
export async function unpublishScienceTask(ctx: Context, id: string, input: { version: number }) {
  const before = await loadManagedScienceTask(ctx, id);
  if (!before.published_at) return reloadScienceTask(ctx, id);
  await updateVersioned(ctx.db, {
    table: 'science_tasks',
    id,
    version: input.version,
    what: 'Nhiệm vụ',
    set: { published_at: null },
    audit: (updated) => ({
      actorId: ctx.actor.userId,
      bodyId: before.body_id,
      action: 'science_task.unpublish',
      entityType: 'science_task',
      before: scienceTaskAudit(before),
      after: scienceTaskAudit(updated),
    }),
  });
  return reloadScienceTask(ctx, id);
}
