import type { Context } from '../../http/context.ts';

/**
 * Keeps what the station covered until now, so the reach of a period that closed before this moment
 * is read with the listeners of its time (`broadcastReach` as of a close).
 */
export const recordListenersUntil = (trx: Context['db'], stationId: string, listeners: number) =>
  trx
    .insertInto('station_listener_history')
    .values({ station_id: stationId, listeners, valid_until: new Date() })
    .execute();
