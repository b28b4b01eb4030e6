import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { getScienceProblem } from './get-science-problem.ts';
import { loadManagedScienceProblem } from './load-science-problem.ts';

/**
 * Closes a published problem with its outcome, which its public page shows from then on: the
 * proposals picked are selected and every other one is not, each change versioned and audited like a
 * review, all in one transaction with the problem's own change (a proposal reviewed meanwhile makes
 * the whole close stale, to be done again on what is now there).
 */
export async function closeScienceProblem(
  ctx: Context,
  id: string,
  input: { version: number; outcome: string; selectedProposalIds: string[] },
  publicUrl: string,
) {
  const problem = await loadManagedScienceProblem(ctx, id);
  if (problem.status !== 'open') {
    throw new AppError(
      'conflict',
      problem.status === 'draft'
        ? 'Đặt hàng này chưa được công bố nên chưa thể đóng. Hãy công bố trước.'
        : 'Đặt hàng này đã đóng rồi. Hãy tải lại trang để xem kết quả.',
    );
  }
  const selected = new Set(input.selectedProposalIds);
  await ctx.db.transaction().execute(async (trx) => {
    const proposals = await trx
      .selectFrom('science_proposals')
      .select(['id', 'code', 'status', 'version'])
      .where('problem_id', '=', id)
      .execute();
    const known = new Set(proposals.map((p) => p.id));
    if ([...selected].some((proposalId) => !known.has(proposalId))) {
      throw new AppError(
        'invalid_input',
        'Có đề xuất được chọn không thuộc đặt hàng này. Hãy tải lại trang rồi chọn lại.',
        'selectedProposalIds',
      );
    }
    const now = new Date();
    for (const proposal of proposals) {
      const status = selected.has(proposal.id) ? 'selected' : 'not_selected';
      if (proposal.status === status) continue;
      await updateVersioned(trx, {
        table: 'science_proposals',
        id: proposal.id,
        version: proposal.version,
        what: `Đề xuất ${proposal.code}`,
        set: { status, reviewed_by: ctx.actor.userId, reviewed_at: now },
        audit: () => ({
          actorId: ctx.actor.userId,
          bodyId: problem.body_id,
          action: 'science_proposal.review',
          entityType: 'science_proposal',
          before: { status: proposal.status },
          after: { status, closedWithProblem: true },
        }),
      });
    }
    await updateVersioned(trx, {
      table: 'science_problems',
      id,
      version: input.version,
      what: 'Đặt hàng',
      set: { status: 'closed', outcome: input.outcome },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: problem.body_id,
        action: 'science_problem.close',
        entityType: 'science_problem',
        before: { status: problem.status },
        after: {
          status: 'closed',
          outcome: input.outcome,
          selected: proposals.filter((p) => selected.has(p.id)).map((p) => p.code),
        },
      }),
    });
  });
  return getScienceProblem(ctx, id, publicUrl);
}
