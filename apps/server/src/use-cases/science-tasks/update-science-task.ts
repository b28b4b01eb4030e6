import type { scienceTaskUpdate } from '@lantoa/api-contract/science-tasks';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { scienceTaskAudit } from '../../rows/science-task.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { reloadScienceTask } from './get-science-task.ts';
import { loadManagedScienceTask } from './load-science-task.ts';
import { checkScienceTaskDates, duplicateCode, scienceTaskColumns } from './science-task-columns.ts';

/**
 * Corrects a task (optimistic on version). Marking a published task secret withdraws it from the
 * public pages in the same change: a state secret is never public, not even until someone
 * remembers to unpublish it (the database refuses the two together anyway).
 */
export async function updateScienceTask(ctx: Context, id: string, input: z.output<typeof scienceTaskUpdate>) {
  const before = await loadManagedScienceTask(ctx, id);
  checkScienceTaskDates(input);
  if (input.code !== before.code) {
    const taken = await ctx.db
      .selectFrom('science_tasks')
      .select('id')
      .where('body_id', '=', before.body_id)
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (taken) throw duplicateCode();
  }
  const withdrawn = input.isSecret && before.published_at !== null;
  await updateVersioned(ctx.db, {
    table: 'science_tasks',
    id,
    version: input.version,
    what: 'Nhiệm vụ',
    set: { ...scienceTaskColumns(input), ...(withdrawn ? { published_at: null } : {}) },
    audit: (updated) => ({
      actorId: ctx.actor.userId,
      bodyId: before.body_id,
      action: 'science_task.update',
      entityType: 'science_task',
      before: scienceTaskAudit(before),
      after: { ...scienceTaskAudit(updated), ...(withdrawn ? { withdrawnAsSecret: true } : {}) },
    }),
  });
  return reloadScienceTask(ctx, id);
}
