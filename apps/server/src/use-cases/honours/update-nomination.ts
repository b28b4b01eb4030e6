import type { nominationUpdate } from '@lantoa/api-contract/honours';
import { can } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { getNomination } from './get-nomination.ts';
import { loadReadableNomination } from './load-nomination.ts';
import { checkedEvidenceYear, checkNominationEvent } from './load-nominee.ts';
import { nominationEvidence } from './nomination-evidence.ts';
import { alreadyNominated, isOnceKeyTaken } from './nomination-key.ts';
import { checkNominationOpen } from './nomination-locked.ts';
import { nominationAudit, nominationSearchText } from './nomination-row.ts';

/**
 * The nominating body corrects its nomination while it waits for a decision (optimistic on version;
 * decided: 409): the person's name and title, the form, the event, the paragraph, and on request the
 * evidence taken again from today's records. Who and which year stay: another nominee is another
 * nomination.
 */
export async function updateNomination(ctx: Context, id: string, input: z.output<typeof nominationUpdate>) {
  const before = await loadReadableNomination(ctx, id);
  if (!can(ctx.actor, 'nominateHonours', before.nominating_path)) throw notFound('hồ sơ đề nghị khen thưởng');
  checkNominationOpen(before);
  const isPerson = before.nominee_kind === 'person';
  if (isPerson && !input.personName) {
    throw new AppError('invalid_input', 'Hãy ghi họ tên người được đề nghị khen thưởng.', 'personName');
  }
  await checkNominationEvent(ctx, input.eventId, before.nominating_path);
  const evidence = input.refreshEvidence
    ? await nominationEvidence(ctx, {
        path: before.nominee_path,
        year: before.year,
        today: checkedEvidenceYear(before.year),
      })
    : null;
  const personName = isPerson ? input.personName : null;
  const personTitle = isPerson ? input.personTitle : '';
  try {
    await updateVersioned(ctx.db, {
      table: 'honour_nominations',
      id,
      version: input.version,
      what: 'Hồ sơ đề nghị khen thưởng',
      set: {
        person_name: personName,
        person_title: personTitle,
        honour_form: input.form,
        event_id: input.eventId,
        achievements: input.achievements,
        ...(evidence ? { evidence: JSON.stringify(evidence) } : {}),
        search_text: nominationSearchText({
          nomineeName: before.nominee_name,
          nominatingName: before.nominating_name,
          personName,
          personTitle,
          decisionNo: null,
        }),
      },
      audit: (updated) => ({
        actorId: ctx.actor.userId,
        bodyId: before.nominating_body_id,
        action: 'honour.update',
        entityType: 'honour_nomination',
        before: nominationAudit(before),
        after: { ...nominationAudit(updated), ...(evidence ? { evidence } : {}) },
      }),
    });
  } catch (error) {
    if (isOnceKeyTaken(error)) throw alreadyNominated(before.year);
    throw error;
  }
  return getNomination(ctx, id);
}
