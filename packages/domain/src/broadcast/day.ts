import type { ProgrammeItem } from './programme.ts';
import { addDays } from './time.ts';
import type { BroadcastSession, BulletinPriority } from './types.ts';

/** One session of a station's day with its bulletins in airing order. */
export interface DaySession {
  session: BroadcastSession;
  items: ProgrammeItem[];
  /** Sum of the items' durations (may exceed session.maxSeconds when the session is overlong). */
  totalSeconds: number;
}

export interface PlaylistEntry {
  title: string;
  durationSeconds: number;
  /** Path of the audio file, relative to the playlist. */
  fileName: string;
}

/**
 * An extended M3U playlist: '#EXTM3U', then per entry '#EXTINF:<seconds>,<title>' and the file line,
 * '\n' line ends and a final newline. Seconds are rounded (-1, "unknown", when not a number ≥ 0);
 * control characters and line breaks in a title become spaces. Throws RangeError on a file name that
 * is empty, holds a line break or starts with '#' (it would break the playlist).
 */
export function programmeM3u(entries: readonly PlaylistEntry[]): string {
  const lines = ['#EXTM3U'];
  for (const entry of entries) {
    if (
      entry.fileName.trim() === '' ||
      /[\r\n\u2028\u2029]/.test(entry.fileName) ||
      entry.fileName.startsWith('#')
    ) {
      throw new RangeError(`Not a usable playlist file name: ${JSON.stringify(entry.fileName)}`);
    }
    const seconds =
      Number.isFinite(entry.durationSeconds) && entry.durationSeconds >= 0
        ? Math.round(entry.durationSeconds)
        : -1;
    lines.push(`#EXTINF:${seconds},${singleLine(entry.title)}`, entry.fileName);
  }
  return `${lines.join('\n')}\n`;
}

/** The audio file of a bulletin in the offline pack. */
export interface BulletinFile {
  fileName: string;
  /** Hex SHA-256 of the file, computed by the caller (the domain does no I/O). */
  sha256: string;
}

export interface ManifestItem {
  position: number;
  bulletinId: string;
  title: string;
  priority: BulletinPriority;
  /** null when the caller has no file for the bulletin. */
  file: string | null;
  durationSeconds: number;
  sha256: string | null;
}

export interface ProgrammeManifest {
  format: 'lantoa-broadcast-programme';
  version: 1;
  station: { id: string; name: string };
  date: string;
  /** ISO datetime, given by the caller. */
  generatedAt: string;
  sessions: {
    id: string;
    start: string;
    maxSeconds: number;
    totalSeconds: number;
    items: ManifestItem[];
  }[];
}

/**
 * The manifest of a station's day for the offline pack: plain data (JSON.stringify gives the file),
 * sessions and items in airing order; `files` maps bulletin ids to their
 * audio file and checksum.
 */
export function programmeManifest(input: {
  station: { id: string; name: string };
  date: string;
  generatedAt: string;
  day: readonly DaySession[];
  files: ReadonlyMap<string, BulletinFile>;
}): ProgrammeManifest {
  addDays(input.date, 0); // validates the date
  return {
    format: 'lantoa-broadcast-programme',
    version: 1,
    station: { id: input.station.id, name: input.station.name },
    date: input.date,
    generatedAt: input.generatedAt,
    sessions: input.day.map(({ session, items, totalSeconds }) => ({
      id: session.id,
      start: session.start,
      maxSeconds: session.maxSeconds,
      totalSeconds,
      items: items.map((item): ManifestItem => {
        const file = input.files.get(item.bulletinId);
        return {
          position: item.position,
          bulletinId: item.bulletinId,
          title: item.title,
          priority: item.priority,
          file: file?.fileName ?? null,
          durationSeconds: item.durationSeconds,
          sha256: file?.sha256 ?? null,
        };
      }),
    })),
  };
}

function singleLine(text: string): string {
  // Cc: the control characters, line breaks included; Zl and Zp: the Unicode line and paragraph separators.
  return text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
