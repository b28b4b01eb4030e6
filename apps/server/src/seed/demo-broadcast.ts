import { type BodyRow, type Database, recordAudit } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { DEFAULT_SESSIONS } from '../use-cases/broadcast/stations.ts';

/**
 * Loudspeaker stations of Hòa An and a few other communes of the province, so the "citizens reached"
 * indicator has a denominator: Hòa An's share moves as soon as its station airs a bulletin.
 */
export async function seedDemoStations(trx: Kysely<Database>, province: BodyRow, commune: BodyRow) {
  const others = await trx
    .selectFrom('bodies')
    .selectAll()
    .where('parent_id', '=', province.id)
    .where('kind', '=', 'commune')
    .where('id', '!=', commune.id)
    .orderBy('code')
    .limit(4)
    .execute();
  const stations = [
    { body: commune, listeners: 8_600 },
    ...others.map((body, i) => ({ body, listeners: 5_000 + i * 1_250 })),
  ];
  for (const { body, listeners } of stations) {
    const values = { name: `Đài truyền thanh ${body.name}`, listeners, sessions: DEFAULT_SESSIONS };
    const row = await trx
      .insertInto('broadcast_stations')
      .values({ body_id: body.id, ...values, sessions: JSON.stringify(values.sessions) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorId: null,
      bodyId: body.id,
      action: 'station.create',
      entityType: 'broadcast_station',
      entityId: row.id,
      after: { ...values, source: 'demo' },
    });
  }
}
