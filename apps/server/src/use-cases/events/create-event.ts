import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { checkEventFields, type EventFields, eventColumns } from './event-columns.ts';
import { eventAudit } from './event-row.ts';
import { getEvent } from './get-event.ts';
import { adoptKeyDayEvents, keyDayParentOf } from './key-day-links.ts';
import { loadEventsBody } from './load-event.ts';

/**
 * A body organises an event (planned). One for a key day hangs under the event of the body above for
 * that day, and takes under it the events the bodies below made for the day before it existed.
 */
export async function createEvent(ctx: Context, organiserBodyId: string, input: EventFields) {
  const organiser = await loadEventsBody(ctx, organiserBodyId);
  await checkEventFields(ctx, input);
  const columns = eventColumns(input);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const keyDay = columns.key_day
      ? {
          organiserBodyId: organiser.id,
          organiserPath: organiser.path,
          keyDay: columns.key_day,
          year: columns.year,
        }
      : null;
    const parentId = keyDay ? await keyDayParentOf(trx, keyDay) : null;
    const event = await insertAudited(trx, {
      table: 'events',
      // The server's clock: the calendar orders a body's events of one day by when they were made.
      values: {
        organiser_body_id: organiser.id,
        ...columns,
        parent_event_id: parentId,
        created_by: ctx.actor.userId,
        created_at: new Date(),
      },
      audit: (row) => ({
        actorId: ctx.actor.userId,
        bodyId: organiser.id,
        action: 'event.create',
        entityType: 'event',
        after: eventAudit(row),
      }),
    });
    if (keyDay) {
      const linked = await adoptKeyDayEvents(trx, { ...keyDay, id: event.id });
      if (linked.length > 0) {
        await recordAudit(trx, {
          actorId: ctx.actor.userId,
          bodyId: organiser.id,
          action: 'event.schedule',
          entityType: 'event',
          entityId: event.id,
          after: { linked },
        });
      }
    }
    return event.id;
  });
  return getEvent(ctx, id);
}
