import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/** Reports whose values count: submitted or accepted (a draft or a returned report does not). */
export const COUNTED_REPORT_STATUSES = ['submitted', 'accepted'] as const;

export interface RollUpRow {
  /** Σ numerators: of a count, Σ counts. */
  numerator: number;
  /** Σ denominators; 0 for a count, which has none. */
  denominator: number;
  /** Bodies whose values were summed. */
  reporting: number;
}

/**
 * The live roll-up of one indicator for one period at a body: Σ numerators over Σ denominators of
 * every body in its subtree (a count: Σ counts, its null denominators summing to 0), straight from
 * the current values (no batch step).
 */
export async function rollUpAt(
  db: Kysely<Database>,
  q: { indicatorId: string; periodId: string; path: string },
): Promise<RollUpRow> {
  const row = await db
    .selectFrom('indicator_values as v')
    .innerJoin('reports as r', 'r.id', 'v.report_id')
    .innerJoin('bodies as b', 'b.id', 'v.body_id')
    .select([
      sql<number>`coalesce(sum(v.numerator), 0)`.as('numerator'),
      sql<number>`coalesce(sum(v.denominator), 0)`.as('denominator'),
      sql<number>`count(*)`.as('reporting'),
    ])
    .where('v.indicator_id', '=', q.indicatorId)
    .where('v.period_id', '=', q.periodId)
    .where('r.status', 'in', COUNTED_REPORT_STATUSES)
    .where('b.path', 'like', `${q.path}%`)
    .executeTakeFirstOrThrow();
  return {
    numerator: Number(row.numerator),
    denominator: Number(row.denominator),
    reporting: Number(row.reporting),
  };
}

/**
 * The same roll-up for each child of a body at once (provinces of the country, communes of a
 * province): one scan, grouped by the ancestor id at the children's depth in the path.
 */
export async function rollUpByChild(
  db: Kysely<Database>,
  q: { indicatorId: string; periodId: string; parent: { path: string; depth: number } },
): Promise<Map<string, RollUpRow>> {
  // A literal, not a parameter: select and group by must be the same expression for PostgreSQL.
  const childId = sql<string>`split_part(b.path, '/', ${sql.lit(Math.trunc(q.parent.depth) + 3)})`;
  const rows = await db
    .selectFrom('indicator_values as v')
    .innerJoin('reports as r', 'r.id', 'v.report_id')
    .innerJoin('bodies as b', 'b.id', 'v.body_id')
    .select([
      childId.as('child_id'),
      sql<number>`sum(v.numerator)`.as('numerator'),
      sql<number>`sum(v.denominator)`.as('denominator'),
      sql<number>`count(*)`.as('reporting'),
    ])
    .where('v.indicator_id', '=', q.indicatorId)
    .where('v.period_id', '=', q.periodId)
    .where('r.status', 'in', COUNTED_REPORT_STATUSES)
    .where('b.path', 'like', `${q.parent.path}_%`)
    .groupBy(childId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.child_id,
      { numerator: Number(r.numerator), denominator: Number(r.denominator), reporting: Number(r.reporting) },
    ]),
  );
}
