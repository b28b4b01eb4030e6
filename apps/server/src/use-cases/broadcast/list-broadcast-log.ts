import { endOfDayInVietnam, startOfDayInVietnam } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentBroadcastLogEntry } from '../../presenters/broadcast-log-entry.ts';
import { broadcastLogQuery } from '../../rows/broadcast-log-entry.ts';
import { loadStation } from './load-station.ts';

/** What a station the actor sees aired, newest first (Vietnam days `from`…`to`, at most 500 entries). */
export async function listBroadcastLog(ctx: Context, stationId: string, q: { from?: string; to?: string }) {
  const station = await loadStation(ctx, stationId);
  let query = broadcastLogQuery(ctx.db).where('entry.station_id', '=', station.id);
  if (q.from) query = query.where('entry.aired_at', '>=', new Date(startOfDayInVietnam(q.from)));
  if (q.to) query = query.where('entry.aired_at', '<', new Date(endOfDayInVietnam(q.to)));
  const rows = await query.orderBy('entry.aired_at', 'desc').limit(500).execute();
  return rows.map(presentBroadcastLogEntry);
}
