import { unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { presentRosterPerson } from '../../presenters/training.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { rosterBodyOf, rosterHomeOf } from './load-team.ts';
import { assertPhoneFree, type RosterPersonInput, rosterColumns, samePhoneRefused } from './roster-input.ts';

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
  // A member may move between the teams of their commune, or back to the commune's own roster.
  const home = await rosterHomeOf(ctx.db, body);
  const target = await rosterBodyOf(ctx.db, home, input.teamId);
  if (!columns.left_on) await assertPhoneFree(ctx.db, home, { ...columns, exceptId: person.id });
  if (!can(ctx.actor, 'manageTraining', target.path)) throw notFound('tổ công nghệ số');
  const row = await samePhoneRefused(() =>
    updateVersioned(ctx.db, {
      table: 'roster_people',
      id: person.id,
      version: input.version,
      what: 'Thông tin người này',
      set: { ...columns, body_id: target.id, leads_team: target.id === person.body_id && person.leads_team },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'roster.update',
        entityType: 'roster_person',
        before: presentRosterPerson({ ...person, body_kind: body.kind }),
        after: { ...columns, bodyId: target.id },
      }),
    }),
  );
  return presentRosterPerson({ ...row, body_kind: target.kind });
}
