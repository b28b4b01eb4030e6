import {
  addDays,
  type BulletinRequest,
  planProgramme,
  type SessionTemplate,
  sessionsForDays,
  vietnamToday,
} from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentStation } from '../../presenters/station.ts';
import { audioIsStale } from '../../rows/bulletin.ts';
import type { StationRow } from '../../rows/station.ts';
import { bulletinSeconds } from './bulletin-seconds.ts';
import { bulletinsReaching } from './bulletin-visibility.ts';
import { loadVisibleBulletin } from './load-bulletin.ts';

/**
 * A station's programme over `days` days from `firstDay` (today in Vietnam when not given): its
 * sessions, the bulletins that reach it placed by priority (priority and emergency ones
 * automatically, normal ones where the commune chose), with what was aired. Sessions already started keep their items (laid out as of the first day's start);
 * emergencies to air now and chosen sessions already past come from the present moment.
 */
/**
 * A programme issue for each bulletin placed in the days whose recording says an earlier text: the
 * offline pack leaves it out, and the broadcaster should read it again before it airs.
 */
function staleAudio(
  items: readonly { bulletinId: string }[],
  byId: ReadonlyMap<
    string,
    { id: string; title: string; text: string; audio_status: string; audio_text_hash: string | null }
  >,
) {
  const placed = [...new Set(items.map((i) => i.bulletinId))];
  return placed.flatMap((id) => {
    const b = byId.get(id);
    if (!b || !audioIsStale(b)) return [];
    return [
      {
        kind: 'stale_audio' as const,
        bulletinId: b.id,
        sessionId: undefined,
        message: `Bản tin “${b.title}” đã sửa sau khi tạo âm thanh: bản ghi cũ không được phát và không có trong gói phát. Hãy tạo lại âm thanh (nút “Đọc lại” ở trang bản tin).`,
      },
    ];
  });
}

export async function buildStationProgramme(
  ctx: Context,
  station: StationRow,
  firstDay: string | undefined,
  days: number,
) {
  const from = firstDay ?? vietnamToday();
  const until = addDays(from, days - 1);
  const sessions = sessionsForDays(station.id, station.sessions as SessionTemplate[], from, days);
  const [bulletins, placements, aired] = await Promise.all([
    bulletinsReaching(ctx, station.body_path, from, until),
    ctx.db
      .selectFrom('broadcast_placements')
      .select(['bulletin_id', 'session_id'])
      .where('station_id', '=', station.id)
      .orderBy('created_at')
      .execute(),
    ctx.db
      .selectFrom('broadcast_log')
      .select(['bulletin_id', 'session_id'])
      .where('station_id', '=', station.id)
      .where('session_id', 'is not', null)
      .execute(),
  ]);
  const byId = new Map(bulletins.map((b) => [b.id, b]));
  // A normal bulletin the commune placed may have been aimed elsewhere (copied from a province's).
  for (const missing of new Set(placements.map((p) => p.bulletin_id).filter((id) => !byId.has(id)))) {
    const row = await loadVisibleBulletin(ctx, missing).catch(() => null);
    if (row) byId.set(row.id, row);
  }
  const requests: BulletinRequest[] = [...byId.values()].flatMap((b): BulletinRequest[] => {
    const base = {
      bulletinId: b.id,
      stationId: station.id,
      priority: b.priority,
      title: b.title,
      durationSeconds: Math.max(1, Math.round(bulletinSeconds(b))),
      createdAt: b.created_at.toISOString(),
    };
    if (b.priority !== 'normal') {
      return [{ ...base, from: b.valid_from, ...(b.valid_until ? { until: b.valid_until } : {}) }];
    }
    const chosen = placements.filter((p) => p.bulletin_id === b.id).map((p) => p.session_id);
    return chosen.length ? [{ ...base, chosenSessionIds: chosen }] : [];
  });
  const layout = planProgramme(sessions, requests, `${from}T00:00:00+07:00`);
  const live = planProgramme(sessions, requests, new Date().toISOString());
  const airedKeys = new Set(aired.map((a) => `${a.bulletin_id}|${a.session_id}`));
  return {
    station: presentStation(station),
    from,
    days,
    sessions: sessions.map((s) => {
      const items = layout.items.filter((i) => i.sessionId === s.id);
      return {
        id: s.id,
        date: s.date,
        start: s.start,
        maxSeconds: s.maxSeconds,
        totalSeconds: items.reduce((n, i) => n + i.durationSeconds, 0),
        items: items.map((i) => ({
          bulletinId: i.bulletinId,
          title: i.title,
          priority: i.priority,
          durationSeconds: i.durationSeconds,
          startOffsetSeconds: i.startOffsetSeconds,
          reason: i.reason,
          aired: airedKeys.has(`${i.bulletinId}|${s.id}`),
        })),
      };
    }),
    immediate: live.immediate.map((id) => ({ bulletinId: id, title: byId.get(id)?.title ?? '' })),
    issues: [
      ...layout.issues.filter((i) => i.kind !== 'past_session'),
      ...live.issues.filter((i) => i.kind === 'past_session'),
      ...staleAudio(layout.items, byId),
    ].map((i) => ({
      kind: i.kind,
      sessionId: i.sessionId ?? null,
      bulletinId: i.bulletinId ?? null,
      message: i.message,
    })),
  };
}
