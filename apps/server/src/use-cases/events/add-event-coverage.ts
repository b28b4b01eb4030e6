import { recordAudit } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { getEvent } from './get-event.ts';
import { loadManagedEvent } from './load-event.ts';

/**
 * The organiser links an output of the register (an article, a broadcast, a post about the event)
 * that the person reads; each once.
 */
export async function addEventCoverage(ctx: Context, id: string, outputId: string) {
  const { event } = await loadManagedEvent(ctx, id);
  const output = await ctx.db
    .selectFrom('outputs as output')
    .innerJoin('bodies as body', 'body.id', 'output.body_id')
    .select(['output.id', 'output.title', 'output.url', 'body.path'])
    .where('output.id', '=', outputId)
    .executeTakeFirst();
  if (!output || !can(ctx.actor, 'readBody', output.path)) throw notFound('tin, bài trong sổ theo dõi');
  await ctx.db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto('event_coverage')
      .values({ event_id: id, output_id: output.id, added_by: ctx.actor.userId, added_at: new Date() })
      .onConflict((oc) => oc.columns(['event_id', 'output_id']).doNothing())
      .returning('output_id')
      .executeTakeFirst();
    if (!added) {
      throw new AppError('conflict', 'Tin, bài này đã được gắn với sự kiện rồi.', 'outputId');
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: event.organiser_body_id,
      action: 'event.coverage',
      entityType: 'event',
      entityId: id,
      after: { output: { id: output.id, title: output.title, url: output.url } },
    });
  });
  return getEvent(ctx, id);
}
