import type { Context } from '../../http/context.ts';
import { loadStation } from './load-station.ts';
import { stationPackContents } from './station-pack-contents.ts';

/**
 * What the offline pack of a station the actor sees would hold for `date` (today in Vietnam when not
 * given), without building it: how many audio files, and the bulletins it would leave out with what to
 * do, so the screen warns before the download.
 */
export async function getStationPackCheck(ctx: Context, stationId: string, date: string | undefined) {
  const station = await loadStation(ctx, stationId);
  const contents = await stationPackContents(ctx, station, date);
  return { date: contents.date, audioFiles: contents.audio.length, leftOut: contents.leftOut };
}
