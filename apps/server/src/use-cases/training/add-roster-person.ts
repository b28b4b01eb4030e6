import type { Context } from '../../http/context.ts';
import { presentRosterPerson } from '../../presenters/training.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { rosterBodyOf, rosterHomeOf } from './load-team.ts';
import { loadTrainingBody } from './load-training-body.ts';
import { assertPhoneFree, type RosterPersonInput, rosterColumns, samePhoneRefused } from './roster-input.ts';

/**
 * A body adds a person to one of its rosters (a communication officer…), or to one of its digital
 * teams (`teamId`), whose members are the team's own roster.
 */
export async function addRosterPerson(ctx: Context, bodyId: string, input: RosterPersonInput) {
  const body = await loadTrainingBody(ctx, bodyId);
  const columns = rosterColumns(input);
  const home = await rosterBodyOf(ctx.db, body, input.teamId);
  await assertPhoneFree(ctx.db, await rosterHomeOf(ctx.db, body), columns);
  const row = await samePhoneRefused(() =>
    insertAudited(ctx.db, {
      table: 'roster_people',
      values: { body_id: home.id, ...columns },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'roster.add',
        entityType: 'roster_person',
        after: columns,
      }),
    }),
  );
  return presentRosterPerson({ ...row, body_kind: home.kind });
}
