import type { BroadcastLogRow } from '../rows/broadcast-log-entry.ts';

/** An entry of a station's broadcast log as the API answers it. */
export const presentBroadcastLogEntry = (entry: BroadcastLogRow) => ({
  id: entry.id,
  bulletin: entry.bulletin_id ? { id: entry.bulletin_id, title: entry.bulletin_title ?? entry.title } : null,
  title: entry.title,
  sessionId: entry.session_id,
  airedAt: entry.aired_at.toISOString(),
  durationSeconds: entry.duration_seconds,
  source: entry.source,
  recordedBy: entry.recorded_by_name,
});
