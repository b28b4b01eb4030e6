import type { Database } from '@lantoa/db';
import { acceptsProposals, vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { PublicSite } from '../public-site/load-public-site.ts';

// What a public page reads of a problem: the published problems of the bodies under a site, with
// the columns a page shows and nothing else (no proposals, no contact details, no drafts).

/** The published (open or closed) problems of the bodies in the site's subtree. */
export const publicScienceProblemQuery = (db: Kysely<Database>, site: PublicSite) =>
  db
    .selectFrom('science_problems as problem')
    .innerJoin('bodies as body', 'body.id', 'problem.body_id')
    .select([
      'problem.id',
      'problem.title',
      'problem.holder',
      'problem.needs',
      'problem.expected',
      'problem.deadline',
      'problem.status',
      'problem.published_at',
      'problem.outcome',
      'body.name as body_name',
    ])
    .where('problem.status', 'in', ['open', 'closed'])
    .where('problem.published_at', 'is not', null)
    .where('body.path', 'like', `${site.path}%`);

type PublicProblemRow = Awaited<
  ReturnType<ReturnType<typeof publicScienceProblemQuery>['executeTakeFirstOrThrow']>
>;

/** A published problem as the public reads it. */
export const presentPublicScienceProblem = (row: PublicProblemRow, now: Date) => ({
  id: row.id,
  title: row.title,
  holder: row.holder,
  needs: row.needs,
  expected: row.expected,
  deadline: row.deadline,
  status: row.status,
  publishedAt: row.published_at ?? now,
  outcome: row.outcome,
  bodyName: row.body_name,
  acceptsProposals: acceptsProposals(row, vietnamToday(now)),
});
export type PublicScienceProblem = ReturnType<typeof presentPublicScienceProblem>;
