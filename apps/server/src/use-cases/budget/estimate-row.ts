import type { Database } from '@lantoa/db';
import { remainingOf } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';

// The joined row of a budget estimate — its body, its plan and the plan's issuer, its sums — and its
// summary in the API (a presenter kept beside its readers, as misinformation/case-row.ts does).

/** An estimate with its body, plan, issuer and the sums of its lines and their spending. */
export const estimateQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('budget_estimates as estimate')
    .innerJoin('bodies as body', 'body.id', 'estimate.body_id')
    .innerJoin('plans as plan', 'plan.id', 'estimate.plan_id')
    .innerJoin('bodies as issuer', 'issuer.id', 'plan.body_id')
    .selectAll('estimate')
    .select([
      'body.name as body_name',
      'body.kind as body_kind',
      'body.path as body_path',
      'plan.number as plan_number',
      'plan.title as plan_title',
      'issuer.id as issuer_id',
      'issuer.name as issuer_name',
      'issuer.path as issuer_path',
    ])
    .select((eb) => {
      const lines = () =>
        eb.selectFrom('budget_lines as line').whereRef('line.estimate_id', '=', 'estimate.id');
      return [
        lines().select(sql<number>`count(*)`.as('n')).as('line_count'),
        lines().select(sql<number>`coalesce(sum(line.estimated), 0)`.as('n')).as('sum_estimated'),
        lines().select(sql<number>`coalesce(sum(line.approved), 0)`.as('n')).as('sum_approved'),
        lines().select(sql<number>`coalesce(sum(line.allocated), 0)`.as('n')).as('sum_allocated'),
        eb
          .selectFrom('budget_spending as spending')
          .innerJoin('budget_lines as line', 'line.id', 'spending.line_id')
          .whereRef('line.estimate_id', '=', 'estimate.id')
          .select(sql<number>`coalesce(sum(spending.amount), 0)`.as('n'))
          .as('sum_spent'),
      ];
    });

export type EstimateRow = Awaited<ReturnType<ReturnType<typeof estimateQuery>['executeTakeFirstOrThrow']>>;

/** Reads an estimate without any scope check: callers authorise with its paths (estimate-access.ts). */
export const unsafeFindEstimate = (db: Kysely<Database>, id: string) =>
  estimateQuery(db).where('estimate.id', '=', id).executeTakeFirst();

/** The sums of an estimate's row, as numbers, with what is left of the allocation. */
export function sumsOf(row: EstimateRow) {
  const sums = {
    estimated: Number(row.sum_estimated ?? 0),
    approved: Number(row.sum_approved ?? 0),
    allocated: Number(row.sum_allocated ?? 0),
    spent: Number(row.sum_spent ?? 0),
  };
  return { ...sums, remaining: remainingOf(sums) };
}

/** The contract's `budgetEstimateSummary`. */
export const presentEstimateSummary = (row: EstimateRow) => ({
  id: row.id,
  body: { id: row.body_id, name: row.body_name, kind: row.body_kind },
  plan: { id: row.plan_id, number: row.plan_number, title: row.plan_title },
  year: row.year,
  status: row.status,
  lineCount: Number(row.line_count ?? 0),
  sums: sumsOf(row),
  submittedAt: row.submitted_at?.toISOString() ?? null,
  returnReason: row.status === 'draft' ? row.return_reason : '',
  version: row.version,
});

/** What the audit keeps of an estimate: its key and where it stands. */
export const estimateAudit = (row: {
  body_id: string;
  plan_id: string;
  year: number;
  status: string;
  note: string;
}) => ({ bodyId: row.body_id, planId: row.plan_id, year: row.year, status: row.status, note: row.note });
