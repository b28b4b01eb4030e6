import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { presentStation } from '../../presenters/station.ts';
import { insertStation } from './insert-station.ts';
import { loadStation } from './load-station.ts';
import type { StationInput } from './station-input.ts';
import { recordListenersUntil } from './station-listener-history.ts';

/** A broadcaster adds a station to a commune they broadcast for. */
export async function createStation(ctx: Context, input: StationInput & { bodyId: string }) {
  const body = await unsafeFindBody(ctx.db, input.bodyId);
  if (!body || !can(ctx.actor, 'broadcast', body.path)) throw notFound('xã, phường của đài');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const stationId = await insertStation(trx, body.id, input, { actorId: ctx.actor.userId });
    // Periods closed before today saw no such station: it covered nobody until now.
    await recordListenersUntil(trx, stationId, 0);
    return stationId;
  });
  return presentStation(await loadStation(ctx, id));
}
