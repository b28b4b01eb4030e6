import { isWithin, scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadVisibleLibraryItem } from '../library/load-visible-library-item.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';

/**
 * What an output points to must be the body's and the actor's to point to: the channel one of the
 * body's own (400 otherwise: it is the form's mistake), the library item, press release and task
 * visible to the actor (404 otherwise, exactly as for an id that does not exist).
 */
export async function checkOutputReferences(
  ctx: Context,
  bodyId: string,
  refs: {
    channelId?: string | null | undefined;
    libraryItemId?: string | null | undefined;
    pressReleaseId?: string | null | undefined;
    taskId?: string | null | undefined;
  },
  channelKind: string,
) {
  if (refs.channelId) {
    const channel = await ctx.db
      .selectFrom('channels')
      .select(['body_id', 'kind'])
      .where('id', '=', refs.channelId)
      .executeTakeFirst();
    if (!channel || channel.body_id !== bodyId) {
      throw new AppError(
        'invalid_input',
        'Kênh đã chọn không thuộc đơn vị này. Hãy chọn một kênh của đơn vị.',
        'channelId',
      );
    }
    if (channel.kind !== channelKind) {
      throw new AppError(
        'invalid_input',
        'Loại kênh không khớp với kênh đã chọn. Hãy chọn lại loại kênh.',
        'channelKind',
      );
    }
  }
  if (refs.libraryItemId) await loadVisibleLibraryItem(ctx, refs.libraryItemId);
  if (refs.pressReleaseId) {
    const release = await ctx.db
      .selectFrom('press_releases as r')
      .innerJoin('bodies as b', 'b.id', 'r.body_id')
      .select('b.path')
      .where('r.id', '=', refs.pressReleaseId)
      .executeTakeFirst();
    // Any reader of the releasing body's subtree, or one of the bodies below it (a press agency
    // records the article it wrote after the province's release).
    const readable =
      release &&
      scopePaths(ctx.actor, 'readBody').some(
        (scope) => isWithin(release.path, scope) || isWithin(scope, release.path),
      );
    if (!readable) throw notFound('thông cáo báo chí');
  }
  if (refs.taskId) {
    const task = await ctx.db
      .selectFrom('tasks')
      .select('plan_id')
      .where('id', '=', refs.taskId)
      .executeTakeFirst();
    if (!task) throw notFound('nhiệm vụ');
    await loadVisiblePlan(ctx, task.plan_id);
  }
}
