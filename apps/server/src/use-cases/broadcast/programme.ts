import { recordAudit } from '@lantoa/db';
import { type BulletinRequest, planProgramme, type SessionTemplate, sessionsForDays } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { addDays, vietnamToday } from '../plans/today.ts';
import { bulletinsReaching, estimatedSeconds, loadVisibleBulletin } from './bulletins.ts';
import { loadStation, presentStation } from './stations.ts';

type Station = Awaited<ReturnType<typeof loadStation>>;

/**
 * A station's programme over `days` days from `from`: its sessions, the bulletins that reach it placed
 * by priority (priority and emergency ones automatically, normal ones where the commune chose), with
 * what was aired. Sessions already started keep their items (laid out as of the first day's start);
 * emergencies to air now and chosen sessions already past come from the present moment.
 */
export async function stationProgramme(ctx: Context, station: Station, from: string, days: number) {
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
      durationSeconds: Math.max(1, Math.round(Number(b.audio_duration_seconds ?? estimatedSeconds(b.text)))),
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
    ].map((i) => ({
      kind: i.kind,
      sessionId: i.sessionId ?? null,
      bulletinId: i.bulletinId ?? null,
      message: i.message,
    })),
  };
}

export async function getProgramme(ctx: Context, stationId: string, from: string | undefined, days: number) {
  const station = await loadStation(ctx, stationId);
  return stationProgramme(ctx, station, from ?? vietnamToday(), days);
}

/** Session ids look like `<station id>:<YYYY-MM-DD>:<HH:MM>` and must belong to the station's days. */
function checkSessionIds(station: Station, sessionIds: string[]) {
  for (const id of sessionIds) {
    const match = /^(.+):(\d{4}-\d{2}-\d{2}):(\d{2}:\d{2})$/.exec(id);
    const templates = station.sessions as SessionTemplate[];
    if (!match || match[1] !== station.id || !templates.some((t) => t.start === match[3])) {
      throw new AppError(
        'invalid_input',
        'Buổi phát không thuộc lịch của đài. Hãy chọn lại buổi phát.',
        'sessionIds',
      );
    }
  }
}

/** The commune places a normal bulletin into the sessions it chooses (placing twice changes nothing). */
export async function placeBulletin(
  ctx: Context,
  stationId: string,
  input: { bulletinId: string; sessionIds: string[] },
) {
  const station = await loadStation(ctx, stationId, 'broadcast');
  const bulletin = await loadVisibleBulletin(ctx, input.bulletinId);
  if (bulletin.priority !== 'normal') {
    throw new AppError(
      'invalid_input',
      'Bản tin ưu tiên và khẩn cấp được xếp tự động vào các buổi phát; chỉ bản tin thông thường cần chọn buổi.',
      'bulletinId',
    );
  }
  checkSessionIds(station, input.sessionIds);
  await ctx.db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto('broadcast_placements')
      .values(
        input.sessionIds.map((sessionId) => ({
          station_id: station.id,
          bulletin_id: bulletin.id,
          session_id: sessionId,
          created_by: ctx.actor.userId,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning('session_id')
      .execute();
    if (added.length === 0) return;
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: station.body_id,
      action: 'station.place',
      entityType: 'broadcast_station',
      entityId: station.id,
      after: { bulletinId: bulletin.id, sessionIds: added.map((a) => a.session_id) },
    });
  });
  return { ok: true };
}

export async function unplaceBulletin(
  ctx: Context,
  stationId: string,
  bulletinId: string,
  sessionId: string,
) {
  const station = await loadStation(ctx, stationId, 'broadcast');
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('broadcast_placements')
      .where('station_id', '=', station.id)
      .where('bulletin_id', '=', bulletinId)
      .where('session_id', '=', sessionId)
      .returning('session_id')
      .execute();
    if (removed.length === 0) return;
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: station.body_id,
      action: 'station.unplace',
      entityType: 'broadcast_station',
      entityId: station.id,
      before: { bulletinId, sessionId },
    });
  });
  return { ok: true };
}
