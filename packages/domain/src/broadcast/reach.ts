/** A loudspeaker station, where it sits among the bodies and how many people hear it. */
export interface StationAudience {
  stationId: string;
  /** Materialised path '/root/…/id/' of the body (commune) running the station. */
  bodyPath: string;
  /** People within earshot, as declared by the commune; stations are assumed not to overlap. */
  listeners: number;
}

export interface BroadcastReach {
  /** Listeners of the stations that aired at least one bulletin in the period. */
  reached: number;
  /** Listeners of all the stations counted. */
  total: number;
}

/**
 * People reached by loudspeaker in a period, for the indicator "80 % of citizens reached": numerator
 * `reached`, denominator `total` (as a row for `rollUp`). A station counts in full when it is in
 * `airedStationIds` (it aired at least one bulletin in the period), not at all otherwise. With `atPath`
 * only stations of that body and below count. A station listed twice counts once (its first row);
 * listener counts must be finite and ≥ 0, else RangeError.
 */
export function broadcastReach(
  stations: readonly StationAudience[],
  airedStationIds: ReadonlySet<string>,
  atPath?: string,
): BroadcastReach {
  // '/root/a' would otherwise also match '/root/ab/'.
  const prefix = atPath === undefined ? '' : atPath.endsWith('/') ? atPath : `${atPath}/`;
  const seen = new Set<string>();
  let reached = 0;
  let total = 0;
  for (const station of stations) {
    if (!(Number.isFinite(station.listeners) && station.listeners >= 0)) {
      throw new RangeError(
        `Station ${station.stationId}: listeners must be a number ≥ 0, got ${station.listeners}`,
      );
    }
    if (seen.has(station.stationId) || !station.bodyPath.startsWith(prefix)) continue;
    seen.add(station.stationId);
    total += station.listeners;
    if (airedStationIds.has(station.stationId)) reached += station.listeners;
  }
  return { reached, total };
}
