import { type BodyKind, statusesCounted, type ValueBasis } from '@lantoa/domain';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../schema.ts';

export interface RollUpRow {
  /** Σ numerators: of a count, Σ counts. */
  numerator: number;
  /** Σ denominators; 0 for a count, which has none. */
  denominator: number;
  /** Bodies whose values were summed. */
  reporting: number;
  /** Of those, bodies whose report is submitted and not yet accepted (0 on the 'accepted' basis). */
  provisional: number;
}

const sums = [
  sql<number>`coalesce(sum(v.numerator), 0)`.as('numerator'),
  sql<number>`coalesce(sum(v.denominator), 0)`.as('denominator'),
  sql<number>`count(*)`.as('reporting'),
  sql<number>`count(*) filter (where r.status <> 'accepted')`.as('provisional'),
];

const rollUpRow = (r: {
  numerator: unknown;
  denominator: unknown;
  reporting: unknown;
  provisional: unknown;
}) => ({
  numerator: Number(r.numerator),
  denominator: Number(r.denominator),
  reporting: Number(r.reporting),
  provisional: Number(r.provisional),
});

/**
 * The live roll-up of one indicator for one period at a body: Σ numerators over Σ denominators of
 * every body in its subtree (a count: Σ counts, its null denominators summing to 0), straight from
 * the current values (no batch step). `basis`: accepted reports only (official figures), or submitted
 * ones too (the live view, provisional). `reportedBy`: the kinds of body whose values count (a value
 * left from before the indicator was narrowed to other kinds does not); empty: every kind.
 */
export async function rollUpAt(
  db: Kysely<Database>,
  q: {
    indicatorId: string;
    periodId: string;
    path: string;
    basis: ValueBasis;
    reportedBy: readonly BodyKind[];
  },
): Promise<RollUpRow> {
  const row = await db
    .selectFrom('indicator_values as v')
    .innerJoin('reports as r', 'r.id', 'v.report_id')
    .innerJoin('bodies as b', 'b.id', 'v.body_id')
    .select(sums)
    .where('v.indicator_id', '=', q.indicatorId)
    .where('v.period_id', '=', q.periodId)
    .where('r.status', 'in', statusesCounted(q.basis))
    .where('b.path', 'like', `${q.path}%`)
    .$if(q.reportedBy.length > 0, (qb) => qb.where('b.kind', 'in', q.reportedBy))
    .executeTakeFirstOrThrow();
  return rollUpRow(row);
}

/**
 * The id of the child of a body at `parentDepth` whose branch holds a body of path `pathColumn`: its
 * part of the path at the children's depth ('' for the body itself, which has none). A literal, not a
 * parameter, so that a select and a group by of it are the same expression for PostgreSQL.
 */
export const childOnPath = (pathColumn: string, parentDepth: number) =>
  sql<string>`split_part(${sql.ref(pathColumn)}, '/', ${sql.lit(Math.trunc(parentDepth) + 3)})`;

/** One indicator's values of a period under a body, for the body's children. */
export interface ChildrenRollUpQuery {
  indicatorId: string;
  periodId: string;
  parent: { path: string; depth: number };
  basis: ValueBasis;
  reportedBy: readonly BodyKind[];
}

/**
 * The same roll-up for each child of a body at once (provinces of the country, communes of a
 * province): one scan, grouped by the ancestor id at the children's depth in the path.
 */
export async function rollUpByChild(
  db: Kysely<Database>,
  q: ChildrenRollUpQuery,
): Promise<Map<string, RollUpRow>> {
  const childId = childOnPath('b.path', q.parent.depth);
  const rows = await db
    .selectFrom('indicator_values as v')
    .innerJoin('reports as r', 'r.id', 'v.report_id')
    .innerJoin('bodies as b', 'b.id', 'v.body_id')
    .select([childId.as('child_id'), ...sums])
    .where('v.indicator_id', '=', q.indicatorId)
    .where('v.period_id', '=', q.periodId)
    .where('r.status', 'in', statusesCounted(q.basis))
    .where('b.path', 'like', `${q.parent.path}_%`)
    .$if(q.reportedBy.length > 0, (qb) => qb.where('b.kind', 'in', q.reportedBy))
    .groupBy(childId)
    .execute();
  return new Map(rows.map((r) => [r.child_id, rollUpRow(r)]));
}

/**
 * The roll-up at a body and for each of its children in one scan (the roll-up screen: the total
 * and the map): the subtree's values grouped by the child they lie under, and all of them together
 * (grouping sets: the total is summed by the database, exactly the figure rollUpAt answers; the
 * body's own value, a body reporting itself, counts in the total and in no child).
 *
 * A value's report is found by its period and body, which a value carries from its report (one
 * report per body and period, unique): the period's reports are read through that index, where the
 * join on report_id hashed every report of every period (41,710 at the country for 10 periods, and
 * growing each period) or, narrowed by period, misled the planner's estimates into looking up each
 * body one by one.
 */
export async function rollUpWithChildren(
  db: Kysely<Database>,
  q: ChildrenRollUpQuery,
): Promise<{ total: RollUpRow; byChild: Map<string, RollUpRow> }> {
  // '' for the body itself (its path has no part at its children's depth); null on the total's row.
  const childId = childOnPath('b.path', q.parent.depth) as RawBuilder<string | null>;
  const rows = await db
    .selectFrom('indicator_values as v')
    .innerJoin('reports as r', (join) =>
      join.onRef('r.period_id', '=', 'v.period_id').onRef('r.body_id', '=', 'v.body_id'),
    )
    .innerJoin('bodies as b', 'b.id', 'v.body_id')
    .select([childId.as('child_id'), ...sums])
    .where('v.indicator_id', '=', q.indicatorId)
    .where('v.period_id', '=', q.periodId)
    .where('r.status', 'in', statusesCounted(q.basis))
    .where('b.path', 'like', `${q.parent.path}%`)
    .$if(q.reportedBy.length > 0, (qb) => qb.where('b.kind', 'in', q.reportedBy))
    .groupBy(sql`grouping sets ((${childId}), ())`)
    .execute();
  let total: RollUpRow = { numerator: 0, denominator: 0, reporting: 0, provisional: 0 };
  const byChild = new Map<string, RollUpRow>();
  for (const r of rows) {
    if (r.child_id === null) total = rollUpRow(r);
    else if (r.child_id !== '') byChild.set(r.child_id, rollUpRow(r));
  }
  return { total, byChild };
}
