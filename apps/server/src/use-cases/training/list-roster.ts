import { type Audience, matchesSearch } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { presentRosterPerson } from '../../presenters/training.ts';
import { loadReadableBody } from '../bodies/get-body.ts';

/**
 * A body's roster: its people of one audience (or all), present ones first, each with their team and
 * whether they have completed a training (attended a course of kind training). Readable by whoever
 * reads the body; `canEdit` says whether the reader keeps it.
 */
export async function listRoster(
  ctx: Context,
  bodyId: string,
  q: { audience?: Audience | undefined; q?: string | undefined; teamId?: string | undefined },
) {
  const body = await loadReadableBody(ctx, bodyId);
  let query = ctx.db
    .selectFrom('roster_people as person')
    .leftJoin('digital_teams as team', 'team.id', 'person.team_id')
    .selectAll('person')
    .select('team.village as team_village')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('course_participants as participant')
            .innerJoin('courses as course', 'course.id', 'participant.course_id')
            .select('participant.id')
            .whereRef('participant.person_id', '=', 'person.id')
            .where('participant.attended_at', 'is not', null)
            .where('course.kind', '=', 'training'),
        )
        .as('trained'),
    )
    .where('person.body_id', '=', body.id);
  if (q.audience) query = query.where('person.audience', '=', q.audience);
  if (q.teamId) query = query.where('person.team_id', '=', q.teamId);
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
      trained: Boolean(row.trained),
    })),
  };
}
