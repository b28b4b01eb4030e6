import { withinScopes } from '@lantoa/db';
import { type SelectQueryBuilder, type SqlBool, type StringReference, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { searchPatterns } from './paged-search.ts';
import { readScopes } from './read-scopes.ts';

/** What a list of the records of the bodies the actor reads is asked, besides its own filters. */
export interface ScopedSearch {
  /** One body's subtree among those the actor reads (404 when it reads no such body). */
  bodyId?: string | undefined;
  /** Words searched, in any order, without diacritics or tone placement. */
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * A list's query narrowed to the rows of the bodies the actor reads (or of one body's subtree among
 * them, readScopes) whose folded search text holds every word searched (searchPatterns); the caller
 * adds its filters, its order and its page (pageWithTotal).
 */
export async function scopedSearch<DB, TB extends keyof DB, O>(
  ctx: Context,
  query: SelectQueryBuilder<DB, TB, O>,
  columns: { path: StringReference<DB, TB>; searchText: StringReference<DB, TB> },
  search: Pick<ScopedSearch, 'bodyId' | 'q'>,
): Promise<SelectQueryBuilder<DB, TB, O>> {
  const scopes = await readScopes(ctx, search.bodyId);
  let scoped = query.where((eb) => withinScopes(eb, sql.ref<string>(columns.path), scopes));
  for (const pattern of searchPatterns(search.q)) {
    scoped = scoped.where(sql<SqlBool>`${sql.ref(columns.searchText)} like ${pattern}`);
  }
  return scoped;
}
