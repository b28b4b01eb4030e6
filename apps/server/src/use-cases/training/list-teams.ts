import { can, TEAM_MIN_MEMBERS } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { loadReadableBody } from '../bodies/get-body.ts';

/**
 * The community digital teams under a body (a commune's villages; a province's, all of them), each
 * with its present members, how many have completed a training, its leader, whether it is below the
 * minimum size (7), and its activity of the last 30 days before `today`.
 */
export async function listTeams(ctx: Context, bodyId: string, today: string) {
  const body = await loadReadableBody(ctx, bodyId);
  const rows = await ctx.db
    .selectFrom('digital_teams as team')
    .innerJoin('bodies as commune', 'commune.id', 'team.body_id')
    .leftJoin('roster_people as leader', 'leader.id', 'team.leader_id')
    .select([
      'team.id',
      'team.village',
      'team.version',
      'team.leader_id',
      'leader.full_name as leader_name',
      'commune.id as commune_id',
      'commune.name as commune_name',
      'commune.path as commune_path',
    ])
    .select((eb) => [
      eb
        .selectFrom('roster_people as member')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('member.team_id', '=', 'team.id')
        .where('member.left_on', 'is', null)
        .as('members'),
      eb
        .selectFrom('roster_people as member')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('member.team_id', '=', 'team.id')
        .where('member.left_on', 'is', null)
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('course_participants as participant')
              .innerJoin('courses as course', 'course.id', 'participant.course_id')
              .select('participant.id')
              .whereRef('participant.person_id', '=', 'member.id')
              .where('participant.attended_at', 'is not', null)
              .where('course.kind', '=', 'training'),
          ),
        )
        .as('trained'),
      eb
        .selectFrom('team_activities as activity')
        .select(sql<string>`coalesce(sum(activity.citizens_helped), 0)`.as('n'))
        .whereRef('activity.team_id', '=', 'team.id')
        .where('activity.happened_on', '>', sql<string>`${today}::date - 30`)
        .as('helped_30d'),
    ])
    .where('commune.path', 'like', `${body.path}%`)
    .orderBy('commune.name')
    .orderBy('team.village')
    .execute();
  return {
    body: { id: body.id, name: body.name, kind: body.kind },
    canEdit: can(ctx.actor, 'manageTraining', body.path),
    minMembers: TEAM_MIN_MEMBERS,
    items: rows.map((row) => {
      const members = Number(row.members ?? 0);
      return {
        id: row.id,
        village: row.village,
        version: row.version,
        commune: { id: row.commune_id, name: row.commune_name },
        leader: row.leader_id ? { id: row.leader_id, fullName: row.leader_name ?? '' } : null,
        members,
        trained: Number(row.trained ?? 0),
        belowMinimum: members < TEAM_MIN_MEMBERS,
        citizensHelpedLast30Days: Number(row.helped_30d ?? 0),
        canEdit: can(ctx.actor, 'manageTraining', row.commune_path),
      };
    }),
  };
}
