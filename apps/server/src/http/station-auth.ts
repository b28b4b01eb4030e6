import type { Actor } from '@lantoa/domain';
import type { FastifyRequest } from 'fastify';
import { stationIdOfKey, stationKeyMatches } from '../auth/station-keys.ts';
import { type StationRow, unsafeFindStation } from '../rows/station.ts';
import { addressBucket } from './client-address.ts';
import type { AppDeps, Context } from './context.ts';
import { AppError } from './errors.ts';

/** The header a loudspeaker system sends its station's API key in. */
export const STATION_KEY_HEADER = 'x-station-key';

/** The station a key belongs to, or 401 in Vietnamese. */
async function findStationByKey(db: Context['db'], apiKey: string | undefined): Promise<StationRow> {
  const id = apiKey ? stationIdOfKey(apiKey) : null;
  const station = id ? await unsafeFindStation(db, id) : undefined;
  if (!apiKey || !station || !stationKeyMatches(apiKey, station.api_key_hash)) {
    throw new AppError(
      'unauthenticated',
      'Khóa API của đài không đúng. Hãy tạo khóa mới trong trang cài đặt của đài.',
    );
  }
  return station;
}

// One verification per request: the rate limit's key and the handler both need the station, and
// the second would read the station and hash the key again.
const verified = new WeakMap<FastifyRequest, Promise<StationRow>>();

/** The station whose key came with the request; rejects with 401 in Vietnamese otherwise. */
function stationOf(request: FastifyRequest, deps: AppDeps): Promise<StationRow> {
  let station = verified.get(request);
  if (!station) {
    const apiKey = request.headers[STATION_KEY_HEADER];
    station = findStationByKey(deps.handle.db, typeof apiKey === 'string' ? apiKey : undefined);
    verified.set(request, station);
  }
  return station;
}

/**
 * What the station API's rate limit counts a request against: its station once the key verifies; a
 * key that does not verify counts against the sender's address, so guessing at a station's key
 * never spends that station's own budget.
 */
export async function stationRateLimitKey(request: FastifyRequest, deps: AppDeps): Promise<string> {
  const station = await stationOf(request, deps).catch(() => null);
  return station ? `station:${station.id}` : `address:${addressBucket(request.ip)}`;
}

/**
 * The station's system reads as a broadcaster of the station's own body: it sees the bulletins that
 * body's broadcaster sees. It is nobody's account (`userId` empty): what it records carries no
 * recorder (`recorded_by` null).
 */
const stationActor = (station: StationRow): Actor => ({
  userId: '',
  bodyId: station.body_id,
  grants: [{ role: 'broadcaster', scopeBodyId: station.body_id, scopePath: station.body_path }],
});

/** The use-case context of a station API request and its station; 401 when the key does not verify. */
export async function stationContextOf(
  request: FastifyRequest,
  deps: AppDeps,
): Promise<{ ctx: Context; station: StationRow }> {
  const station = await stationOf(request, deps);
  return { ctx: { db: deps.handle.db, actor: stationActor(station) }, station };
}
