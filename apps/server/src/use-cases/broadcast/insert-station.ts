import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { insertAudited } from '../shared/insert-audited.ts';
import { checkedStationInput, type StationInput } from './station-input.ts';

/**
 * Writes a new station and its audit entry in the caller's transaction: by a broadcaster
 * (`createStation`, `actorId` theirs) or by the demo seed (`actorId` null, `source: 'demo'`).
 */
export async function insertStation(
  trx: Kysely<Database>,
  bodyId: string,
  input: StationInput,
  audit: { actorId: string | null; source?: 'demo' },
) {
  const values = checkedStationInput(input);
  const row = await insertAudited(trx, {
    table: 'broadcast_stations',
    values: { body_id: bodyId, ...values, sessions: JSON.stringify(values.sessions) },
    audit: () => ({
      actorId: audit.actorId,
      bodyId,
      action: 'station.create',
      entityType: 'broadcast_station',
      after: audit.source ? { ...values, source: audit.source } : values,
    }),
  });
  return row.id;
}
