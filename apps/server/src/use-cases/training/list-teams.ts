import { can, TEAM_MIN_MEMBERS } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { loadReadableBody } from '../bodies/get-body.ts';

/**
 * The community digital teams under a body (a commune's villages; a province's, all of them), each
 * with its present members, how many have completed a training, its leader, whether it is below the
 * minimum size (7), and the citizens it helped in the 30 days up to `today`.
 */
export async function listTeams(ctx: Context, bodyId: string, today: string) {
  const body = await loadReadableBody(ctx, bodyId);
  const rows = await ctx.db
    .selectFrom('bodies as team')
    .innerJoin('bodies as village', 'village.id', 'team.parent_id')
    .leftJoin('bodies as commune', (join) =>
      join.on(sql<boolean>`village.path like commune.path || '%'`).on('commune.kind', '=', 'commune'),
    )
    .leftJoin('roster_people as leader', (join) =>
      join
        .onRef('leader.body_id', '=', 'team.id')
        .on('leader.leads_team', '=', true)
        .on('leader.left_on', 'is', null),
    )
    .select([
      'team.id',
      'team.version',
      'team.path',
      'village.name as village',
      'commune.id as commune_id',
      'commune.name as commune_name',
      'leader.id as leader_id',
      'leader.full_name as leader_name',
    ])
    .select((eb) => [
      eb
        .selectFrom('roster_people as member')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('member.body_id', '=', 'team.id')
        .where('member.left_on', 'is', null)
        .as('members'),
      eb
        .selectFrom('roster_people as member')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('member.body_id', '=', 'team.id')
        .where('member.left_on', 'is', null)
        .where('member.trained_at', 'is not', null)
        .as('trained'),
      eb
        .selectFrom('team_activities as activity')
        .select(sql<string>`coalesce(sum(activity.citizens_helped), 0)`.as('n'))
        .whereRef('activity.team_id', '=', 'team.id')
        .where('activity.happened_on', '>', sql<string>`${today}::date - 30`)
        .where('activity.happened_on', '<=', today)
        .as('helped_30d'),
    ])
    .where('team.kind', '=', 'digital_team')
    .where('team.path', 'like', `${body.path}%`)
    .orderBy('commune.name')
    .orderBy('village.name')
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
        commune: { id: row.commune_id ?? body.id, name: row.commune_name ?? body.name },
        leader: row.leader_id ? { id: row.leader_id, fullName: row.leader_name ?? '' } : null,
        members,
        trained: Number(row.trained ?? 0),
        belowMinimum: members < TEAM_MIN_MEMBERS,
        citizensHelpedLast30Days: Number(row.helped_30d ?? 0),
        canEdit: can(ctx.actor, 'manageTraining', row.path),
      };
    }),
  };
}
