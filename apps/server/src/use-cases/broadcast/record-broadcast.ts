import { recordAudit } from '@lantoa/db';
import { formatIsoDate, startOfDayInVietnam, vietnamToday } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { presentBroadcastLogEntry } from '../../presenters/broadcast-log-entry.ts';
import { broadcastLogQuery } from '../../rows/broadcast-log-entry.ts';
import type { StationRow } from '../../rows/station.ts';
import { bulletinSeconds } from './bulletin-seconds.ts';
import { loadVisibleBulletin } from './load-bulletin.ts';

export interface LogInput {
  bulletinId?: string | undefined;
  title?: string | undefined;
  sessionId?: string | undefined;
  airedAt?: string | undefined;
  durationSeconds?: number | undefined;
  /** The loudspeaker system's own id for the entry: posting it again changes nothing. */
  externalId?: string | undefined;
}

/**
 * Records what a station aired — from the screen (`recordedBy`) or its loudspeaker system (API key).
 * Idempotent: the same bulletin in the same session, or the same external id, is recorded once.
 */
export async function recordBroadcast(
  ctx: Context,
  station: StationRow,
  input: LogInput,
  recordedBy: string | null,
) {
  const bulletin = input.bulletinId ? await loadVisibleBulletin(ctx, input.bulletinId) : null;
  const title = (input.title?.normalize('NFC').trim() || bulletin?.title) ?? '';
  if (!title) {
    throw new AppError('invalid_input', 'Hãy chọn bản tin đã phát hoặc ghi tên nội dung đã phát.', 'title');
  }
  if (input.sessionId && !input.sessionId.startsWith(`${station.id}:`)) {
    throw new AppError(
      'invalid_input',
      'Buổi phát không thuộc đài này. Hãy chọn lại buổi phát.',
      'sessionId',
    );
  }
  const now = new Date();
  const airedAt = input.airedAt ? new Date(input.airedAt) : now;
  if (airedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw new AppError(
      'invalid_input',
      'Thời điểm phát không được ở tương lai. Hãy kiểm tra lại giờ phát.',
      'airedAt',
    );
  }
  const earliest = await earliestAiring(ctx, station.body_path, now);
  if (airedAt.getTime() < startOfDayInVietnam(earliest)) {
    throw new AppError(
      'invalid_input',
      `Thời điểm phát phải từ ngày ${formatIsoDate(earliest)} (đầu kỳ số liệu sớm nhất của các kế hoạch) đến nay. Hãy kiểm tra lại ngày phát.`,
      'airedAt',
    );
  }
  const duration = Math.round(input.durationSeconds ?? (bulletin ? bulletinSeconds(bulletin) : 0));
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('broadcast_log')
      .values({
        station_id: station.id,
        bulletin_id: bulletin?.id ?? null,
        session_id: input.sessionId ?? null,
        title,
        aired_at: airedAt,
        duration_seconds: duration,
        source: recordedBy ? 'manual' : 'api',
        external_id: input.externalId ?? null,
        recorded_by: recordedBy,
        // The app's clock, as periods' closes are: an entry recorded after a close is not in its figure.
        created_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return null;
    await recordAudit(trx, {
      actorId: recordedBy,
      bodyId: station.body_id,
      action: 'broadcast.aired',
      entityType: 'broadcast_station',
      entityId: station.id,
      after: { logId: row.id, bulletinId: bulletin?.id ?? null, title, sessionId: input.sessionId ?? null },
    });
    return row.id;
  });
  // A repeat finds the entry already there and answers with it: the same external id, or the same
  // bulletin in the same session under another external id (the station's system posted it twice).
  const existing = await broadcastLogQuery(ctx.db)
    .where('entry.station_id', '=', station.id)
    .where((eb) => {
      if (id) return eb('entry.id', '=', id);
      const repeats = [];
      if (input.externalId) repeats.push(eb('entry.external_id', '=', input.externalId));
      if (bulletin && input.sessionId)
        repeats.push(
          eb.and([eb('entry.bulletin_id', '=', bulletin.id), eb('entry.session_id', '=', input.sessionId)]),
        );
      return eb.or(repeats);
    })
    .orderBy('entry.created_at')
    .executeTakeFirst();
  if (!existing) {
    // Unreachable unless the entry it collided with was removed in between: ask to send it again.
    throw new AppError('conflict', 'Nhật ký phát vừa thay đổi. Hãy gửi lại mục này.');
  }
  return { entry: presentBroadcastLogEntry(existing), created: id !== null };
}

/**
 * The first day an airing may be logged for a station: the start of the earliest data window (or of
 * the first year) of the plans issued by its body or above, since the log only serves their
 * indicators; with no such plan, 1 January of last year. Far-past dates (1970, year 1) are typing
 * mistakes or attempts to rewrite closed periods.
 */
async function earliestAiring(ctx: Context, stationPath: string, now: Date): Promise<string> {
  const row = await ctx.db
    .selectFrom('plans as plan')
    .innerJoin('bodies as issuer', 'issuer.id', 'plan.body_id')
    .leftJoin('reporting_periods as period', 'period.plan_id', 'plan.id')
    .select((eb) => [
      eb.fn.min('plan.start_year').as('start_year'),
      eb.fn.min<string>('period.data_from').as('data_from'),
    ])
    .where(sql<boolean>`${stationPath} like issuer.path || '%'`)
    .executeTakeFirst();
  const firstYear = row?.start_year ? `${row.start_year}-01-01` : null;
  const candidates = [firstYear, row?.data_from ?? null].filter((d): d is string => d !== null);
  if (candidates.length === 0) return `${Number(vietnamToday(now).slice(0, 4)) - 1}-01-01`;
  return candidates.sort()[0] as string;
}
