import { createHash } from 'node:crypto';
import {
  type BulletinFile,
  type DaySession,
  foldVietnamese,
  type ProgrammeItem,
  programmeM3u,
  programmeManifest,
  vietnamToday,
} from '@lantoa/domain';
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Context } from '../../http/context.ts';
import type { StationRow } from '../../rows/station.ts';
import { buildStationProgramme } from './build-station-programme.ts';

const EXTENSIONS: Record<string, string> = { 'audio/ogg': 'opus', 'audio/mpeg': 'mp3', 'audio/wav': 'wav' };

/** A file name a local player and any file system accept: ASCII, no spaces. */
const slug = (title: string) =>
  foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'ban-tin';

/**
 * A station's day as a zip for stations that play from a local computer: the audio of every bulletin
 * (once each), a playlist for the day and one per session (.m3u), and a JSON manifest with checksums.
 * Bulletins without a recording are listed in the manifest without a file. The day is `requestedDate`,
 * or today in Vietnam.
 */
export async function buildStationPack(ctx: Context, station: StationRow, requestedDate: string | undefined) {
  const date = requestedDate ?? vietnamToday();
  const programme = await buildStationProgramme(ctx, station, date, 1);
  // The programme is already grouped by session in airing order: the day as the manifest wants it.
  const day: DaySession[] = programme.sessions.map((s) => ({
    session: { id: s.id, stationId: station.id, date: s.date, start: s.start, maxSeconds: s.maxSeconds },
    items: s.items.map((i, index) => ({ ...i, sessionId: s.id, stationId: station.id, position: index + 1 })),
    totalSeconds: s.totalSeconds,
  }));
  const bulletinIds = [...new Set(day.flatMap((d) => d.items.map((i) => i.bulletinId)))];
  const audio = bulletinIds.length
    ? await ctx.db
        .selectFrom('bulletins as bulletin')
        .innerJoin('files as audio_file', 'audio_file.id', 'bulletin.audio_file_id')
        .select(['bulletin.id', 'bulletin.title', 'audio_file.media_type', 'audio_file.content'])
        .where('bulletin.id', 'in', bulletinIds)
        .execute()
    : [];
  const zip: Zippable = {};
  const files = new Map<string, BulletinFile>();
  audio.forEach((a, index) => {
    const fileName = `audio/${String(index + 1).padStart(2, '0')}-${slug(a.title)}.${EXTENSIONS[a.media_type] ?? 'bin'}`;
    const bytes = new Uint8Array(a.content);
    // Audio is compressed already: stored as is.
    zip[fileName] = [bytes, { level: 0 }];
    files.set(a.id, { fileName, sha256: createHash('sha256').update(bytes).digest('hex') });
  });
  const playlist = (list: ProgrammeItem[]) =>
    programmeM3u(
      list.flatMap((i) => {
        const file = files.get(i.bulletinId);
        return file ? [{ title: i.title, durationSeconds: i.durationSeconds, fileName: file.fileName }] : [];
      }),
    );
  zip['programme.m3u'] = strToU8(playlist(day.flatMap((d) => d.items)));
  for (const d of day) zip[`session-${d.session.start.replace(':', '')}.m3u`] = strToU8(playlist(d.items));
  const manifest = programmeManifest({
    station: { id: station.id, name: station.name },
    date,
    generatedAt: new Date().toISOString(),
    day,
    files,
  });
  zip['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
  return { fileName: `lich-phat-${slug(station.name)}-${date}.zip`, bytes: zipSync(zip) };
}
