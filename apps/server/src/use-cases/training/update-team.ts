import { foldVietnamese } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadKeptTeam } from './load-team.ts';

/** A commune renames a team's village or names its leader (one of the team's present members). */
export async function updateTeam(
  ctx: Context,
  teamId: string,
  input: { village: string; leaderId: string | null; version: number },
) {
  const { team, body } = await loadKeptTeam(ctx, teamId);
  const village = input.village.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!village) throw new AppError('invalid_input', 'Hãy nhập tên thôn, tổ dân phố.', 'village');
  if (input.leaderId) {
    const leader = await ctx.db
      .selectFrom('roster_people')
      .select('id')
      .where('id', '=', input.leaderId)
      .where('team_id', '=', team.id)
      .where('left_on', 'is', null)
      .executeTakeFirst();
    if (!leader) {
      throw new AppError(
        'invalid_input',
        'Tổ trưởng phải là một thành viên đang tham gia tổ. Hãy thêm người đó vào tổ trước.',
        'leaderId',
      );
    }
  }
  await updateVersioned(ctx.db, {
    table: 'digital_teams',
    id: team.id,
    version: input.version,
    what: 'Tổ công nghệ số',
    set: { village, village_key: foldVietnamese(village), leader_id: input.leaderId },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'team.update',
      entityType: 'digital_team',
      before: { village: team.village, leaderId: team.leader_id },
      after: { village, leaderId: input.leaderId },
    }),
  });
}
