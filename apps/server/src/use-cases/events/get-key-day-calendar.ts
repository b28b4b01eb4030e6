import { unsafeFindBody } from '@lantoa/db';
import { can, KEY_DAY_CODES, keyDayDate, vietnamToday } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { eventCompleteness } from './event-completeness.ts';
import { eventQuery, eventSummaryView } from './event-row.ts';

/**
 * "Lịch ngày trọng điểm": a body's key days of a year, its event for each (the one asking the bodies
 * below, else the oldest not cancelled) with where the bodies it asked stand, and the kinds of bodies
 * below it the calendar may ask. Read by the body's readers; scheduled by its event organisers.
 */
export async function getKeyDayCalendar(ctx: Context, bodyId: string, year: number) {
  const body = await unsafeFindBody(ctx.db, bodyId);
  if (!body || !can(ctx.actor, 'readBody', body.path)) throw notFound('đơn vị');
  const [events, kinds] = await Promise.all([
    eventQuery(ctx.db)
      .where('event.organiser_body_id', '=', body.id)
      .where('event.key_day', 'is not', null)
      .where('event.year', '=', year)
      .orderBy(sql`event.status = 'cancelled'`)
      .orderBy(sql`cardinality(event.requires_kinds) = 0`)
      .orderBy('event.created_at')
      .orderBy('event.id')
      .execute(),
    ctx.db
      .selectFrom('bodies')
      .select((eb) => ['kind', eb.fn.countAll<string>().as('n')])
      .where('path', 'like', `${body.path}%`)
      .where('id', '<>', body.id)
      .groupBy('kind')
      .orderBy('kind')
      .execute(),
  ]);
  const chosen = KEY_DAY_CODES.map((keyDay) => ({ keyDay, event: events.find((e) => e.key_day === keyDay) }));
  const ids = chosen.flatMap((day) => (day.event ? [day.event.id] : []));
  const children =
    ids.length === 0
      ? []
      : await ctx.db
          .selectFrom('events')
          .select(['id', 'title', 'status', 'starts_on', 'ends_on', 'organiser_body_id', 'parent_event_id'])
          .where('parent_event_id', 'in', ids)
          .execute();
  const today = vietnamToday();
  const days = await Promise.all(
    chosen.map(async ({ keyDay, event }) => {
      const completeness = event
        ? await eventCompleteness(
            ctx.db,
            {
              id: event.id,
              organiserBodyId: body.id,
              organiserPath: body.path,
              requiresKinds: event.requires_kinds,
            },
            children.filter((child) => child.parent_event_id === event.id),
            today,
          )
        : null;
      return {
        keyDay,
        date: keyDayDate(keyDay, year),
        event: event ? eventSummaryView(event) : null,
        requiresKinds: event?.requires_kinds ?? [],
        summary: completeness?.summary ?? null,
      };
    }),
  );
  return {
    body: { id: body.id, name: body.name, kind: body.kind },
    year,
    canSchedule: can(ctx.actor, 'manageEvents', body.path),
    kinds: kinds.map((row) => ({ kind: row.kind, count: Number(row.n) })),
    days,
  };
}
