import type { nominationDecision } from '@lantoa/api-contract/honours';
import { defaultCitation, vietnamToday } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { getNomination } from './get-nomination.ts';
import { loadReadableNomination } from './load-nomination.ts';
import { checkNominationOpen } from './nomination-locked.ts';
import { decides, nominationAudit, nominationSearchText } from './nomination-row.ts';

/**
 * The body above the nominating one decides (`decideHonours` over it: a province's coordinator for
 * its communes and departments, never a coordinator of the nominating body alone): approved, with the
 * decision's number and date (and the line its certificate of merit prints), or rejected with a
 * reason the nominator reads. Once decided, the nomination is closed.
 */
export async function decideNomination(
  ctx: Context,
  id: string,
  input: z.output<typeof nominationDecision>,
  now = new Date(),
) {
  const before = await loadReadableNomination(ctx, id);
  if (!decides(ctx.actor, before)) throw notFound('hồ sơ đề nghị khen thưởng');
  checkNominationOpen(before);
  const today = vietnamToday(now);
  if (input.outcome === 'approved') {
    if (input.decidedOn > today) {
      throw new AppError(
        'invalid_input',
        'Ngày quyết định chưa đến. Hãy ghi ngày ký quyết định khen thưởng (không sau hôm nay).',
        'decidedOn',
      );
    }
    if (input.decidedOn < `${before.year}-01-01`) {
      throw new AppError(
        'invalid_input',
        `Quyết định khen thưởng thành tích năm ${before.year} không thể ký trước năm đó. Hãy kiểm tra lại ngày quyết định.`,
        'decidedOn',
      );
    }
  }
  const decision =
    input.outcome === 'approved'
      ? {
          status: 'approved' as const,
          decision_no: input.decisionNo,
          decided_on: input.decidedOn,
          citation: input.citation || defaultCitation(before.year),
          decision_reason: '',
        }
      : {
          status: 'rejected' as const,
          decision_no: null,
          decided_on: today,
          citation: '',
          decision_reason: input.reason,
        };
  await updateVersioned(ctx.db, {
    table: 'honour_nominations',
    id,
    version: input.version,
    what: 'Hồ sơ đề nghị khen thưởng',
    set: {
      ...decision,
      deciding_body_id: before.deciding_id,
      decided_by: ctx.actor.userId,
      search_text: nominationSearchText({
        nomineeName: before.nominee_name,
        nominatingName: before.nominating_name,
        personName: before.person_name,
        personTitle: before.person_title,
        decisionNo: decision.decision_no,
      }),
    },
    audit: (updated) => ({
      actorId: ctx.actor.userId,
      bodyId: before.deciding_id ?? before.nominating_body_id,
      action: 'honour.decide',
      entityType: 'honour_nomination',
      before: nominationAudit(before),
      after: nominationAudit(updated),
    }),
  });
  return getNomination(ctx, id);
}
