import { recordAudit } from '@lantoa/db';
import { hashStationKey, newStationKey } from '../../auth/station-keys.ts';
import type { Context } from '../../http/context.ts';
import { loadStation } from './load-station.ts';

/** A new API key for the station's loudspeaker system, shown once (auth/station-keys.ts). */
export async function issueStationKey(ctx: Context, id: string) {
  const station = await loadStation(ctx, id, 'broadcast');
  const apiKey = newStationKey(station.id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('broadcast_stations')
      .set({ api_key_hash: hashStationKey(apiKey), api_key_hint: apiKey.slice(-4) })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: station.body_id,
      action: 'station.api_key',
      entityType: 'broadcast_station',
      entityId: id,
      before: { hint: station.api_key_hint },
      after: { hint: apiKey.slice(-4) },
    });
  });
  return apiKey;
}
