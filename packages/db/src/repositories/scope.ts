import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';

/**
 * The one subtree filter: the row's body path lies under one of the scope paths. Every scoped read
 * uses it; an empty scope list matches nothing.
 */
export function withinScopes<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  pathColumn: Expression<string | null>,
  scopePaths: string[],
): Expression<SqlBool> {
  if (scopePaths.length === 0) return sql<SqlBool>`false`;
  return eb.or(scopePaths.map((p) => sql<SqlBool>`${pathColumn} like ${`${p}%`}`));
}
