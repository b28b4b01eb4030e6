import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** A loudspeaker station with its commune's name and path. */
export const stationQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('broadcast_stations as station')
    .innerJoin('bodies as body', 'body.id', 'station.body_id')
    .selectAll('station')
    .select(['body.name as body_name', 'body.path as body_path']);

/** A daily session as a station's `sessions` column holds it (as checkedStationInput wrote it). */
export interface StationSession {
  start: string;
  maxMinutes: number;
}

export type StationRow = Awaited<ReturnType<ReturnType<typeof stationQuery>['executeTakeFirstOrThrow']>>;

/** Reads a station without any scope check: callers must authorise with its `body_path`. */
export const unsafeFindStation = (db: Kysely<Database>, id: string) =>
  stationQuery(db).where('station.id', '=', id).executeTakeFirst();
