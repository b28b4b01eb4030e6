import type { Context } from '../../http/context.ts';
import { loadStation } from './load-station.ts';
import { type LogInput, recordBroadcast } from './record-broadcast.ts';

/** A broadcaster records from the screen what their station aired. */
export async function recordBroadcastFromScreen(ctx: Context, stationId: string, input: LogInput) {
  const station = await loadStation(ctx, stationId, 'broadcast');
  return recordBroadcast(ctx, station, input, ctx.actor.userId);
}
