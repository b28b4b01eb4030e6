import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { getEvent } from './get-event.ts';
import { loadManagedEvent } from './load-event.ts';

/** The organiser unlinks an output from the event's coverage (the output stays in the register). */
export async function removeEventCoverage(ctx: Context, id: string, outputId: string) {
  const { event } = await loadManagedEvent(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('event_coverage')
      .where('event_id', '=', id)
      .where('output_id', '=', outputId)
      .returning('output_id')
      .executeTakeFirst();
    if (!removed) throw notFound('tin, bài của sự kiện');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: event.organiser_body_id,
      action: 'event.coverage',
      entityType: 'event',
      entityId: id,
      before: { output: { id: outputId } },
      after: { output: null },
    });
  });
  return getEvent(ctx, id);
}
