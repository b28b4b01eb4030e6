import { unsafeFindBody } from '@lantoa/db';
import { feedbackDueOn, isWithin, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadManagedFeedback } from './feedback-access.ts';
import { feedbackRouted } from './feedback-notices.ts';
import { checkFeedbackStep } from './feedback-step.ts';
import { getFeedback } from './get-feedback.ts';

/** Days to answer when the site never set its own (the column's default). */
const DEFAULT_FEEDBACK_DAYS = 15;

/**
 * The site's coordinators give an item to the body of the site that answers it (the site's body
 * itself, a department, a commune…); routed again to another body until it is answered. The
 * deadline starts again from today (Vietnam): the site's `feedback_days`, in calendar days.
 */
export async function routeFeedback(
  ctx: Context,
  id: string,
  input: { handlerBodyId: string; version: number },
  now = new Date(),
) {
  const row = await loadManagedFeedback(ctx, id);
  checkFeedbackStep(row.status, 'route');
  const handler = await unsafeFindBody(ctx.db, input.handlerBodyId);
  if (!handler || !isWithin(handler.path, row.site_path)) throw notFound('đơn vị giải quyết');
  const site = await ctx.db
    .selectFrom('public_sites')
    .select('feedback_days')
    .where('body_id', '=', row.site_body_id)
    .executeTakeFirst();
  const dueOn = feedbackDueOn(vietnamToday(now), site?.feedback_days ?? DEFAULT_FEEDBACK_DAYS);
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await updateVersioned(trx, {
      table: 'feedback',
      id,
      version: input.version,
      what: 'Phản ánh',
      set: { status: 'routed', handler_body_id: handler.id, routed_at: now, due_on: dueOn },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: row.site_body_id,
        action: 'feedback.route',
        entityType: 'feedback',
        before: {
          status: row.status,
          handler: row.handler_body_id ? { id: row.handler_body_id, name: row.handler_name } : null,
          dueOn: row.due_on,
        },
        after: { status: 'routed', handler: { id: handler.id, name: handler.name }, dueOn },
      }),
    });
    await feedbackRouted(
      trx,
      { id, code: row.code, topic: row.topic, dueOn, version: updated.version },
      handler,
      ctx.actor.userId,
    );
  });
  return getFeedback(ctx, id);
}
