import { createHash } from 'node:crypto';
import { programmeM3u, programmeManifest, VIETNAM_OFFSET_MS } from '@lantoa/domain';
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import type { StationRow } from '../../rows/station.ts';
import { readWholeFile } from '../files/stored-file.ts';
import { fileSlug, type PackAudio, stationPackContents } from './station-pack-contents.ts';

// A zip extra field: the extended timestamp (Info-ZIP's "UT").
const EXTENDED_TIMESTAMP = 0x5455;

/**
 * The times a zip entry carries, in Vietnam time whatever the server's zone. A zip entry's own date
 * (MS-DOS format) has no zone, and fflate writes it from the local getters of `mtime`: a date whose
 * local fields are Vietnam's wall clock. The extended timestamp (0x5455: flag 1, then the Unix time)
 * gives the instant itself to the tools that read it (Info-ZIP's unzip, 7-Zip), shown in their zone.
 */
function vietnamZipTimes(now: Date) {
  const wall = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const mtime = new Date(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
  const unix = new Uint8Array(5);
  unix[0] = 1;
  new DataView(unix.buffer).setUint32(1, Math.floor(now.getTime() / 1000), true);
  return {
    mtime,
    extra: { [EXTENDED_TIMESTAMP]: unix },
    generatedAt: `${wall.toISOString().slice(0, 19)}+07:00`,
  };
}

/**
 * A station's day as a zip for stations that play from a local computer: the audio of every airing
 * numbered in airing order (station-pack-contents.ts), a UTF-8 playlist for the day and one per
 * session (.m3u8), and a JSON manifest with checksums. A bulletin whose recording is missing, being
 * made, or of an earlier text is in neither the audio nor the playlists: the manifest lists it with
 * the reason (`leftOut`), so the station airs only what was approved. The day is `requestedDate`, or
 * today in Vietnam.
 */
export async function buildStationPack(
  ctx: Context,
  files: FileStorage,
  station: StationRow,
  requestedDate: string | undefined,
) {
  const { date, day, audio, leftOut } = await stationPackContents(ctx, station, requestedDate);
  const fileIds = [...new Set(audio.map((a) => a.fileId))];
  // The zip is made in memory (fflate), so the day's recordings are read whole, one after another.
  const stored = new Map<string, { bytes: Uint8Array; sha256: string }>();
  for (const id of fileIds) {
    const bytes = await readWholeFile(files, id);
    stored.set(id, { bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const times = vietnamZipTimes(new Date());

  const zip: Zippable = {};
  const airing = new Map<string, PackAudio & { sha256: string }>();
  for (const a of audio) {
    const file = stored.get(a.fileId);
    if (!file) continue;
    // Audio is compressed already: stored as is.
    zip[a.fileName] = [file.bytes, { level: 0 }];
    airing.set(`${a.sessionId}|${a.position}`, { ...a, sha256: file.sha256 });
  }
  const playlist = (sessions: typeof day) =>
    strToU8(
      programmeM3u(
        sessions.flatMap((d) =>
          d.items.flatMap((i) => {
            const file = airing.get(`${d.session.id}|${i.position}`);
            return file
              ? [{ title: i.title, durationSeconds: i.durationSeconds, fileName: file.fileName }]
              : [];
          }),
        ),
      ),
    );
  zip['programme.m3u8'] = playlist(day);
  for (const d of day) zip[`session-${d.session.start.replace(':', '')}.m3u8`] = playlist([d]);

  const reasonOf = new Map(leftOut.map((l) => [l.bulletinId, { kind: l.kind, reason: l.reason }]));
  const manifest = programmeManifest({
    station: { id: station.id, name: station.name },
    date,
    generatedAt: times.generatedAt,
    day,
    files: new Map(),
  });
  const packed = {
    ...manifest,
    sessions: manifest.sessions.map((s) => ({
      ...s,
      items: s.items.map((item) => {
        const file = airing.get(`${s.id}|${item.position}`);
        return {
          ...item,
          file: file?.fileName ?? null,
          sha256: file?.sha256 ?? null,
          leftOut: file ? null : (reasonOf.get(item.bulletinId) ?? null),
        };
      }),
    })),
    leftOut,
  };
  zip['manifest.json'] = strToU8(JSON.stringify(packed, null, 2));
  return {
    fileName: `lich-phat-${fileSlug(station.name)}-${date}.zip`,
    bytes: zipSync(zip, { mtime: times.mtime, extra: times.extra }),
  };
}
