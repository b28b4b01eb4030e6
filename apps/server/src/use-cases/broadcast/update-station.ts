import type { Context } from '../../http/context.ts';
import { staleVersion } from '../../http/errors.ts';
import { presentStation } from '../../presenters/station.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadStation } from './load-station.ts';
import { checkedStationInput, type StationInput } from './station-input.ts';
import { recordListenersUntil } from './station-listener-history.ts';

/** Changes the fields sent (optimistic on `version`); a new listener count counts from now on. */
export async function updateStation(
  ctx: Context,
  id: string,
  change: Partial<StationInput> & { version: number },
) {
  const station = await loadStation(ctx, id, 'broadcast');
  // The row just read must be the one replaced: its listeners are kept as they were until now.
  if (station.version !== change.version) throw staleVersion('Đài');
  const before: StationInput = {
    name: station.name,
    listeners: station.listeners,
    sessions: station.sessions as StationInput['sessions'],
  };
  // A partial change: what is not sent stays as it is.
  const values = checkedStationInput({ ...before, ...change });
  await ctx.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, {
      table: 'broadcast_stations',
      id,
      version: change.version,
      what: 'Đài',
      set: { ...values, sessions: JSON.stringify(values.sessions) },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: station.body_id,
        action: 'station.update',
        entityType: 'broadcast_station',
        before,
        after: values,
      }),
    });
    // Closed periods keep the listeners of their time; the new figure counts from now on.
    if (values.listeners !== before.listeners) await recordListenersUntil(trx, id, before.listeners);
  });
  return presentStation(await loadStation(ctx, id));
}
