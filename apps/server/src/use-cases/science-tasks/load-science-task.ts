import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { scienceTaskQuery } from '../../rows/science-task.ts';

/**
 * A task the actor reads (`readBody` over the body that keeps it), or 404. A secret task is read by
 * the same rule, which is what keeps it from bodies below: their scopes lie under the keeping body,
 * never over it, so only the department and those above it read the department's secret tasks.
 */
export async function loadReadableScienceTask(ctx: Context, id: string) {
  const row = await scienceTaskQuery(ctx.db).where('task.id', '=', id).executeTakeFirst();
  if (!row || !can(ctx.actor, 'readBody', row.body_path)) throw notFound('nhiệm vụ KH&CN');
  return row;
}

/** A task the actor keeps (`communicate` over its body), or 404: missing and hidden alike. */
export async function loadManagedScienceTask(ctx: Context, id: string) {
  const row = await scienceTaskQuery(ctx.db).where('task.id', '=', id).executeTakeFirst();
  if (!row || !can(ctx.actor, 'communicate', row.body_path)) throw notFound('nhiệm vụ KH&CN');
  return row;
}
