import { recordAudit } from '@lantoa/db';
import type { SessionTemplate } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { StationRow } from '../../rows/station.ts';
import { loadVisibleBulletin } from './load-bulletin.ts';
import { loadStation } from './load-station.ts';

/** Session ids look like `<station id>:<YYYY-MM-DD>:<HH:MM>` and must belong to the station's days. */
function checkSessionIds(station: StationRow, sessionIds: string[]) {
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
