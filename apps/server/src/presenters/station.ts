import type { StationRow, StationSession } from '../rows/station.ts';

/** A station as the API answers it: its key only as a hint (the last four characters). */
export const presentStation = (station: StationRow) => ({
  id: station.id,
  name: station.name,
  body: { id: station.body_id, name: station.body_name },
  listeners: station.listeners,
  sessions: station.sessions as StationSession[],
  apiKeyHint: station.api_key_hint,
  version: station.version,
});
