import type { nominationInput } from '@lantoa/api-contract/honours';
import { recordAudit } from '@lantoa/db';
import { draftAchievements } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { getNomination } from './get-nomination.ts';
import { checkedEvidenceYear, checkNominationEvent, loadNominee } from './load-nominee.ts';
import { nominationEvidence } from './nomination-evidence.ts';
import { alreadyNominated, ONCE_KEY } from './nomination-key.ts';
import { nominationAudit, nominationSearchText } from './nomination-row.ts';

/**
 * A body nominates itself, a body below it or a person of one of them for an honour of a year. The
 * evidence the product holds of the nominee body's year is taken now and kept with the nomination
 * (what the decider reads is what the nominator saw); an empty paragraph of achievements is drafted
 * from it. The same nominee, form and year once only (409), even when two nominators send at once:
 * the unique index decides, and the loser writes nothing.
 */
export async function createNomination(
  ctx: Context,
  nominatingBodyId: string,
  input: z.output<typeof nominationInput>,
) {
  const { nominating, nominee } = await loadNominee(ctx, nominatingBodyId, input.nomineeBodyId);
  const today = checkedEvidenceYear(input.year);
  await checkNominationEvent(ctx, input.eventId, nominating.path);
  const evidence = await nominationEvidence(ctx, { path: nominee.path, year: input.year, today });
  const person = input.nomineeKind === 'person' ? input.personName : null;
  const personTitle = person ? input.personTitle : '';
  const achievements =
    input.achievements ||
    draftAchievements({ bodyName: nominee.name, personName: person, personTitle }, evidence);
  const id = await ctx.db.transaction().execute(async (trx) => {
    // Not insertAudited: the key is an expression index with a predicate, which `on conflict` names
    // by its expression, not by columns.
    const inserted = await trx
      .insertInto('honour_nominations')
      .values({
        year: input.year,
        nominating_body_id: nominating.id,
        nominee_kind: input.nomineeKind,
        nominee_body_id: nominee.id,
        person_name: person,
        person_title: personTitle,
        honour_form: input.form,
        achievements,
        evidence: JSON.stringify(evidence),
        event_id: input.eventId,
        created_by: ctx.actor.userId,
        created_at: new Date(),
        search_text: nominationSearchText({
          nomineeName: nominee.name,
          nominatingName: nominating.name,
          personName: person,
          personTitle,
          decisionNo: null,
        }),
      })
      .onConflict((oc) => oc.expression(ONCE_KEY.columns).where(ONCE_KEY.predicate).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!inserted) throw alreadyNominated(input.year);
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: nominating.id,
      action: 'honour.nominate',
      entityType: 'honour_nomination',
      entityId: inserted.id,
      after: { ...nominationAudit(inserted), evidence },
    });
    return inserted.id;
  });
  return getNomination(ctx, id);
}
