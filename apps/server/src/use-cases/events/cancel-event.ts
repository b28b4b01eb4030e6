import type { eventCancel } from '@lantoa/api-contract/events';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { getEvent } from './get-event.ts';
import { loadManagedEvent } from './load-event.ts';

/**
 * The organiser cancels a planned event, saying why (kept as its note). One whose people were already
 * counted took place: it is held, not cancelled (and the counts it fed stay as they were).
 */
export async function cancelEvent(ctx: Context, id: string, input: z.output<typeof eventCancel>) {
  const { event } = await loadManagedEvent(ctx, id);
  if (event.status !== 'planned') {
    throw new AppError(
      'conflict',
      event.status === 'held'
        ? 'Sự kiện đã tổ chức nên không hủy được.'
        : 'Sự kiện đã được hủy trước đó. Hãy tải lại trang để xem.',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    // Under the event's row lock: a count recorded at the same moment (record-event-count.ts takes
    // the same lock) either comes first and stops the cancellation, or finds the event cancelled.
    await trx.selectFrom('events').select('id').where('id', '=', id).forUpdate().execute();
    const counted = await trx
      .selectFrom('event_attendance_counts')
      .select('body_id')
      .where('event_id', '=', id)
      .where('attended', '>', 0)
      .executeTakeFirst();
    if (counted) {
      throw new AppError(
        'conflict',
        'Sự kiện đã có số người tham dự nên không hủy được. Hãy ghi nhận sự kiện đã tổ chức.',
      );
    }
    await updateVersioned(trx, {
      table: 'events',
      id,
      version: input.version,
      what: 'Sự kiện',
      set: { status: 'cancelled', results_note: input.reason },
      audit: (updated) => ({
        actorId: ctx.actor.userId,
        bodyId: event.organiser_body_id,
        action: 'event.cancel',
        entityType: 'event',
        before: { status: event.status },
        after: { status: updated.status, reason: updated.results_note },
      }),
    });
  });
  return getEvent(ctx, id);
}
