import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { displayableFile } from '../files/displayable-file.ts';
import { storedFileColumns } from '../files/stored-file.ts';
import { loadManagedScienceProposal } from './load-science-proposal.ts';

/**
 * A file a proposal carries, for those who manage its problem (it may hold a CV, a quotation, the
 * sender's details); 404 for anyone else and for a file of another proposal.
 */
export async function readProposalFile(ctx: Context, files: FileStorage, proposalId: string, fileId: string) {
  const proposal = await loadManagedScienceProposal(ctx, proposalId);
  const file = await ctx.db
    .selectFrom('science_proposal_files as link')
    .innerJoin('files', 'files.id', 'link.file_id')
    .select(storedFileColumns)
    .where('link.proposal_id', '=', proposal.id)
    .where('link.file_id', '=', fileId)
    .executeTakeFirst();
  if (!file) throw notFound('tệp');
  return displayableFile(files, file);
}
