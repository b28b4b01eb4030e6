/** Shapes and calls of the broadcast API (`/api/broadcast/…`): bulletins, stations, programmes, logs. */
import { api } from '../../api/client.ts';
import type { BodyRef } from '../../api/types.ts';

export const PRIORITIES = ['normal', 'priority', 'emergency'] as const;
export type Priority = (typeof PRIORITIES)[number];

export type AudioStatus = 'none' | 'queued' | 'running' | 'ready' | 'failed';

export interface Bulletin {
  id: string;
  title: string;
  text: string;
  priority: Priority;
  body: BodyRef;
  target: BodyRef;
  validFrom: string;
  validUntil: string | null;
  sourceItem: { id: string; title: string } | null;
  sourceBulletin: { id: string; title: string } | null;
  audio: {
    status: AudioStatus;
    progress: number;
    error: string | null;
    durationSeconds: number | null;
    mediaType: string | null;
    stale: boolean;
  };
  version: number;
  createdAt: string;
  canEdit: boolean;
}

export interface BulletinInput {
  title: string;
  text: string;
  priority: Priority;
  targetBodyId: string;
  validFrom: string;
  validUntil?: string | null;
  sourceItemId?: string;
  sourceBulletinId?: string;
}

export interface Session {
  start: string;
  maxMinutes: number;
}

export interface Station {
  id: string;
  name: string;
  body: BodyRef;
  listeners: number;
  sessions: Session[];
  apiKeyHint: string | null;
  version: number;
}

export interface ProgrammeItem {
  bulletinId: string;
  title: string;
  priority: Priority;
  durationSeconds: number;
  startOffsetSeconds: number;
  reason: string;
  aired: boolean;
}

export interface ProgrammeSession {
  id: string;
  date: string;
  start: string;
  maxSeconds: number;
  totalSeconds: number;
  items: ProgrammeItem[];
}

export type IssueKind = 'overlong' | 'conflict' | 'unplaced' | 'displaced' | 'past_session';

export interface Programme {
  station: Station;
  sessions: ProgrammeSession[];
  immediate: { bulletinId: string; title: string }[];
  issues: { kind: IssueKind; sessionId: string | null; bulletinId: string | null; message: string }[];
}

export interface LogEntry {
  id: string;
  bulletin: { id: string; title: string } | null;
  title: string;
  sessionId: string | null;
  airedAt: string;
  durationSeconds: number;
  source: 'manual' | 'api';
  recordedBy: string | null;
}

export interface LogInput {
  bulletinId?: string;
  title?: string;
  sessionId?: string;
  airedAt?: string;
  durationSeconds?: number;
}

const enc = encodeURIComponent;
const bulletins = '/api/broadcast/bulletins';
const stations = '/api/broadcast/stations';

export const broadcastApi = {
  bulletins: (query: { q?: string; priority?: Priority | undefined; page?: number; pageSize?: number }) =>
    api.get<{ items: Bulletin[]; total: number }>(bulletins, { ...query }),
  bulletin: (id: string) => api.get<{ bulletin: Bulletin }>(`${bulletins}/${enc(id)}`),
  createBulletin: (input: BulletinInput) => api.post<{ bulletin: Bulletin }>(bulletins, input),
  updateBulletin: (id: string, input: Partial<BulletinInput> & { version: number }) =>
    api.patch<{ bulletin: Bulletin }>(`${bulletins}/${enc(id)}`, input),
  synthesise: (id: string) => api.post<{ bulletin: Bulletin }>(`${bulletins}/${enc(id)}/synthesis`),
  audioUrl: (bulletin: Pick<Bulletin, 'id' | 'version' | 'audio'>) =>
    `${bulletins}/${enc(bulletin.id)}/audio?v=${bulletin.version}-${bulletin.audio.durationSeconds ?? 0}`,

  stations: () => api.get<{ items: Station[] }>(stations),
  createStation: (input: { bodyId: string; name: string; listeners: number; sessions: Session[] }) =>
    api.post<{ station: Station }>(stations, input),
  updateStation: (
    id: string,
    input: { version: number; name?: string; listeners?: number; sessions?: Session[] },
  ) => api.patch<{ station: Station }>(`${stations}/${enc(id)}`, input),
  newApiKey: (id: string) => api.post<{ apiKey: string }>(`${stations}/${enc(id)}/api-key`),
  programme: (id: string, from: string, days = 7) =>
    api.get<Programme>(`${stations}/${enc(id)}/programme`, { from, days }),
  place: (id: string, bulletinId: string, sessionIds: string[]) =>
    api.post<{ ok: true }>(`${stations}/${enc(id)}/placements`, { bulletinId, sessionIds }),
  unplace: (id: string, bulletinId: string, sessionId: string) =>
    api.delete<{ ok: true }>(
      `${stations}/${enc(id)}/placements/${enc(bulletinId)}?sessionId=${enc(sessionId)}`,
    ),
  log: (id: string, query: { from?: string; to?: string } = {}) =>
    api.get<{ items: LogEntry[] }>(`${stations}/${enc(id)}/log`, query),
  record: (id: string, input: LogInput) => api.post<{ entry: LogEntry }>(`${stations}/${enc(id)}/log`, input),
  packUrl: (id: string, date: string) => `${stations}/${enc(id)}/pack.zip?date=${enc(date)}`,
};

/** A day as YYYY-MM-DD `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Seconds as m:ss (or h:mm:ss). */
export function formatSeconds(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
