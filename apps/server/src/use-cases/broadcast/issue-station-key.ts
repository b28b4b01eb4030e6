import { randomBytes } from 'node:crypto';
import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';
import { loadStation } from './load-station.ts';
import { hashStationKey } from './station-key.ts';

/**
 * A new API key for the station's loudspeaker system, shown once: `<station id>.<secret>`; only its
 * SHA-256 is kept, so a lost key is replaced, never recovered.
 */
export async function issueStationKey(ctx: Context, id: string) {
  const station = await loadStation(ctx, id, 'broadcast');
  const apiKey = `${station.id}.${randomBytes(24).toString('base64url')}`;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('broadcast_stations')
      .set({ api_key_hash: hashStationKey(apiKey).toString('hex'), api_key_hint: apiKey.slice(-4) })
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
