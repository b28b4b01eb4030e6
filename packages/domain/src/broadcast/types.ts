/**
 * Commune loudspeaker broadcasting (Circular 39/2020 on grassroots information): stations, their
 * daily sessions and the bulletins aired in them. All times are Vietnam local time (UTC+7, no daylight
 * saving): a calendar date 'YYYY-MM-DD' and a clock time 'HH:MM'.
 */

/**
 * - normal: the commune schedules it as it chooses (the broadcaster picks the sessions);
 * - priority: goes first, placed automatically into every coming session of the targeted stations;
 * - emergency: aired at once, then on top of the next session, displacing others if needed.
 */
export const BULLETIN_PRIORITIES = ['normal', 'priority', 'emergency'] as const;
export type BulletinPriority = (typeof BULLETIN_PRIORITIES)[number];

/** Length of a session when its template does not say (minutes). */
export const DEFAULT_SESSION_MAX_MINUTES = 15;
/** Bounds of a template's `maxMinutes`. */
export const SESSION_MAX_MINUTES_RANGE = { min: 1, max: 60 } as const;
/** More sessions than this on one day is refused by `validateSessionTemplates`. */
export const MAX_SESSIONS_PER_DAY = 6;

/** One concrete broadcast session of one station. */
export interface BroadcastSession {
  /** `${stationId}:${date}:${start}` when made by `sessionsForDays`. */
  id: string;
  stationId: string;
  /** 'YYYY-MM-DD', Vietnam calendar date. */
  date: string;
  /** 'HH:MM', Vietnam local time. */
  start: string;
  /** Longest the session may run. */
  maxSeconds: number;
}

/** A recurring daily session of a station. */
export interface SessionTemplate {
  /** 'HH:MM', Vietnam local time. */
  start: string;
  /** 1–60; DEFAULT_SESSION_MAX_MINUTES when absent. */
  maxMinutes?: number;
  /** ISO weekdays the session runs on: 1 = thứ Hai (Monday) … 7 = Chủ nhật (Sunday); every day when absent. */
  weekdays?: readonly number[];
}

/**
 * One bulletin to be aired by one station. A bulletin aimed at several stations (a provincial priority
 * bulletin reaches every station of the province) arrives as one request per station: targeting is
 * resolved by the caller.
 */
export interface BulletinRequest {
  bulletinId: string;
  stationId: string;
  priority: BulletinPriority;
  /** Length of the recording; a positive number of seconds. */
  durationSeconds: number;
  /** ISO datetime with an offset ('2026-06-01T08:00:00+07:00'). */
  createdAt: string;
  title: string;
  /** Normal bulletins: the sessions the broadcaster chose, in order. Ignored for the other priorities. */
  chosenSessionIds?: readonly string[];
  /**
   * Priority and emergency bulletins: first date ('YYYY-MM-DD') they may air; the Vietnam date of
   * `createdAt` when absent.
   */
  from?: string;
  /** Priority and emergency bulletins: last date ('YYYY-MM-DD') they may air. */
  until?: string;
  /** Priority and emergency bulletins: air in at most this many sessions. */
  sessions?: number;
}
