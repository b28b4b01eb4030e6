import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { loadStation } from './load-station.ts';

/** Takes a normal bulletin out of one of the station's sessions (taking it out twice changes nothing). */
export async function unplaceBulletin(
  ctx: Context,
  stationId: string,
  bulletinId: string,
  sessionId: string,
) {
  const station = await loadStation(ctx, stationId, 'broadcast');
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('broadcast_placements')
      .where('station_id', '=', station.id)
      .where('bulletin_id', '=', bulletinId)
      .where('session_id', '=', sessionId)
      .returning('session_id')
      .execute();
    if (removed.length === 0) return;
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: station.body_id,
      action: 'station.unplace',
      entityType: 'broadcast_station',
      entityId: station.id,
      before: { bulletinId, sessionId },
    });
  });
  return { ok: true };
}
