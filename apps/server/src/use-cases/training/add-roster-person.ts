import type { Context } from '../../http/context.ts';
import { presentRosterPerson } from '../../presenters/training.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { assertTeamOfBody } from './load-team.ts';
import { loadTrainingBody } from './load-training-body.ts';
import { type RosterPersonInput, rosterColumns, samePhoneRefused } from './roster-input.ts';

/** A body adds a person to one of its rosters (a communication officer, a digital team's member…). */
export async function addRosterPerson(ctx: Context, bodyId: string, input: RosterPersonInput) {
  const body = await loadTrainingBody(ctx, bodyId);
  const columns = rosterColumns(input);
  if (columns.team_id) await assertTeamOfBody(ctx.db, columns.team_id, body.id);
  const row = await samePhoneRefused(() =>
    insertAudited(ctx.db, {
      table: 'roster_people',
      values: { body_id: body.id, ...columns },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'roster.add',
        entityType: 'roster_person',
        after: columns,
      }),
    }),
  );
  return presentRosterPerson(row);
}
