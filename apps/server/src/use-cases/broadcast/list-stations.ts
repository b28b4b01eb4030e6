import { withinScopes } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentStation } from '../../presenters/station.ts';
import { stationQuery } from '../../rows/station.ts';

/** Stations of the bodies in the actor's scope, by commune then name. */
export async function listStations(ctx: Context) {
  const rows = await stationQuery(ctx.db)
    .where((eb) => withinScopes(eb, eb.ref('body.path'), scopePaths(ctx.actor, 'readBody')))
    .orderBy('body.name')
    .orderBy('station.name')
    .execute();
  return rows.map(presentStation);
}
