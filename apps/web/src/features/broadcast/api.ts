/**
 * Calls of the broadcast API (`/api/broadcast/…`): bulletins, stations, programmes, logs. The shapes
 * it answers are inferred from the API contract (types only: nothing of it reaches the bundle).
 */
import type * as contract from '@lantoa/api-contract/broadcast';
import type * as speech from '@lantoa/api-contract/pronunciations';
import type { BulletinPriority } from '@lantoa/domain/constants';
import type { z } from 'zod';
import { api, type QueryOf } from '../../api/client.ts';

export type Priority = BulletinPriority;
export type Bulletin = z.output<typeof contract.bulletin>;
export type AudioStatus = Bulletin['audio']['status'];
export type Session = z.output<typeof contract.stationSession>;
export type Station = z.output<typeof contract.station>;
export type Programme = z.output<typeof contract.programme>;
export type ProgrammeSession = z.output<typeof contract.programmeSession>;
export type ProgrammeItem = z.output<typeof contract.programmeItem>;
export type PlacementReason = ProgrammeItem['reason'];
export type LogEntry = z.output<typeof contract.logEntry>;
export type PackCheck = z.output<typeof contract.stationPackCheck>;

type BulletinResponse = z.output<typeof contract.bulletinResponse>;
type StationResponse = z.output<typeof contract.stationResponse>;
type PlacementResponse = z.output<typeof contract.placementResponse>;

export type Pronunciation = z.output<typeof speech.pronunciation>;
export type PronunciationList = z.output<typeof speech.pronunciationList>;
export type PronunciationInput = z.input<typeof speech.pronunciationInput>;
export type SpeechReadiness = z.output<typeof speech.speechReadiness>;
export type SpeechFinding = SpeechReadiness['findings'][number];
export type SpeechFindingKind = SpeechFinding['kind'];

/** What the bulletin form and the log send (the server's request schemas, before their defaults). */
export type BulletinInput = z.input<typeof contract.bulletinInput>;
export type LogInput = z.input<typeof contract.logEntryInput>;

const enc = encodeURIComponent;
const bulletins = '/api/broadcast/bulletins';
const stations = '/api/broadcast/stations';

export const broadcastApi = {
  bulletins: (query: QueryOf<typeof contract.bulletinQuery>) =>
    api.get<z.output<typeof contract.bulletinPage>>(bulletins, { ...query }),
  bulletin: (id: string) => api.get<BulletinResponse>(`${bulletins}/${enc(id)}`),
  createBulletin: (input: BulletinInput) => api.post<BulletinResponse>(bulletins, input),
  updateBulletin: (id: string, input: Partial<BulletinInput> & { version: number }) =>
    api.patch<BulletinResponse>(`${bulletins}/${enc(id)}`, input),
  synthesise: (id: string) => api.post<BulletinResponse>(`${bulletins}/${enc(id)}/synthesis`),
  audioUrl: (bulletin: Pick<Bulletin, 'id' | 'version' | 'audio'>) =>
    `${bulletins}/${enc(bulletin.id)}/audio?v=${bulletin.version}-${bulletin.audio.durationSeconds ?? 0}`,

  stations: () => api.get<z.output<typeof contract.stationList>>(stations),
  createStation: (input: { bodyId: string; name: string; listeners: number; sessions: Session[] }) =>
    api.post<StationResponse>(stations, input),
  updateStation: (
    id: string,
    input: { version: number; name?: string; listeners?: number; sessions?: Session[] },
  ) => api.patch<StationResponse>(`${stations}/${enc(id)}`, input),
  newApiKey: (id: string) =>
    api.post<z.output<typeof contract.stationKeyResponse>>(`${stations}/${enc(id)}/api-key`),
  programme: (id: string, from: string, days = 7) =>
    api.get<Programme>(`${stations}/${enc(id)}/programme`, { from, days }),
  place: (id: string, bulletinId: string, sessionIds: string[]) =>
    api.post<PlacementResponse>(`${stations}/${enc(id)}/placements`, { bulletinId, sessionIds }),
  unplace: (id: string, bulletinId: string, sessionId: string) =>
    api.delete<PlacementResponse>(
      `${stations}/${enc(id)}/placements/${enc(bulletinId)}?sessionId=${enc(sessionId)}`,
    ),
  log: (id: string, query: { from?: string; to?: string } = {}) =>
    api.get<z.output<typeof contract.logList>>(`${stations}/${enc(id)}/log`, query),
  record: (id: string, input: LogInput) =>
    api.post<z.output<typeof contract.logEntryResponse>>(`${stations}/${enc(id)}/log`, input),
  /** What the day's pack would leave out, checked before the download. */
  packCheck: (id: string, date: string) => api.get<PackCheck>(`${stations}/${enc(id)}/pack-check`, { date }),
  packUrl: (id: string, date: string) => `${stations}/${enc(id)}/pack.zip?date=${enc(date)}`,
};

/** A body's pronunciation list (its own and those above it), and a text checked before it is read. */
export const speechApi = {
  pronunciations: (bodyId: string) => api.get<PronunciationList>(`/api/bodies/${enc(bodyId)}/pronunciations`),
  savePronunciation: (bodyId: string, input: PronunciationInput) =>
    api.post<z.output<typeof speech.pronunciationSaved>>(`/api/bodies/${enc(bodyId)}/pronunciations`, input),
  deletePronunciation: (entry: Pick<Pronunciation, 'id' | 'version'>) =>
    api.delete<void>(`/api/pronunciations/${enc(entry.id)}?version=${entry.version}`),
  readiness: (input: z.input<typeof speech.speechReadinessInput>) =>
    api.post<SpeechReadiness>('/api/speech/readiness', input),
};

/** Seconds as m:ss (or h:mm:ss). */
export function formatSeconds(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
