import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { presentPublicScienceProblem, publicScienceProblemQuery } from './public-science-problem-row.ts';

// The list page stays light on a phone (≤ 60 KB compressed): the newest problems of each kind, with
// each problem's page carrying its whole text.
const MAX_OPEN = 100;
const MAX_CLOSED = 30;

/**
 * The site's published problems: the open ones newest first (those still taking proposals and those
 * whose deadline has passed, under review), then the closed ones with their outcome.
 */
export async function listPublicScienceProblems(db: Kysely<Database>, site: PublicSite, now = new Date()) {
  const newestFirst = (status: 'open' | 'closed', limit: number) =>
    publicScienceProblemQuery(db, site)
      .where('problem.status', '=', status)
      .orderBy('problem.published_at', 'desc')
      .orderBy('problem.id')
      .limit(limit)
      .execute();
  const [open, closed] = await Promise.all([
    newestFirst('open', MAX_OPEN),
    newestFirst('closed', MAX_CLOSED),
  ]);
  return {
    open: open.map((row) => presentPublicScienceProblem(row, now)),
    closed: closed.map((row) => presentPublicScienceProblem(row, now)),
  };
}
