import { type Kysely, sql } from 'kysely';

/**
 * What the computed indicators of a closed period need to be read "as of" its close, so that later
 * changes do not move them: a station's listeners before each change (the log already has the time
 * each entry was recorded), and a quick way to the audited progress of an occurrence.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // "The station covered `listeners` people until `valid_until`": one row per change, written with it.
  // A station covered nobody before it was registered, so existing stations get that row too.
  await sql`
    create table station_listener_history (
      id bigint generated always as identity primary key,
      station_id uuid not null references broadcast_stations(id) on delete cascade,
      listeners int not null check (listeners >= 0),
      valid_until timestamptz not null
    )`.execute(db);
  await sql`create index station_listener_history_idx on station_listener_history (station_id, valid_until)`.execute(
    db,
  );
  await sql`insert into station_listener_history (station_id, listeners, valid_until)
    select id, 0, created_at from broadcast_stations`.execute(db);

  // An occurrence's completion as of a moment is read back from its audited progress entries.
  await sql`create index audit_log_entity_idx on audit_log (entity_type, entity_id, at)`.execute(db);
}
