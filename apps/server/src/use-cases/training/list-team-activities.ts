import type { Context } from '../../http/context.ts';
import { loadReadableTeam } from './load-team.ts';

/** A team's activity log, latest first (the last 200 entries), with who recorded each. */
export async function listTeamActivities(ctx: Context, teamId: string) {
  const team = await loadReadableTeam(ctx, teamId);
  const rows = await ctx.db
    .selectFrom('team_activities as activity')
    .leftJoin('users as recorder', 'recorder.id', 'activity.recorded_by')
    .select([
      'activity.id',
      'activity.happened_on',
      'activity.what',
      'activity.citizens_helped',
      'activity.photo_file_id',
      'recorder.full_name as recorder_name',
    ])
    .where('activity.team_id', '=', team.id)
    .orderBy('activity.happened_on', 'desc')
    .orderBy('activity.created_at', 'desc')
    .limit(200)
    .execute();
  return {
    items: rows.map((row) => ({
      id: row.id,
      happenedOn: row.happened_on,
      what: row.what,
      citizensHelped: row.citizens_helped,
      photoFileId: row.photo_file_id,
      recordedBy: row.recorder_name,
    })),
  };
}
