import type { Context } from '../../http/context.ts';
import { loadManagedScienceProblem } from './load-science-problem.ts';

/**
 * The proposals answering a problem, oldest first, with their contact details and files: to those
 * who manage the problem only (404 for anyone else, as for a problem that does not exist), since
 * the senders gave their details to the department for this problem and nobody else.
 */
export async function listScienceProposals(ctx: Context, problemId: string) {
  const problem = await loadManagedScienceProblem(ctx, problemId);
  const [proposals, files] = await Promise.all([
    ctx.db
      .selectFrom('science_proposals as proposal')
      .leftJoin('users as reviewer', 'reviewer.id', 'proposal.reviewed_by')
      .selectAll('proposal')
      .select('reviewer.full_name as reviewer_name')
      .where('proposal.problem_id', '=', problem.id)
      .orderBy('proposal.created_at')
      .orderBy('proposal.id')
      .execute(),
    ctx.db
      .selectFrom('science_proposal_files as link')
      .innerJoin('science_proposals as proposal', 'proposal.id', 'link.proposal_id')
      .innerJoin('files as file', 'file.id', 'link.file_id')
      .select(['link.proposal_id', 'file.id', 'file.name', 'file.media_type', 'file.size'])
      .where('proposal.problem_id', '=', problem.id)
      // Attached in one transaction, so at one instant: listed by name.
      .orderBy('file.name')
      .orderBy('file.id')
      .execute(),
  ]);
  const filesOf = Map.groupBy(files, (file) => file.proposal_id);
  return {
    items: proposals.map((p) => ({
      id: p.id,
      code: p.code,
      organisation: p.organisation,
      contactName: p.contact_name,
      email: p.email,
      phone: p.phone,
      summary: p.summary,
      status: p.status,
      reviewNote: p.review_note,
      reviewedBy: p.reviewer_name ?? null,
      reviewedAt: p.reviewed_at?.toISOString() ?? null,
      createdAt: p.created_at.toISOString(),
      files: (filesOf.get(p.id) ?? []).map((file) => ({
        id: file.id,
        name: file.name,
        mediaType: file.media_type,
        size: file.size,
      })),
      version: p.version,
    })),
  };
}
