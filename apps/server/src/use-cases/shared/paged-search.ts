import { foldVietnamese } from '@lantoa/domain';
import type { SelectQueryBuilder } from 'kysely';

/**
 * LIKE patterns for a search box against a folded `search_text` column: one per word, so the words
 * may come in any order, and without diacritics or tone placement, as the column is stored.
 */
export const searchPatterns = (q: string | undefined): string[] =>
  q
    ? foldVietnamese(q)
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => `%${w.replace(/[%_\\]/g, '\\$&')}%`)
    : [];

/** One page of an ordered query, and how many rows the whole query has. */
export async function pageWithTotal<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  { page, pageSize }: { page: number; pageSize: number },
) {
  const [rows, count] = await Promise.all([
    query
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query
      .clearSelect()
      .clearOrderBy()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number((count as { n: number | string }).n) };
}
