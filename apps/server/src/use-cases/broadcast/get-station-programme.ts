import type { Context } from '../../http/context.ts';
import { buildStationProgramme } from './build-station-programme.ts';
import { loadStation } from './load-station.ts';

/** The programme of a station the actor sees, from `from` (today in Vietnam when not given). */
export async function getStationProgramme(
  ctx: Context,
  stationId: string,
  from: string | undefined,
  days: number,
) {
  const station = await loadStation(ctx, stationId);
  return buildStationProgramme(ctx, station, from, days);
}
