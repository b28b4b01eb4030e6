import type { ScienceProblemStatus } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { type ScopedSearch, scopedSearch } from '../shared/scoped-search.ts';
import { presentScienceProblemSummary, scienceProblemQuery } from './science-problem-row.ts';

export interface ScienceProblemFilter extends ScopedSearch {
  status?: ScienceProblemStatus | undefined;
}

/**
 * The problems of the bodies the actor reads (or of one body's subtree among them), newest first,
 * searched without diacritics, each with its proposals counted by where they stand.
 */
export async function listScienceProblems(ctx: Context, f: ScienceProblemFilter) {
  let query = await scopedSearch(
    ctx,
    scienceProblemQuery(ctx.db),
    { path: 'body.path', searchText: 'problem.search_text' },
    f,
  );
  if (f.status) query = query.where('problem.status', '=', f.status);
  const { rows, total } = await pageWithTotal(
    query.orderBy('problem.created_at', 'desc').orderBy('problem.id'),
    f,
  );
  const now = new Date();
  return { items: rows.map((row) => presentScienceProblemSummary(row, now)), total };
}
