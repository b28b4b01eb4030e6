import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { presentRosterPerson } from '../../presenters/training.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { assertTeamOfBody } from './load-team.ts';
import { type RosterPersonInput, rosterColumns, samePhoneRefused } from './roster-input.ts';

/**
 * A body corrects a person on its roster or records that they left (`leftOn`): a person who left
 * stays in the records of the courses they attended, and stops counting from that day on.
 */
export async function updateRosterPerson(
  ctx: Context,
  personId: string,
  input: RosterPersonInput & { version: number },
) {
  const person = await ctx.db
    .selectFrom('roster_people')
    .selectAll()
    .where('id', '=', personId)
    .executeTakeFirst();
  const body = person && (await unsafeFindBody(ctx.db, person.body_id));
  if (!person || !body || !can(ctx.actor, 'manageTraining', body.path))
    throw notFound('người trong danh sách');
  const columns = rosterColumns(input);
  if (columns.team_id) await assertTeamOfBody(ctx.db, columns.team_id, body.id);
  const row = await samePhoneRefused(() =>
    updateVersioned(ctx.db, {
      table: 'roster_people',
      id: person.id,
      version: input.version,
      what: 'Thông tin người này',
      set: columns,
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'roster.update',
        entityType: 'roster_person',
        before: presentRosterPerson(person),
        after: columns,
      }),
    }),
  );
  return presentRosterPerson(row);
}
