import type { PACK_LEFT_OUT_KINDS } from '@lantoa/api-contract/broadcast';
import { type DaySession, foldVietnamese, type ProgrammeItem, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { speechTextHash } from '../../rows/bulletin.ts';
import type { StationRow } from '../../rows/station.ts';
import { buildStationProgramme } from './build-station-programme.ts';

const EXTENSIONS: Record<string, string> = { 'audio/ogg': 'opus', 'audio/mpeg': 'mp3', 'audio/wav': 'wav' };

// Long enough to tell bulletins apart in a file list, short enough for old players' screens.
const SLUG_LENGTH = 40;

/**
 * A file name a local player and any file system accept: ASCII, no spaces, at most 40 characters
 * cut between words ("…-nam-2026", never "…-nam-202").
 */
export function fileSlug(title: string): string {
  const words = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (words.length <= SLUG_LENGTH) return words || 'ban-tin';
  const cut = words.lastIndexOf('-', SLUG_LENGTH);
  // One word longer than the limit has no boundary to cut at.
  return cut > 0 ? words.slice(0, cut) : words.slice(0, SLUG_LENGTH);
}

/** Why a bulletin of the day has no audio in the pack (the contract says each). */
export type PackLeftOutKind = (typeof PACK_LEFT_OUT_KINDS)[number];

/** One airing that has its audio in the pack, numbered in airing order. */
export interface PackAudio {
  sessionId: string;
  /** The item's position in its session (1 for the first). */
  position: number;
  bulletinId: string;
  fileName: string;
  fileId: string;
}

/** A bulletin of the day left out of the audio and the playlists, once however many sessions it is in. */
export interface PackLeftOut {
  bulletinId: string;
  title: string;
  kind: PackLeftOutKind;
  /** The sessions ('HH:MM') it was to air in. */
  sessions: string[];
  /** Vietnamese, says what to do. */
  reason: string;
}

interface AudioState {
  title: string;
  text: string;
  audio_status: string;
  audio_text_hash: string | null;
  audio_file_id: string | null;
  media_type: string | null;
}

const AGAIN = 'rồi tải lại gói phát.';

/**
 * A bulletin's recording for the pack when it says the bulletin's current text (the hash the speech
 * job kept), or why it is left out.
 */
function packedAudioOf(
  audio: AudioState | undefined,
): { fileId: string; extension: string } | { kind: PackLeftOutKind; reason: string } {
  if (audio?.audio_file_id && audio.audio_text_hash === speechTextHash(audio.title, audio.text)) {
    return { fileId: audio.audio_file_id, extension: EXTENSIONS[audio.media_type ?? ''] ?? 'bin' };
  }
  if (audio?.audio_status === 'queued' || audio?.audio_status === 'running') {
    return { kind: 'pending', reason: `Âm thanh của bản tin đang được tạo: hãy chờ tạo xong ${AGAIN}` };
  }
  if (audio?.audio_file_id) {
    return {
      kind: 'stale',
      reason: `Nội dung bản tin đã sửa sau khi tạo âm thanh nên bản ghi cũ không được đưa vào gói: hãy tạo lại âm thanh (nút “Đọc lại” ở trang bản tin) ${AGAIN}`,
    };
  }
  if (audio?.audio_status === 'failed') {
    return {
      kind: 'missing',
      reason: `Tạo âm thanh cho bản tin không thành công: hãy tạo lại âm thanh (nút “Đọc lại” ở trang bản tin) ${AGAIN}`,
    };
  }
  return {
    kind: 'missing',
    reason: `Bản tin chưa có âm thanh: hãy tạo âm thanh (nút “Đọc thành tiếng” ở trang bản tin) ${AGAIN}`,
  };
}

/**
 * What a station's offline pack for a day holds, without the audio bytes: the day's sessions, the
 * airings whose recording says the bulletin's current text, numbered 01, 02… in airing order (session
 * by session, each in programme order: a player that plays the folder by name airs the day right, so
 * a bulletin in two sessions has a file for each), and the bulletins left out with what to do. The day
 * is `requestedDate`, or today in Vietnam.
 */
export async function stationPackContents(
  ctx: Context,
  station: StationRow,
  requestedDate: string | undefined,
) {
  const date = requestedDate ?? vietnamToday();
  const programme = await buildStationProgramme(ctx, station, date, 1);
  // The programme is already grouped by session in airing order: the day as the manifest wants it.
  const day: DaySession[] = programme.sessions.map((s) => ({
    session: { id: s.id, stationId: station.id, date: s.date, start: s.start, maxSeconds: s.maxSeconds },
    items: s.items.map((i, index) => ({ ...i, sessionId: s.id, stationId: station.id, position: index + 1 })),
    totalSeconds: s.totalSeconds,
  }));
  const bulletinIds = [...new Set(day.flatMap((d) => d.items.map((i) => i.bulletinId)))];
  const rows = bulletinIds.length
    ? await ctx.db
        .selectFrom('bulletins as bulletin')
        .leftJoin('files as audio_file', 'audio_file.id', 'bulletin.audio_file_id')
        .select([
          'bulletin.id',
          'bulletin.title',
          'bulletin.text',
          'bulletin.audio_status',
          'bulletin.audio_text_hash',
          'bulletin.audio_file_id',
          'audio_file.media_type',
        ])
        .where('bulletin.id', 'in', bulletinIds)
        .execute()
    : [];
  const audioOf = new Map(rows.map((row) => [row.id, row]));

  const kept: { item: ProgrammeItem; start: string; fileId: string; extension: string }[] = [];
  const leftOut = new Map<string, PackLeftOut>();
  for (const { session, items } of day) {
    for (const item of items) {
      const packed = packedAudioOf(audioOf.get(item.bulletinId));
      if ('fileId' in packed) {
        kept.push({ item, start: session.start, ...packed });
        continue;
      }
      const known = leftOut.get(item.bulletinId);
      if (known) {
        if (!known.sessions.includes(session.start)) known.sessions.push(session.start);
      } else {
        leftOut.set(item.bulletinId, {
          bulletinId: item.bulletinId,
          title: item.title,
          ...packed,
          sessions: [session.start],
        });
      }
    }
  }
  // Two digits at least, more past 99 airings, so that name order stays airing order.
  const width = Math.max(2, String(kept.length).length);
  const audio: PackAudio[] = kept.map(({ item, start, fileId, extension }, index) => ({
    sessionId: item.sessionId,
    position: item.position,
    bulletinId: item.bulletinId,
    fileName: `audio/${String(index + 1).padStart(width, '0')}-${start.replace(':', '')}-${fileSlug(item.title)}.${extension}`,
    fileId,
  }));
  return { date, day, audio, leftOut: [...leftOut.values()] };
}
