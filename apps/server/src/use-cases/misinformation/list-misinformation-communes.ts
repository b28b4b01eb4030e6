import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { loadHandledCase } from './case-access.ts';

/**
 * The communes of a case's province that its priority bulletins may go to, with how many loudspeaker
 * stations each has (a commune without one receives the bulletin but airs nothing). For the case's
 * handlers, who need not read the communes otherwise.
 */
export async function listMisinformationCommunes(ctx: Context, id: string) {
  const row = await loadHandledCase(ctx, id);
  const items = await ctx.db
    .selectFrom('bodies as commune')
    .select((eb) => [
      'commune.id',
      'commune.name',
      eb
        .selectFrom('broadcast_stations as station')
        .innerJoin('bodies as place', 'place.id', 'station.body_id')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .where(sql<boolean>`place.path like commune.path || '%'`)
        .as('stations'),
    ])
    .where('commune.kind', '=', 'commune')
    .where('commune.path', 'like', `${row.site_path}%`)
    .orderBy('commune.name')
    .execute();
  return { items: items.map((c) => ({ id: c.id, name: c.name, stations: Number(c.stations ?? 0) })) };
}
