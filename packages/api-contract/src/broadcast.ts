// Loudspeaker broadcasting (`/api/broadcast/…`): bulletins, stations, their programmes and what they
// aired. The loudspeaker systems' own API (`/api/station/…`, with the station's key) answers with the
// same programme and log entry. Recordings and offline packs are files, not JSON.
import { BULLETIN_PRIORITIES, PLACEMENT_REASONS, PROGRAMME_ISSUE_KINDS } from '@lantoa/domain/constants';
import { z } from 'zod';
import { draftSentence } from './assistant-drafts.ts';
import { bodyRef, id, isoDate, isoDateTime, listOf, pageOf } from './common.ts';
import { dateField, dateTimeField, page, pageSize } from './request-fields.ts';
import { text } from './text-field.ts';
import { fileResponse } from './uploads.ts';

/** A bulletin or library item named by its title. */
const titled = z.object({ id, title: z.string() });

/** Where a bulletin's recording stands (the `bulletin.speech` job). */
const AUDIO_STATUSES = ['none', 'queued', 'running', 'ready', 'failed'] as const;

export const bulletin = z.object({
  id,
  title: z.string(),
  text: z.string(),
  priority: z.enum(BULLETIN_PRIORITIES),
  /** The body that wrote it. */
  body: bodyRef,
  /** The body whose stations (and those of the bodies below it) air it. */
  target: bodyRef,
  validFrom: isoDate,
  validUntil: isoDate.nullable(),
  sourceItem: titled.nullable(),
  sourceBulletin: titled.nullable(),
  audio: z.object({
    status: z.enum(AUDIO_STATUSES),
    /** 0–100 while the job runs. */
    progress: z.number(),
    error: z.string().nullable(),
    durationSeconds: z.number().nullable(),
    mediaType: z.string().nullable(),
    /** A recording of an earlier text: the text changed since it was made. */
    stale: z.boolean(),
  }),
  /**
   * For a bulletin the assistant drafted: its sentences as drafted, each with the source it was taken
   * from (the opening and closing have none); empty for a bulletin written by hand.
   */
  sources: z.array(draftSentence),
  version: z.number().int(),
  createdAt: isoDateTime,
  canEdit: z.boolean(),
});

/** GET /api/broadcast/bulletins. */
export const bulletinPage = pageOf(bulletin);

/** The bulletins' search (query string). */
export const bulletinQuery = z.object({
  q: z.string().max(200).optional(),
  priority: z.enum(BULLETIN_PRIORITIES).optional(),
  page,
  pageSize: pageSize.default(20),
});
/** A bulletin written, read, changed or sent to be read out. */
export const bulletinResponse = z.object({ bulletin });

/** A daily session of a station: its start 'HH:MM' and its longest run. */
export const stationSession = z.object({ start: z.string(), maxMinutes: z.number().int() });

export const station = z.object({
  id,
  name: z.string(),
  body: bodyRef,
  listeners: z.number().int(),
  sessions: z.array(stationSession),
  /** The last four characters of its API key; null until one is issued. */
  apiKeyHint: z.string().nullable(),
  version: z.number().int(),
});

/** GET /api/broadcast/stations. */
export const stationList = listOf(station);
/** A station added or changed. */
export const stationResponse = z.object({ station });
/** A new key for the station's loudspeaker system, shown this once: only its hash is kept. */
export const stationKeyResponse = z.object({ apiKey: z.string() });

export const programmeItem = z.object({
  bulletinId: id,
  title: z.string(),
  priority: z.enum(BULLETIN_PRIORITIES),
  durationSeconds: z.number(),
  /** Seconds from the session's start (bulletins run back to back). */
  startOffsetSeconds: z.number(),
  reason: z.enum(PLACEMENT_REASONS),
  aired: z.boolean(),
});

export const programmeSession = z.object({
  /** `<station id>:<YYYY-MM-DD>:<HH:MM>`. */
  id: z.string(),
  date: isoDate,
  start: z.string(),
  maxSeconds: z.number(),
  totalSeconds: z.number(),
  items: z.array(programmeItem),
});

export const programmeIssue = z.object({
  kind: z.enum(PROGRAMME_ISSUE_KINDS),
  sessionId: z.string().nullable(),
  bulletinId: id.nullable(),
  /** Vietnamese, says what to do. */
  message: z.string(),
});

/** A station's programme over some days: the screen's and the loudspeaker system's alike. */
export const programme = z.object({
  station,
  /** The first day and how many days. */
  from: isoDate,
  days: z.number().int(),
  sessions: z.array(programmeSession),
  /** Emergency bulletins to air right now. */
  immediate: z.array(z.object({ bulletinId: id, title: z.string() })),
  issues: z.array(programmeIssue),
});

/** A placement added or taken out (doing it twice changes nothing). */
export const placementResponse = z.object({ ok: z.boolean() });

export const logEntry = z.object({
  id,
  bulletin: titled.nullable(),
  title: z.string(),
  sessionId: z.string().nullable(),
  airedAt: isoDateTime,
  durationSeconds: z.number().int(),
  /** From the screen, or from the station's loudspeaker system with its key. */
  source: z.enum(['manual', 'api']),
  /** Who recorded it on the screen. */
  recordedBy: z.string().nullable(),
});

/** GET /api/broadcast/stations/:id/log. */
export const logList = listOf(logEntry);
/** An airing recorded (201), or the entry already there for a repeat (200). */
export const logEntryResponse = z.object({ entry: logEntry });

/** A day's programme for offline play, from the screen or the loudspeaker system. */
export const stationPackFile = fileResponse(
  'A day’s programme for offline play: audio numbered in airing order, UTF-8 .m3u8 playlists, manifest.json',
  ['application/zip'],
);

/**
 * Why a bulletin of the day has no audio in the offline pack: no recording (or the last attempt
 * failed), one being made, or one of an earlier text (stale), which would air what was not approved.
 */
export const PACK_LEFT_OUT_KINDS = ['missing', 'pending', 'stale'] as const;

/** A bulletin the offline pack leaves out of its audio and playlists (also in its manifest.json). */
export const packLeftOut = z.object({
  bulletinId: id,
  title: z.string(),
  kind: z.enum(PACK_LEFT_OUT_KINDS),
  /** The sessions ('HH:MM') it was to air in. */
  sessions: z.array(z.string()),
  /** Vietnamese, says what to do. */
  reason: z.string(),
});

/** What a day's offline pack would hold, checked before it is downloaded. */
export const stationPackCheck = z.object({
  date: isoDate,
  /** Audio files in the pack: one per airing. */
  audioFiles: z.number().int(),
  leftOut: z.array(packLeftOut),
});

// Requests -------------------------------------------------------------------------------------

/** A bulletin as its form sends it (POST; PATCH sends only what changes, with `version`). */
export const bulletinInput = z.object({
  title: text(300),
  text: text(20_000, { multiline: true }),
  priority: z.enum(BULLETIN_PRIORITIES),
  targetBodyId: z.uuid(),
  validFrom: dateField.optional(),
  validUntil: dateField.nullish(),
  sourceItemId: z.uuid().nullish(),
  sourceBulletinId: z.uuid().nullish(),
});

/** What was aired, from the screen or (with an external id) from the station's own system. */
export const logEntryInput = z.object({
  bulletinId: z.uuid().optional(),
  title: text(300, { optional: true }).optional(),
  sessionId: z.string().max(100).optional(),
  airedAt: dateTimeField.optional(),
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(6 * 3600)
    .optional(),
});
