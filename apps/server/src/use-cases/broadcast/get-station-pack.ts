import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { buildStationPack } from './build-station-pack.ts';
import { loadStation } from './load-station.ts';

/** The offline pack of a station the actor sees, for `date` (today in Vietnam when not given). */
export async function getStationPack(
  ctx: Context,
  files: FileStorage,
  stationId: string,
  date: string | undefined,
) {
  const station = await loadStation(ctx, stationId);
  return buildStationPack(ctx, files, station, date);
}
