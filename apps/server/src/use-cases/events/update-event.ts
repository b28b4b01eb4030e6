import type { eventUpdate } from '@lantoa/api-contract/events';
import { recordAudit } from '@lantoa/db';
import { vietnamToday } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { checkEventFields, eventColumns } from './event-columns.ts';
import { eventAudit } from './event-row.ts';
import { getEvent } from './get-event.ts';
import { adoptKeyDayEvents, keyDayParentOf } from './key-day-links.ts';
import { loadManagedEvent } from './load-event.ts';

/**
 * The organiser corrects an event (optimistic on version). A cancelled event is closed; an event that
 * hangs under another or has events under it keeps its key day and year (the calendar counts it
 * there); a held event cannot move past today (its people counted are informed in its year). An
 * event given a key day now hangs under the event above for that day.
 */
export async function updateEvent(ctx: Context, id: string, input: z.output<typeof eventUpdate>) {
  const { event, children } = await loadManagedEvent(ctx, id);
  if (event.status === 'cancelled') {
    throw new AppError('conflict', 'Sự kiện đã hủy nên không sửa được nữa. Hãy tạo sự kiện mới nếu cần.');
  }
  await checkEventFields(ctx, input);
  const columns = eventColumns(input);
  const movesDay = columns.key_day !== event.key_day || columns.year !== event.year;
  if (movesDay && (event.parent_event_id !== null || children.length > 0)) {
    throw new AppError(
      'conflict',
      'Sự kiện này gắn với sự kiện hưởng ứng ngày trọng điểm nên giữ nguyên ngày trọng điểm và năm. Hãy tạo sự kiện khác nếu cần.',
      'keyDay',
    );
  }
  if (event.status === 'held' && columns.starts_on > vietnamToday()) {
    throw new AppError(
      'conflict',
      'Sự kiện đã tổ chức nên không thể có ngày bắt đầu sau hôm nay. Hãy sửa lại ngày.',
      'startsOn',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const keyDay =
      movesDay && columns.key_day
        ? {
            organiserBodyId: event.organiser_body_id,
            organiserPath: event.organiser_path,
            keyDay: columns.key_day,
            year: columns.year,
          }
        : null;
    const parentId = keyDay ? await keyDayParentOf(trx, keyDay) : event.parent_event_id;
    await updateVersioned(trx, {
      table: 'events',
      id,
      version: input.version,
      what: 'Sự kiện',
      set: { ...columns, parent_event_id: parentId, results_note: input.resultsNote ?? event.results_note },
      audit: (updated) => ({
        actorId: ctx.actor.userId,
        bodyId: event.organiser_body_id,
        action: 'event.update',
        entityType: 'event',
        before: eventAudit(event),
        after: eventAudit(updated),
      }),
    });
    if (keyDay) {
      const linked = await adoptKeyDayEvents(trx, { ...keyDay, id });
      if (linked.length > 0) {
        await recordAudit(trx, {
          actorId: ctx.actor.userId,
          bodyId: event.organiser_body_id,
          action: 'event.schedule',
          entityType: 'event',
          entityId: id,
          after: { linked },
        });
      }
    }
  });
  return getEvent(ctx, id);
}
