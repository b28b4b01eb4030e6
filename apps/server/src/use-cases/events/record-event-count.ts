import type { eventCountInput } from '@lantoa/api-contract/events';
import { recordAudit } from '@lantoa/db';
import { can, countRefusal, formatIsoDate, vietnamToday } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { getEvent } from './get-event.ts';
import { loadVisibleEvent } from './load-event.ts';

/**
 * How many people of an audience a body had at the event (counted, not named; they are informed in
 * the event's year): the organiser records it for itself or any invited body, an invited body for
 * itself. From the event's day on, or once held; never for a cancelled one. Recording again replaces
 * the count.
 */
export async function recordEventCount(
  ctx: Context,
  id: string,
  input: z.output<typeof eventCountInput>,
  now = new Date(),
) {
  const { event, manages, invitations } = await loadVisibleEvent(ctx, id);
  const invited = invitations.find((i) => i.body_id === input.bodyId);
  const own = input.bodyId === event.organiser_body_id;
  const allowed = manages ? own || invited : invited && can(ctx.actor, 'manageEvents', invited.path);
  if (!allowed) throw notFound('đơn vị được mời');
  await ctx.db.transaction().execute(async (trx) => {
    // Under the event's row lock, so a cancellation at the same moment (cancel-event.ts) is seen.
    const current = await trx
      .selectFrom('events')
      .select(['status', 'starts_on'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const refusal = countRefusal({ status: current.status, startsOn: current.starts_on }, vietnamToday(now));
    if (refusal === 'cancelled') {
      throw new AppError('conflict', 'Sự kiện đã hủy nên không ghi số người tham dự được.');
    }
    if (refusal === 'not_started') {
      throw new AppError(
        'conflict',
        `Sự kiện chưa diễn ra nên chưa ghi được số người tham dự. Hãy ghi từ ngày ${formatIsoDate(current.starts_on)}.`,
      );
    }
    const before = await trx
      .selectFrom('event_attendance_counts')
      .select('attended')
      .where('event_id', '=', id)
      .where('body_id', '=', input.bodyId)
      .where('audience', '=', input.audience)
      .executeTakeFirst();
    // The server's clock: a closed period reads only the counts recorded before its close.
    await trx
      .insertInto('event_attendance_counts')
      .values({
        event_id: id,
        body_id: input.bodyId,
        audience: input.audience,
        attended: input.attended,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['event_id', 'body_id', 'audience'])
          .doUpdateSet({ attended: input.attended, updated_at: now }),
      )
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: input.bodyId,
      action: 'event.count',
      entityType: 'event',
      entityId: id,
      before: before ? { audience: input.audience, attended: before.attended } : null,
      after: input,
    });
  });
  return getEvent(ctx, id);
}
