import { type Audience, matchesSearch } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { presentRosterPerson } from '../../presenters/training.ts';
import { loadReadableBody } from '../bodies/get-body.ts';
import { onRosterOf } from './roster-sql.ts';

/**
 * A body's roster: its own people and the members of the digital teams under it, of one audience (or
 * all), present ones first, each with their team's village and whether they have completed a training.
 * Readable by whoever reads the body.
 */
export async function listRoster(
  ctx: Context,
  bodyId: string,
  q: { audience?: Audience | undefined; q?: string | undefined; teamId?: string | undefined },
) {
  const body = await loadReadableBody(ctx, bodyId);
  let query = ctx.db
    .selectFrom('roster_people as person')
    .innerJoin('bodies as home', 'home.id', 'person.body_id')
    .leftJoin('bodies as village', (join) =>
      join.onRef('village.id', '=', 'home.parent_id').on('home.kind', '=', 'digital_team'),
    )
    .selectAll('person')
    .select(['home.kind as body_kind', 'village.name as team_village'])
    .where(onRosterOf(body));
  if (q.audience) query = query.where('person.audience', '=', q.audience);
  if (q.teamId) query = query.where('person.body_id', '=', q.teamId);
  const rows = await query.orderBy(sql`person.left_on is not null`).orderBy('person.full_name').execute();
  // A body's roster is tens to hundreds of people: the search (diacritics and tone placement folded,
  // like every search box) runs over the loaded rows.
  const found = q.q
    ? rows.filter((row) => matchesSearch(`${row.full_name} ${row.phone ?? ''} ${row.village}`, q.q ?? ''))
    : rows;
  return {
    body: { id: body.id, name: body.name, kind: body.kind },
    items: found.map((row) => ({
      ...presentRosterPerson(row),
      teamVillage: row.team_village,
      trained: row.trained_at !== null,
    })),
  };
}
