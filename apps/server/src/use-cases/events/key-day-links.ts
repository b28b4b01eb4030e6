import type { Database } from '@lantoa/db';
import type { KeyDay } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';

// A body's event for a key day hangs under the event of the nearest body above it for the same day
// and year (a commune's "hưởng ứng" under the province's), whether the calendar made it as a shell or
// the body typed it by hand. One event of a body under one parent (events_shell_key): a second one
// the body makes for the same day stays on its own.

interface KeyDayEvent {
  organiserBodyId: string;
  organiserPath: string;
  keyDay: KeyDay;
  year: number;
}

/**
 * The event a body's key-day event hangs under: the event (not cancelled) of the nearest body above
 * it for the same day and year that has no event of this body under it yet, the oldest first; null
 * when there is none.
 */
export async function keyDayParentOf(trx: Kysely<Database>, e: KeyDayEvent): Promise<string | null> {
  const parent = await trx
    .selectFrom('events as parent')
    .innerJoin('bodies as host', 'host.id', 'parent.organiser_body_id')
    .select('parent.id')
    .where('parent.key_day', '=', e.keyDay)
    .where('parent.year', '=', e.year)
    .where('parent.status', '<>', 'cancelled')
    .where('host.path', '<>', e.organiserPath)
    .where(sql<boolean>`${e.organiserPath} like host.path || '%'`)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('events as sibling')
            .select('sibling.id')
            .whereRef('sibling.parent_event_id', '=', 'parent.id')
            .where('sibling.organiser_body_id', '=', e.organiserBodyId),
        ),
      ),
    )
    .orderBy(sql`length(host.path)`, 'desc')
    .orderBy('parent.created_at')
    .orderBy('parent.id')
    .executeTakeFirst();
  return parent?.id ?? null;
}

/**
 * Hangs under a (new, or newly scheduled) key-day event the events the bodies below made for the same
 * day and year on their own before it existed: one per body (its oldest), and only where no body in
 * between has an event of that day (they hang under that one). Returns the ids it linked.
 */
export async function adoptKeyDayEvents(
  trx: Kysely<Database>,
  parent: KeyDayEvent & { id: string },
): Promise<string[]> {
  const below = `${parent.organiserPath}%`;
  const { rows } = await sql<{ id: string }>`
    update events set parent_event_id = ${parent.id}
    where id in (
      select distinct on (orphan.organiser_body_id) orphan.id
      from events orphan
      join bodies body on body.id = orphan.organiser_body_id
      where orphan.key_day = ${parent.keyDay} and orphan.year = ${parent.year}
        and orphan.parent_event_id is null
        and body.path like ${below} and body.path <> ${parent.organiserPath}
        and not exists (
          select 1 from events sibling
          where sibling.parent_event_id = ${parent.id} and sibling.organiser_body_id = orphan.organiser_body_id)
        and not exists (
          select 1 from events nearer
          join bodies host on host.id = nearer.organiser_body_id
          where nearer.key_day = ${parent.keyDay} and nearer.year = ${parent.year}
            and nearer.status <> 'cancelled'
            and body.path like host.path || '%' and host.path <> body.path
            and host.path like ${below} and host.path <> ${parent.organiserPath})
      order by orphan.organiser_body_id, orphan.created_at, orphan.id
    )
    returning id`.execute(trx);
  return rows.map((row) => row.id);
}
