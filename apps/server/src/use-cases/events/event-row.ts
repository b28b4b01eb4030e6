import type { Database } from '@lantoa/db';
import { type Kysely, type Selectable, sql } from 'kysely';

export type EventRecord = Selectable<Database['events']>;

/** An event with its organiser, and how many bodies it invited, how many confirmed and people counted. */
export const eventQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('events as event')
    .innerJoin('bodies as organiser', 'organiser.id', 'event.organiser_body_id')
    .selectAll('event')
    .select([
      'organiser.name as organiser_name',
      'organiser.kind as organiser_kind',
      'organiser.path as organiser_path',
    ])
    .select((eb) => [
      eb
        .selectFrom('event_invitations as invitation')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('invitation.event_id', '=', 'event.id')
        .as('invited_count'),
      eb
        .selectFrom('event_invitations as invitation')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('invitation.event_id', '=', 'event.id')
        .where('invitation.response', '=', 'confirmed')
        .as('confirmed_count'),
      eb
        .selectFrom('event_attendance_counts as tally')
        .select(sql<string>`coalesce(sum(tally.attended), 0)`.as('n'))
        .whereRef('tally.event_id', '=', 'event.id')
        .as('attended_count'),
    ]);

export type EventRow = Awaited<ReturnType<ReturnType<typeof eventQuery>['executeTakeFirstOrThrow']>>;

/** The contract's `eventSummary` (packages/api-contract/src/events.ts). */
export const eventSummaryView = (row: EventRow) => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  keyDay: row.key_day,
  year: row.year,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  place: row.place,
  status: row.status,
  organiser: { id: row.organiser_body_id, name: row.organiser_name, kind: row.organiser_kind },
  parentEventId: row.parent_event_id,
  invited: Number(row.invited_count ?? 0),
  confirmed: Number(row.confirmed_count ?? 0),
  attended: Number(row.attended_count ?? 0),
  version: row.version,
});

/** What the audit keeps of an event: its fields and where it stands. */
export const eventAudit = (row: EventRecord) => ({
  kind: row.kind,
  title: row.title,
  keyDay: row.key_day,
  year: row.year,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  place: row.place,
  programme: row.programme,
  taskId: row.task_id,
  parentEventId: row.parent_event_id,
  requiresKinds: row.requires_kinds,
  status: row.status,
  resultsNote: row.results_note,
});
