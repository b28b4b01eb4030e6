import type { Context } from '../../http/context.ts';
import { scienceTaskAudit } from '../../rows/science-task.ts';
import { loadCommunicatingBody } from '../outputs/load-communicating-body.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { reloadScienceTask } from './get-science-task.ts';
import {
  checkScienceTaskDates,
  duplicateCode,
  type ScienceTaskFields,
  scienceTaskColumns,
} from './science-task-columns.ts';

/**
 * A body (normally the S&T department) enters a task of its registry by hand. It starts unpublished;
 * a code the registry already has is refused (409), as the unique key would.
 */
export async function createScienceTask(ctx: Context, bodyId: string, input: ScienceTaskFields) {
  const body = await loadCommunicatingBody(ctx, bodyId);
  checkScienceTaskDates(input);
  const row = await insertAudited(ctx.db, {
    table: 'science_tasks',
    // The server's clock, not the database's: the disclosed indicator of a closed period compares it.
    values: {
      body_id: body.id,
      ...scienceTaskColumns(input),
      created_by: ctx.actor.userId,
      created_at: new Date(),
    },
    unique: { columns: ['body_id', 'code'], taken: duplicateCode },
    audit: (inserted) => ({
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'science_task.create',
      entityType: 'science_task',
      after: scienceTaskAudit(inserted),
    }),
  });
  return reloadScienceTask(ctx, row.id);
}
