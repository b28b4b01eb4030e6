import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadKeptTeam } from './load-team.ts';

/**
 * A commune names its team's leader (a present member; null: none). Optimistic on the team's
 * version: two people naming leaders at once do not both win.
 */
export async function updateTeam(
  ctx: Context,
  teamId: string,
  input: { leaderId: string | null; version: number },
) {
  const team = await loadKeptTeam(ctx, teamId);
  if (input.leaderId) {
    const leader = await ctx.db
      .selectFrom('roster_people')
      .select('id')
      .where('id', '=', input.leaderId)
      .where('body_id', '=', team.id)
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
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('roster_people')
      .select('id')
      .where('body_id', '=', team.id)
      .where('leads_team', '=', true)
      .executeTakeFirst();
    // The team's version moves with its leader, so a stale screen cannot name a second one.
    await updateVersioned(trx, {
      table: 'bodies',
      id: team.id,
      version: input.version,
      what: 'Tổ công nghệ số',
      set: { updated_at: new Date() },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: team.id,
        action: 'team.update',
        entityType: 'digital_team',
        before: { leaderId: before?.id ?? null },
        after: { leaderId: input.leaderId },
      }),
    });
    await trx
      .updateTable('roster_people')
      .set({ leads_team: false })
      .where('body_id', '=', team.id)
      .execute();
    if (input.leaderId) {
      await trx
        .updateTable('roster_people')
        .set({ leads_team: true })
        .where('id', '=', input.leaderId)
        .execute();
    }
  });
}
