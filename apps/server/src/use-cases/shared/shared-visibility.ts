import { withinScopes } from '@lantoa/db';
import { expressionBuilder, type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * Rows an actor sees when things are shared down a tree: the owner's body lies in one of the actor's
 * scopes, or the subtree it is shared to (`sharedPath`) contains a scope or lies inside one — so a
 * commune sees what its province shares, and the province sees what it shared to a commune.
 * `sharedWhen` narrows the second case (e.g. only approved items). Column references are SQL text.
 */
export function ownOrShared(
  scopes: string[],
  ownPath: string,
  sharedPath: string,
  sharedWhen: RawBuilder<unknown> = sql`true`,
): RawBuilder<SqlBool> {
  if (scopes.length === 0) return sql<SqlBool>`false`;
  const shared = sql.ref(sharedPath);
  const owned = withinScopes(expressionBuilder(), sql.ref<string>(ownPath), scopes);
  const reached = sql.join(
    scopes.map((p) => sql`(${p} like ${shared} || '%' or ${shared} like ${`${p}%`})`),
    sql` or `,
  );
  return sql<SqlBool>`((${owned}) or (${sharedWhen} and (${reached})))`;
}
