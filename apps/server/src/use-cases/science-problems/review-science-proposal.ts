import { canReviewProposal, type ProposalDecision, SCIENCE_PROPOSAL_STATUS_NAMES } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { listScienceProposals } from './list-science-proposals.ts';
import { loadManagedScienceProposal } from './load-science-proposal.ts';

/**
 * The department's decision on a proposal (shortlisted, not selected, selected) with a note, while
 * the problem is open; optimistic on `version`, so two reviewers never overwrite each other. Answers
 * the proposal as the list shows it.
 */
export async function reviewScienceProposal(
  ctx: Context,
  id: string,
  input: { status: ProposalDecision; note?: string | undefined; version: number },
) {
  const proposal = await loadManagedScienceProposal(ctx, id);
  if (!canReviewProposal(proposal.problem_status, proposal.status, input.status)) {
    throw new AppError(
      'conflict',
      proposal.problem_status !== 'open'
        ? 'Đặt hàng này đã đóng: kết quả đã được ghi nhận, không xem xét lại đề xuất được nữa.'
        : `Đề xuất ${proposal.code} đã ở trạng thái «${SCIENCE_PROPOSAL_STATUS_NAMES[input.status]}». Hãy tải lại trang để xem.`,
    );
  }
  const note = input.note ?? '';
  await updateVersioned(ctx.db, {
    table: 'science_proposals',
    id,
    version: input.version,
    what: `Đề xuất ${proposal.code}`,
    set: { status: input.status, review_note: note, reviewed_by: ctx.actor.userId, reviewed_at: new Date() },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: proposal.body_id,
      action: 'science_proposal.review',
      entityType: 'science_proposal',
      before: { status: proposal.status, note: proposal.review_note },
      after: { status: input.status, note },
    }),
  });
  const { items } = await listScienceProposals(ctx, proposal.problem_id);
  const reviewed = items.find((item) => item.id === id);
  if (!reviewed) throw new Error(`proposal ${id} vanished after its review`);
  return reviewed;
}
