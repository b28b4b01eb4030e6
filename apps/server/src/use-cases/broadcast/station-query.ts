import type { Context } from '../../http/context.ts';

/** A loudspeaker station with its commune's name and path. */
export const stationQuery = (db: Context['db']) =>
  db
    .selectFrom('broadcast_stations as station')
    .innerJoin('bodies as body', 'body.id', 'station.body_id')
    .selectAll('station')
    .select(['body.name as body_name', 'body.path as body_path']);

export type StationRow = Awaited<ReturnType<ReturnType<typeof stationQuery>['executeTakeFirstOrThrow']>>;
