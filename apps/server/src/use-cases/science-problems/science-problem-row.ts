import type { Database } from '@lantoa/db';
import { acceptsProposals, type ScienceProposalStatus, vietnamToday } from '@lantoa/domain';
import type { ExpressionBuilder, Kysely } from 'kysely';

// The joined row of a problem (with its body and how many proposals stand where) and its summary in
// the API: a presenter kept beside its readers.

/** How many proposals of the problem stand in `status` (a subquery of scienceProblemQuery). */
const countIn = (eb: ExpressionBuilder<ProblemFrom, 'problem'>, status: ScienceProposalStatus) =>
  eb
    .selectFrom('science_proposals as proposal')
    .select((sub) => sub.fn.countAll<number>().as('n'))
    .whereRef('proposal.problem_id', '=', 'problem.id')
    .where('proposal.status', '=', status);

type ProblemFrom = Database & { problem: Database['science_problems'] };

/** A problem with its body's name and path and its proposals counted by status. */
export const scienceProblemQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('science_problems as problem')
    .innerJoin('bodies as body', 'body.id', 'problem.body_id')
    .selectAll('problem')
    .select((eb) => [
      'body.name as body_name',
      'body.path as body_path',
      countIn(eb, 'received').as('received_count'),
      countIn(eb, 'shortlisted').as('shortlisted_count'),
      countIn(eb, 'not_selected').as('not_selected_count'),
      countIn(eb, 'selected').as('selected_count'),
    ]);

export type ScienceProblemRow = Awaited<
  ReturnType<ReturnType<typeof scienceProblemQuery>['executeTakeFirstOrThrow']>
>;

/** Reads a problem without any scope check: callers must authorise with its `body_path`. */
export const unsafeFindScienceProblem = (db: Kysely<Database>, id: string) =>
  scienceProblemQuery(db).where('problem.id', '=', id).executeTakeFirst();

/** The counts of the row's proposals by status. */
const proposalCounts = (row: ScienceProblemRow): Record<ScienceProposalStatus, number> => ({
  received: Number(row.received_count ?? 0),
  shortlisted: Number(row.shortlisted_count ?? 0),
  not_selected: Number(row.not_selected_count ?? 0),
  selected: Number(row.selected_count ?? 0),
});

/** The contract's `scienceProblemSummary`, as of `now` (whether it still takes proposals). */
export function presentScienceProblemSummary(row: ScienceProblemRow, now = new Date()) {
  const proposals = proposalCounts(row);
  return {
    id: row.id,
    body: { id: row.body_id, name: row.body_name },
    title: row.title,
    holder: row.holder,
    deadline: row.deadline,
    status: row.status,
    publishedAt: row.published_at?.toISOString() ?? null,
    proposals,
    proposalTotal: Object.values(proposals).reduce((sum, n) => sum + n, 0),
    acceptsProposals: acceptsProposals(row, vietnamToday(now)),
    createdAt: row.created_at.toISOString(),
  };
}
